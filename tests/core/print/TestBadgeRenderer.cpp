#include <catch2/catch.hpp>

#include <QBuffer>
#include <QPdfWriter>

#include "core/print/BadgeContent.h"
#include "core/print/BadgeRenderer.h"
#include "core/print/LabelSheetCatalog.h"
#include "core/print/QrCode.h"
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
    qreal mm() const { return writer.logicalDpiX() / 25.4; }
};

QRectF labelOn(const PdfDevice& device, const LabelSheet& sheet)
{
    const qreal mm = device.mm();
    const QRectF rect = sheet.labelRectMm(0);
    return {rect.left() * mm, rect.top() * mm, rect.width() * mm, rect.height() * mm};
}

// The built-in sheets and the narrow and landscape JAC sheets of glabels' templates.
QList<LabelSheet> sheetsToTry()
{
    const LabelSheetCatalog catalog;
    QList<LabelSheet> sheets = LabelSheetCatalog::builtIn();
    for (const char* name : {"JAC F-2048", "JAC F-3070", "JAC F-3248", "JAC F-32102"}) {
        auto sheet = catalog.find(QString::fromLatin1(name));
        INFO(name << " comes with glabels-data, which packaging/install-deps.sh installs");
        REQUIRE(sheet.ok());
        sheets.append(*sheet);
    }
    return sheets;
}

BadgeContent western(const QString& given, const QString& family, const QString& organisation)
{
    BadgeContent content;
    content.firstName = given;
    content.secondName = family;
    content.organisation = organisation;
    content.country = QStringLiteral("Philippines");
    content.category = QStringLiteral("participant");
    content.seminarTitle = QStringLiteral("Team Kitakyushu Seminar");
    content.checkInCode = QStringLiteral("SD-ABCD123456");
    return content;
}

// Whether A and B share no more than an edge (to half a pixel).
bool apart(const QRectF& a, const QRectF& b)
{
    const QRectF overlap = a.intersected(b);
    return overlap.width() < 0.5 || overlap.height() < 0.5;
}

const BadgeText* textOf(const BadgeLayout& layout, const QString& text)
{
    for (const BadgeText& t : layout.texts) {
        if (t.text.text() == text)
            return &t;
    }
    return nullptr;
}

// Every text inside the label and its box, none over another or the QR code; names and
// organisations at 6 pt or more.
void checkLayout(const BadgeLayout& layout, const BadgeContent& content, const QRectF& label)
{
    for (const BadgeText& text : layout.texts) {
        INFO(text.text.lines().join(QLatin1Char('|')).toStdString());
        CHECK(text.text.fits(text.box.size()));
        CHECK(label.contains(text.box));
        CHECK(apart(text.box, layout.qrCode));
        const bool smallPrint = text.text.text() == content.seminarTitle || text.text.text() == content.checkInCode
            || text.text.text() == BadgeStyle::standard().category(content.category).word;
        if (!smallPrint)
            CHECK(text.text.pointSize() >= BadgeRenderer::smallestTextPt - 1e-6);
    }
    // Boxes do not overlap, but for the given name's blank descent that the family name closes up to.
    for (qsizetype i = 0; i < layout.texts.size(); ++i) {
        for (qsizetype j = i + 1; j < layout.texts.size(); ++j) {
            const QRectF overlap = layout.texts.at(i).box.intersected(layout.texts.at(j).box);
            INFO(layout.texts.at(i).text.text().toStdString()
                 << " / " << layout.texts.at(j).text.text().toStdString() << ": " << layout.texts.at(i).box.top() << "+"
                 << layout.texts.at(i).box.height() << ", " << layout.texts.at(j).box.top() << "+"
                 << layout.texts.at(j).box.height() << " in " << label.top() << "+" << label.height() << " at "
                 << layout.texts.at(i).text.pointSize() << " pt, " << layout.texts.at(i).text.lines().size()
                 << " lines");
            CHECK((apart(layout.texts.at(i).box, layout.texts.at(j).box)
                   || overlap.height() <= layout.texts.at(i).text.descent() + 0.5));
        }
    }
    CHECK(label.contains(layout.qrCode));
}

} // namespace

