#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "core/print/FlyerRenderer.h"
#include "core/stores/DemoSeminar.h"
#include "support/CatchQt.h"
#include "support/PdfTools.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

// pdftotext breaks lines where the flyer wraps them: compare text without white space.
QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

} // namespace

TEST_CASE("Bilingual text is cut to the flyer's language", "[flyer]")
{
    FlyerContent content;
    content.language = FlyerContent::Language::Japanese;
    CHECK(content.inLanguage(QStringLiteral("受付開始 / Registration")) == QStringLiteral("受付開始"));
    CHECK(content.label(QStringLiteral("venue")) == QStringLiteral("会場"));
    content.language = FlyerContent::Language::English;
    CHECK(content.inLanguage(QStringLiteral("受付開始 / Registration")) == QStringLiteral("Registration"));
    CHECK(content.inLanguage(QStringLiteral("Q&A / discussion")) == QStringLiteral("Q&A / discussion"));
    CHECK(content.label(QStringLiteral("enquiries")) == QStringLiteral("Enquiries"));
    content.language = FlyerContent::Language::Both;
    CHECK(content.label(QStringLiteral("date")) == QStringLiteral("日時 / Date"));

    content.seminar.startsAt = QDateTime(QDate(2027, 2, 12), QTime(13, 30));
    content.seminar.endsAt = QDateTime(QDate(2027, 2, 12), QTime(17, 0));
    CHECK(content.dateLines()
          == QStringList {QStringLiteral("2027年2月12日（金）"), QStringLiteral("Friday 12 February 2027"),
                          QStringLiteral("13:30–17:00")});
}

TEST_CASE("The flyer PDF holds the title, venue and enquiries contact", "[flyer][pdf]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 0);
    REQUIRE(seminarId.ok());
    auto content = FlyerContent::load(file.database(), *seminarId);
    REQUIRE(content.ok());
    REQUIRE(content->enquiries.size() == 1);
    QImage image(400, 200, QImage::Format_RGB32);
    image.fill(QColor(0x2e, 0x9e, 0x8f));
    content->image = image;

    const QString pdf = QDir(file.folder()).filePath(QStringLiteral("flyer.pdf"));
    REQUIRE(FlyerRenderer(*content).savePdf(pdf));
    CHECK(PdfTools::pageCount(pdf) == 1);
    CHECK(PdfTools::allFontsEmbedded(pdf));
    const QString text = squeezed(PdfTools::text(pdf));
    // 〜 (U+301C) and ～ (U+FF5E) are one glyph of Noto Sans CJK JP: it is named ～, as CP932 writes it.
    CHECK(text.contains(squeezed(content->seminar.titleJa).replace(QChar(0x301C), QChar(0xFF5E))));
    CHECK(text.contains(squeezed(content->seminar.titleEn)));
    CHECK(text.contains(squeezed(content->venue.name)));
    CHECK(text.contains(squeezed(content->venue.addressEn)));
    CHECK(text.contains(QStringLiteral("+81-93-681-1563")));
    CHECK(text.contains(QStringLiteral("+81-93-681-1564")));
    CHECK(text.contains(QStringLiteral("805-0062")));
    CHECK(text.contains(squeezed(Seminar::interpretationLine(content->seminar.languages))));

    content->language = FlyerContent::Language::English;
    const QString english = QDir(file.folder()).filePath(QStringLiteral("flyer-en.pdf"));
    REQUIRE(FlyerRenderer(*content).savePdf(english));
    const QString englishText = squeezed(PdfTools::text(english));
    CHECK(englishText.contains(squeezed(content->seminar.titleEn)));
    CHECK_FALSE(englishText.contains(squeezed(content->seminar.titleJa)));
    CHECK(englishText.contains(QStringLiteral("Enquiries")));
}
