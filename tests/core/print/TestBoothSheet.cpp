#include <catch2/catch.hpp>

#include <QFile>

#include "core/print/BoothSheet.h"
#include "core/stores/BoothStore.h"
#include "core/stores/ContactStore.h"
#include "core/stores/DemoSeminar.h"
#include "core/stores/ProgrammeStore.h"
#include "support/CatchQt.h"
#include "support/PdfTools.h"
#include "support/SeminarFixture.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2027, 2, 12), QTime(hour, minute));
}

// The demo seminar with a rota of our own in its first booth, whatever the demo plans: 通訳 一子
// 13:30–14:00 and 14:30–15:00, Jane Example 14:00–14:30; the second booth keeps the demo's.
struct DemoBooths
{
    DemoBooths()
    {
        auto demo = DemoSeminar::fill(file.database(), 0);
        REQUIRE(demo.ok());
        seminarId = *demo;
        auto interpreters = ContactStore(file.database()).forSeminar(seminarId, Contact::Role::Interpreter);
        REQUIRE(interpreters.ok());
        for (const Contact& contact : *interpreters) {
            if (contact.name == QStringLiteral("通訳 一子（架空）"))
                kazuko = contact.id;
            else if (contact.name == QStringLiteral("Jane Example"))
                jane = contact.id;
        }
        REQUIRE(kazuko != 0);
        REQUIRE(jane != 0);
        BoothStore booths(file.database());
        auto list = booths.forSeminar(seminarId);
        REQUIRE(list.ok());
        REQUIRE(list->size() == 2);
        firstBooth = list->constFirst().id;
        REQUIRE(booths
                    .replaceShifts(firstBooth,
                                   {{0, firstBooth, kazuko, at(13, 30), at(14, 0)},
                                    {0, firstBooth, jane, at(14, 0), at(14, 30)},
                                    {0, firstBooth, kazuko, at(14, 30), at(15, 0)}})
                    .ok());
    }

    // The sheet in LANGUAGE ("ja", "en", "both") as a PDF; gives its path.
    QString write(const QString& language)
    {
        auto sheet = BoothSheet::load(file.database(), seminarId);
        REQUIRE(sheet.ok());
        sheet->setLanguages(*BoothSheet::languagesFromKey(language));
        const QString pdf = file.folder() + QStringLiteral("/booths-%1.pdf").arg(language);
        REQUIRE(sheet->savePdf(pdf).ok());
        return pdf;
    }

    TestDatabaseFile file;
    qint64 seminarId = 0;
    qint64 kazuko = 0;
    qint64 jane = 0;
    qint64 firstBooth = 0;
};

// The sheet's text in the order it is drawn, without white space: a turn's time beside its name.
QString pageText(const QString& pdf)
{
    return PdfTools::squeezed(PdfTools::rawText(pdf));
}

} // namespace

TEST_CASE("The booth sheet in Japanese: a page a booth with its channel, rota, programme and phones",
          "[boothsheet][pdf]")
{
    DemoBooths demo;
    const QString pdf = demo.write(QStringLiteral("ja"));
    REQUIRE(PdfTools::pageCount(pdf) == 2);
    CHECK(PdfTools::pageSize(pdf).toSize() == QSize(595, 842)); // A4 in points
    CHECK(PdfTools::allFontsEmbedded(pdf));
    const QString text = pageText(pdf);
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("日本語 → English"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("チャンネル 1：日本語 → 英語"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("チャンネル 2：英語 → 日本語"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("交代表"))));
    // The turns listed under the timeline, with the interpreter's name.
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("13:30～14:00 通訳 一子（架空）"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("14:00～14:30 Jane Example"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("14:30～15:00 通訳 一子（架空）"))));
    // The programme: times, titles, speakers with affiliation, the language spoken.
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("13:40～14:30 基調講演「チーム北九州の国際環境協力」"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("東田 美和（IGES 北九州アーバンセンター）"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("Budi SANTOSO（Surabaya City Environment Agency）"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("15:30～15:45 休憩"))));
    CHECK(text.count(QStringLiteral("英語")) >= 2);
    // Whom to call, phone numbers in Japan's domestic form.
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("090-0000-0101"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("080-0000-0202"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("東田 里美（架空）"))));
    CHECK_FALSE(text.contains(QStringLiteral("Keynote")));
}