TEST_CASE("A long family name wraps at spaces and hyphens and is never smaller than the given name", "[badge]")
{
    PdfDevice pdf;
    const BadgeContent content = western(QStringLiteral("María"), QStringLiteral("Rodríguez de la Cruz-Villanueva"),
                                         QStringLiteral("Bangkok Metropolitan Administration"));
    for (const char* name : {"A-One 51002", "Card A6", "Avery L4785"}) {
        INFO(name);
        const LabelSheet sheet = *LabelSheetCatalog(QString()).find(QString::fromLatin1(name));
        const QRectF label = labelOn(pdf, sheet);
        const BadgeLayout layout = BadgeRenderer().layOut(content, label, &pdf.writer);
        const BadgeText* family = textOf(layout, content.secondName);
        const BadgeText* given = textOf(layout, content.firstName);
        REQUIRE(family);
        REQUIRE(given);
        CHECK(family->text.pointSize() >= given->text.pointSize());
        CHECK(family->text.lines().size() == 2);
        CHECK(family->text.lines().join(QLatin1Char(' ')) == content.secondName);
        checkLayout(layout, content, label);
    }
    // Near its 21 pt on the 91 x 55 mm design (it shrank to 10 when it had one line), the given name at 13.
    const LabelSheet aOne = *LabelSheetCatalog(QString()).find(QStringLiteral("A-One 51002"));
    const BadgeLayout layout = BadgeRenderer().layOut(content, labelOn(pdf, aOne), &pdf.writer);
    CHECK(textOf(layout, content.secondName)->text.pointSize() >= 19);
    CHECK(textOf(layout, content.secondName)->text.lines()
          == QStringList {QStringLiteral("Rodríguez de la"), QStringLiteral("Cruz-Villanueva")});
    CHECK(textOf(layout, content.firstName)->text.pointSize() == Approx(13));
}

TEST_CASE("The seminar's title keeps its own size: 5.7 pt on Avery L4785, present on narrow labels", "[badge]")
{
    PdfDevice pdf;
    const BadgeContent content = western(QStringLiteral("Ana"), QStringLiteral("Santos"), QStringLiteral("IGES"));
    const auto titleOn = [&](const char* name) {
        const LabelSheet sheet = *LabelSheetCatalog().find(QString::fromLatin1(name));
        const BadgeLayout layout = BadgeRenderer().layOut(content, labelOn(pdf, sheet), &pdf.writer);
        const BadgeText* title = textOf(layout, content.seminarTitle);
        REQUIRE(title);
        CHECK_FALSE(title->text.lines().isEmpty());
        return title->text;
    };
    CHECK(titleOn("Avery L4785").pointSize() == Approx(6.5 * 80.0 / 91.0).epsilon(0.01));
    CHECK(titleOn("A-One 51002").pointSize() == Approx(6.5));
    const FittedText narrow = titleOn("JAC F-2048");
    CHECK(narrow.pointSize() >= 4.5);
    CHECK(narrow.lines().join(QLatin1Char(' ')) == content.seminarTitle);
}

TEST_CASE("No text of any demo badge leaves its box, on every built-in sheet and the JAC sheets", "[badge]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 300);
    REQUIRE(seminarId.ok());
    const Seminar seminar = *SeminarStore(file.database()).find(*seminarId);
    auto rows = RegistrationStore(file.database()).registeredAttendees(*seminarId);
    REQUIRE(rows.ok());
    QList<BadgeContent> contents;
    for (const RegisteredAttendee& row : *rows)
        contents.append(BadgeContent::from(row, seminar));
    BadgeContent extreme = western(QStringLiteral("Maria Guadalupe Esperanza Concepción"),
                                   QStringLiteral("Wolfeschlegelsteinhausenbergerdorff-Papadopoulou"),
                                   QStringLiteral("Ministry of Natural Resources and Environment of the Socialist "
                                                  "Republic of Viet Nam, Department of International Cooperation"));
    extreme.country = QStringLiteral("United Kingdom of Great Britain and Northern Ireland");
    contents.append(extreme);
    BadgeContent japanese = extreme;
    japanese.familyFirst = true;
    japanese.firstName = QStringLiteral("勅使河原");
    japanese.secondName = QStringLiteral("左衛門三郎");
    japanese.latinName = QStringLiteral("Saemonsaburo TESHIGAWARA");
    japanese.organisation = QStringLiteral("公益財団法人地球環境戦略研究機関北九州アーバンセンター国際協力推進部");
    contents.append(japanese);

    PdfDevice pdf;
    for (const LabelSheet& sheet : sheetsToTry()) {
        INFO(sheet.name().toStdString());
        const QRectF label = labelOn(pdf, sheet);
        for (const BadgeContent& content : contents) {
            INFO(content.fullName().toStdString());
            checkLayout(BadgeRenderer().layOut(content, label, &pdf.writer), content, label);
        }
    }
}

