#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFontInfo>
#include <QPdfWriter>

#include "core/print/BadgeContent.h"
#include "core/print/BadgeRenderer.h"
#include "core/print/FittedText.h"
#include "core/print/LabelSheetCatalog.h"
#include "core/stores/DemoSeminar.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "support/CatchQt.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

// A PDF page at 1200 dpi: what the badges are measured and painted on.
struct PdfDevice
{
    QBuffer buffer;
    QPdfWriter writer {&buffer};
};

QRectF labelOn(const QPaintDevice& device, const LabelSheet& sheet)
{
    const qreal mm = device.logicalDpiX() / 25.4;
    const QRectF rect = sheet.labelRectMm(0);
    return {rect.left() * mm, rect.top() * mm, rect.width() * mm, rect.height() * mm};
}

void checkEveryTextFits(const BadgeContent& content, const QRectF& label, const QPaintDevice& device)
{
    const QList<BadgeText> texts = BadgeRenderer().layOutText(content, label, &device);
    for (const BadgeText& text : texts) {
        INFO(text.text.lines().join(QLatin1Char('|')).toStdString());
        CHECK(text.text.fits(text.box.size()));
        CHECK(label.contains(text.box));
        CHECK(text.text.font().pointSizeF() >= 3.0);
    }
}

} // namespace

TEST_CASE("The badge font is the CJK font, chosen explicitly", "[badge]")
{
    CHECK(QFontInfo(BadgeStyle::font()).family() == QStringLiteral("Noto Sans CJK JP"));
}

TEST_CASE("Short text stays large on one line, long text shrinks, then wraps", "[badge]")
{
    PdfDevice pdf;
    const qreal mm = pdf.writer.logicalDpiX() / 25.4;
    const QSizeF box(50 * mm, 12 * mm);
    const FittedText shortText = FittedText::fit(QStringLiteral("Ana"), BadgeStyle::font(), box, 20, 10, &pdf.writer);
    CHECK(shortText.lines() == QStringList {QStringLiteral("Ana")});
    CHECK(shortText.font().pointSizeF() == Approx(20));

    const QString middle = QStringLiteral("Bangkok Metropolitan Administration");
    const FittedText shrunk = FittedText::fit(middle, BadgeStyle::font(), box, 20, 6, &pdf.writer);
    CHECK(shrunk.lines().size() == 1);
    CHECK(shrunk.font().pointSizeF() < 20);
    CHECK(shrunk.fits(box));

    const QString longText
        = QStringLiteral("Ministry of Natural Resources and Environment of the Socialist Republic of Viet Nam");
    const FittedText wrapped = FittedText::fit(longText, BadgeStyle::font(), box, 12, 9, &pdf.writer);
    CHECK(wrapped.lines().size() >= 2);
    CHECK(wrapped.lines().join(QLatin1Char(' ')) == longText);
    CHECK(wrapped.fits(box));

    const QString japanese = QStringLiteral("公益財団法人地球環境戦略研究機関北九州アーバンセンター国際協力推進部");
    const FittedText cjk = FittedText::fit(japanese, BadgeStyle::font(), box, 12, 10, &pdf.writer);
    CHECK(cjk.lines().join(QString()) == japanese);
    CHECK(cjk.fits(box));
}

TEST_CASE("No text of any demo badge is clipped, the longest names included, on every built-in sheet", "[badge]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 400);
    REQUIRE(seminarId.ok());
    const Seminar seminar = *SeminarStore(file.database()).find(*seminarId);
    auto rows = RegistrationStore(file.database()).registeredAttendees(*seminarId);
    REQUIRE(rows.ok());
    // The longest names and organisations the demo draws from, and a few longer still.
    BadgeContent longest;
    for (const RegisteredAttendee& row : *rows) {
        const BadgeContent content = BadgeContent::from(row, seminar);
        const QString given = content.familyFirst ? content.secondName : content.firstName;
        if (content.familyName().size() > longest.secondName.size())
            longest.secondName = content.familyName();
        if (given.size() > longest.firstName.size())
            longest.firstName = given;
        if (content.organisation.size() > longest.organisation.size())
            longest.organisation = content.organisation;
    }
    longest.category = QStringLiteral("participant");
    longest.seminarTitle = seminar.title();
    longest.checkInCode = QStringLiteral("SD-ABCD123456");
    BadgeContent extreme = longest;
    extreme.secondName = QStringLiteral("Wolfeschlegelsteinhausenbergerdorff-Papadopoulou");
    extreme.firstName = QStringLiteral("Maria Guadalupe Esperanza Concepción");
    extreme.country = QStringLiteral("United Kingdom of Great Britain and Northern Ireland");

    PdfDevice pdf;
    for (const LabelSheet& sheet : LabelSheetCatalog::builtIn()) {
        INFO(sheet.name().toStdString());
        const QRectF label = labelOn(pdf.writer, sheet);
        for (const RegisteredAttendee& row : *rows)
            checkEveryTextFits(BadgeContent::from(row, seminar), label, pdf.writer);
        checkEveryTextFits(longest, label, pdf.writer);
        checkEveryTextFits(extreme, label, pdf.writer);
    }
}

TEST_CASE("A badge writes Japanese names family first and others given first", "[badge]")
{
    Seminar seminar;
    seminar.shortTitle = QStringLiteral("Team Kitakyushu Seminar");
    RegisteredAttendee japanese;
    japanese.attendee.familyName = QStringLiteral("山田");
    japanese.attendee.givenName = QStringLiteral("太郎");
    japanese.attendee.latinName = QStringLiteral("Taro YAMADA");
    japanese.registration.checkInCode = QStringLiteral("SD-ABCD123456");
    const BadgeContent ja = BadgeContent::from(japanese, seminar);
    CHECK(ja.familyFirst);
    CHECK(ja.firstName == QStringLiteral("山田"));
    CHECK(ja.familyName() == QStringLiteral("山田"));
    CHECK(ja.latinName == QStringLiteral("Taro YAMADA"));
    CHECK(ja.seminarTitle == QStringLiteral("Team Kitakyushu Seminar"));

    RegisteredAttendee international;
    international.attendee.familyName = QStringLiteral("Santos");
    international.attendee.givenName = QStringLiteral("Maria");
    international.attendee.latinName = QStringLiteral("Maria Santos");
    const BadgeContent en = BadgeContent::from(international, seminar);
    CHECK_FALSE(en.familyFirst);
    CHECK(en.firstName == QStringLiteral("Maria"));
    CHECK(en.familyName() == QStringLiteral("Santos"));
    CHECK(en.latinName.isEmpty()); // the name is already in Latin script
}