TEST_CASE("The booth sheet in English names people in Latin script and numbers internationally", "[boothsheet][pdf]")
{
    DemoBooths demo;
    const QString pdf = demo.write(QStringLiteral("en"));
    REQUIRE(PdfTools::pageCount(pdf) == 2);
    const QString text = pageText(pdf);
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("Channel 1: Japanese → English"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("Rota"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("13:30–14:00 Kazuko TSUYAKU (fictitious)"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("14:00–14:30 Jane Example"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("Keynote: International environmental cooperation"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("Miwa HIGASHIDA (IGES Kitakyushu Urban Centre)"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("+81-90-0000-0101"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("+81-80-0000-0202"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("Satomi HIGASHIDA (fictitious)"))));
    CHECK_FALSE(text.contains(QStringLiteral("基調講演")));
}

TEST_CASE("The bilingual booth sheet says each thing in Japanese and in English", "[boothsheet][pdf]")
{
    DemoBooths demo;
    const QString text = pageText(demo.write(QStringLiteral("both")));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("交代表 / Rota"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("チャンネル 1：日本語 → 英語"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("Channel 1: Japanese → English"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("基調講演"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("Keynote"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("090-0000-0101"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("+81-90-0000-0101"))));
}

TEST_CASE("A booth without turns has its page, which says so, with the booth's notes", "[boothsheet][pdf]")
{
    DemoBooths demo;
    Booth chinese;
    chinese.seminarId = demo.seminarId;
    chinese.name = QStringLiteral("日本語 → 中文");
    chinese.languagePair = QStringLiteral("ja-zh");
    chinese.channel = 3;
    chinese.notes = QStringLiteral("Relay from channel 1");
    REQUIRE(BoothStore(demo.file.database()).insert(chinese).ok());
    const QString pdf = demo.write(QStringLiteral("en"));
    CHECK(PdfTools::pageCount(pdf) == 3);
    const QString text = pageText(pdf);
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("Channel 3: Japanese → Chinese"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("No turns are planned for this booth yet."))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("Notes Relay from channel 1"))));
}

namespace {

// COUNT reports of 8 minutes from 13:30, each with a speaker, in both languages.
QList<ProgrammeItem> reports(int count)
{
    QList<ProgrammeItem> items;
    for (int i = 0; i < count; ++i) {
        ProgrammeItem item;
        item.startsAt = QTime(13, 30).addSecs(i * 8 * 60);
        item.endsAt = item.startsAt.addSecs(8 * 60);
        item.titleJa = QStringLiteral("報告%1「アジアの都市における循環経済と廃棄物管理」").arg(i + 1);
        item.titleEn = QStringLiteral("Report %1: circular economy and waste management in Asian cities").arg(i + 1);
        item.language = i % 2 == 0 ? QStringLiteral("ja") : QStringLiteral("en");
        item.speakers = {{QStringLiteral("山田 太郎 / Taro YAMADA"), QStringLiteral("北九州市 / City of Kitakyushu")}};
        items.append(item);
    }
    return items;
}

} // namespace

TEST_CASE("A long programme is set smaller and keeps each booth on one page", "[boothsheet][pdf]")
{
    DemoBooths demo;
    REQUIRE(ProgrammeStore(demo.file.database()).replace(demo.seminarId, reports(12)).ok());
    const QString pdf = demo.write(QStringLiteral("both"));
    CHECK(PdfTools::pageCount(pdf) == 2);
    const QString text = pageText(pdf);
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("Report 12: circular economy"))));
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("090-0000-0101")))); // the contacts, after it all
    // Below the foot margin (14 mm: 803 pt) stands only the footer.
    QStringList foot(2);
    for (const PdfTools::Character& character : PdfTools::characters(pdf)) {
        if (character.box.bottom() > 803)
            foot[character.page] += character.text;
    }
    CHECK(PdfTools::squeezed(foot.at(0)) == PdfTools::squeezed(QStringLiteral("ブースシート / Booth sheet 1 / 2")));
    CHECK(PdfTools::squeezed(foot.at(1)) == PdfTools::squeezed(QStringLiteral("ブースシート / Booth sheet 2 / 2")));
}

TEST_CASE("A programme too long for one page a booth stops the sheet with a message", "[boothsheet]")
{
    DemoBooths demo;
    REQUIRE(ProgrammeStore(demo.file.database()).replace(demo.seminarId, reports(40)).ok());
    auto sheet = BoothSheet::load(demo.file.database(), demo.seminarId);
    REQUIRE(sheet.ok());
    sheet->setLanguages(*BoothSheet::languagesFromKey(QStringLiteral("both")));
    const QString pdf = demo.file.folder() + QStringLiteral("/long.pdf");
    const Status saved = sheet->savePdf(pdf);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().contains(QStringLiteral("does not fit on one page")));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("The rota's time axis covers the programme and every turn in whole half hours", "[boothsheet]")
{
    DemoBooths demo;
    auto sheet = BoothSheet::load(demo.file.database(), demo.seminarId);
    REQUIRE(sheet.ok());
    CHECK(sheet->span().start == QTime(13, 30));
    CHECK(sheet->span().end == QTime(17, 0));
    REQUIRE(BoothStore(demo.file.database())
                .replaceShifts(demo.firstBooth, {{0, demo.firstBooth, demo.jane, at(13, 10), at(17, 20)}})
                .ok());
    sheet = BoothSheet::load(demo.file.database(), demo.seminarId);
    REQUIRE(sheet.ok());
    CHECK(sheet->span().start == QTime(13, 0));
    CHECK(sheet->span().end == QTime(17, 30));
}

TEST_CASE("A seminar without booths has no booth sheet, and says so", "[boothsheet]")
{
    SeminarFixture fixture;
    auto sheet = BoothSheet::load(fixture.file.database(), fixture.seminarId);
    REQUIRE(sheet.ok());
    CHECK(sheet->booths().isEmpty());
    CHECK(sheet->emptyReason().contains(QStringLiteral("has no interpretation booths")));
    const QString pdf = fixture.file.folder() + QStringLiteral("/none.pdf");
    const Status saved = sheet->savePdf(pdf);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error() == sheet->emptyReason());
    CHECK_FALSE(QFile::exists(pdf));
    CHECK_FALSE(BoothSheet::load(fixture.file.database(), fixture.seminarId + 99).ok());
}

TEST_CASE("The booth sheet's languages are ja, en or both", "[boothsheet]")
{
    CHECK(BoothSheet::languagesFromKey(QStringLiteral("ja"))->size() == 1);
    CHECK_FALSE(BoothSheet::languagesFromKey(QStringLiteral("en"))->constFirst().isJapanese());
    const auto both = BoothSheet::languagesFromKey(QStringLiteral("both"));
    REQUIRE(both);
    REQUIRE(both->size() == 2);
    CHECK(both->at(0).isJapanese());
    CHECK_FALSE(both->at(1).isJapanese());
    CHECK_FALSE(BoothSheet::languagesFromKey(QStringLiteral("fr")));
}