TEST_CASE("The QR code keeps the four-module quiet zone the standard asks for", "[badge][qr]")
{
    PdfDevice pdf;
    const BadgeContent content = western(QStringLiteral("Ana"), QStringLiteral("Santos"), QStringLiteral("IGES"));
    const QrCode code(content.checkInCode);
    for (const LabelSheet& sheet : sheetsToTry()) {
        INFO(sheet.name().toStdString());
        const BadgeLayout layout = BadgeRenderer().layOut(content, labelOn(pdf, sheet), &pdf.writer);
        const qreal module = code.moduleSize(layout.qrCode);
        CHECK(module * (code.size() + 2 * QrCode::quietZoneModules) == Approx(layout.qrCode.width()));
        // At least a third of a millimetre a module: what a phone reads at arm's length.
        CHECK(module >= pdf.mm() / 3);
        for (const BadgeText& text : layout.texts)
            CHECK(apart(text.box, layout.qrCode));
        CHECK(apart(layout.band, layout.qrCode));
    }
}

TEST_CASE("A bleeding band runs past the label's edges, an inset one keeps inside them", "[badge]")
{
    PdfDevice pdf;
    const qreal mm = pdf.mm();
    const BadgeContent content = western(QStringLiteral("Ana"), QStringLiteral("Santos"), QStringLiteral("IGES"));
    const QRectF label(20 * mm, 20 * mm, 80 * mm, 50 * mm);
    BandEdge bleed;
    bleed.kind = BandEdge::Kind::Bleed;
    bleed.bleedMm = QMarginsF(1.5, 0, 1.5, 1.5);
    const BadgeLayout bled = BadgeRenderer().layOut(content, label, &pdf.writer, bleed);
    CHECK(bled.band.left() == Approx(label.left() - 1.5 * mm));
    CHECK(bled.band.right() == Approx(label.right() + 1.5 * mm));
    CHECK(bled.band.bottom() == Approx(label.bottom() + 1.5 * mm));
    CHECK(bled.clip.adjusted(-0.01, -0.01, 0.01, 0.01).contains(bled.band));

    BandEdge inset;
    inset.kind = BandEdge::Kind::Inset;
    const BadgeLayout kept = BadgeRenderer().layOut(content, label, &pdf.writer, inset);
    CHECK(kept.band.left() == Approx(label.left() + BandEdge::insetMm * mm));
    CHECK(kept.band.bottom() == Approx(label.bottom() - BandEdge::insetMm * mm));
    CHECK(kept.clip == label);
}

TEST_CASE("A badge writes names as typed, composed: family first for Japanese names", "[badge]")
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
    CHECK(ja.givenName() == QStringLiteral("太郎"));
    CHECK(ja.latinName == QStringLiteral("Taro YAMADA"));
    CHECK(ja.fullName() == QStringLiteral("山田 太郎"));
    CHECK(ja.seminarTitle == QStringLiteral("Team Kitakyushu Seminar"));

    RegisteredAttendee decomposed;
    decomposed.attendee.familyName = QStringLiteral("Rodri\u0301guez");
    decomposed.attendee.givenName = QStringLiteral("Jose\u0301");
    decomposed.attendee.organisation = QStringLiteral("Universidad de Bogota\u0301");
    decomposed.attendee.latinName = QStringLiteral("José Rodríguez");
    const BadgeContent en = BadgeContent::from(decomposed, seminar);
    CHECK_FALSE(en.familyFirst);
    CHECK(en.firstName == QStringLiteral("José"));
    CHECK(en.firstName.size() == 4);
    CHECK(en.familyName() == QStringLiteral("Rodríguez"));
    CHECK(en.organisation == QStringLiteral("Universidad de Bogotá"));
    CHECK(en.latinName.isEmpty()); // the name is already in Latin script
}

TEST_CASE("Characters no print font has are named, and Thai, Devanagari and Arabic are covered", "[badge][fonts]")
{
    for (const QString& text : {QStringLiteral("มหาวิทยาลัยเชียงใหม่"), QStringLiteral("भारतीय प्रौद्योगिकी संस्थान"),
                                QStringLiteral("جامعة الملك سعود"), QStringLiteral("北九州市 ≒ Kitakyushu")}) {
        INFO(text.toStdString());
        CHECK(BadgeStyle::missingCharacters(text).isEmpty());
    }
    // Tibetan and Cherokee are written by no font the badges depend on.
    CHECK(BadgeStyle::missingCharacters(QStringLiteral("བོད ᎣᏏᏲ ok")) == QStringLiteral("བོདᎣᏏᏲ"));

    PdfDevice pdf;
    BadgeContent content = western(QStringLiteral("Tenzin"), QStringLiteral("Dorje"), QStringLiteral("བོད Institute"));
    const LabelSheet sheet = *LabelSheetCatalog(QString()).find(QStringLiteral("A-One 51002"));
    CHECK(BadgeRenderer().layOut(content, labelOn(pdf, sheet), &pdf.writer).missingCharacters == QStringLiteral("བོད"));
    content.organisation = QStringLiteral("มหาวิทยาลัยเชียงใหม่");
    CHECK(BadgeRenderer().layOut(content, labelOn(pdf, sheet), &pdf.writer).missingCharacters.isEmpty());
}
