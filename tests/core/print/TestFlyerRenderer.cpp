#include <catch2/catch.hpp>

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "core/print/FlyerRenderer.h"
#include "core/stores/DemoSeminar.h"
#include "support/CatchQt.h"
#include "support/PdfTools.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

constexpr qreal pointsPerMm = 72 / 25.4;

// The demo seminar with a programme of ITEMS items.
FlyerContent demoFlyer(TestDatabaseFile& file, int items, FlyerContent::Language language)
{
    auto seminarId = DemoSeminar::fill(file.database(), 0);
    REQUIRE(seminarId.ok());
    auto content = FlyerContent::load(file.database(), *seminarId);
    REQUIRE(content.ok());
    content->language = language;
    content->programme.clear();
    QTime time(13, 30);
    for (int i = 0; i < items; ++i) {
        ProgrammeItem item;
        item.startsAt = time;
        item.titleJa = QStringLiteral("報告%1「アジアの都市における循環経済」").arg(i + 1);
        item.titleEn = QStringLiteral("Report %1: circular economy in Asian cities").arg(i + 1);
        content->programme.append(item);
        time = time.addSecs(10 * 60);
    }
    return *content;
}

QString write(const FlyerContent& content, const QString& folder, const QString& name)
{
    const QString pdf = QDir(folder).filePath(name);
    REQUIRE(FlyerRenderer(content).savePdf(pdf).ok());
    return pdf;
}

QList<FlyerBlock> blocksOf(const FlyerContent& content)
{
    QBuffer buffer;
    QPdfWriter writer(&buffer);
    return FlyerRenderer(content).layOut(&writer);
}

QRectF inPoints(const QRectF& mm)
{
    return {mm.left() * pointsPerMm, mm.top() * pointsPerMm, mm.width() * pointsPerMm, mm.height() * pointsPerMm};
}

// Each character of the PDF inside a block of its page; no block over the footer or another;
// no type smaller than the edition's body text.
void checkPages(const QString& pdf, const FlyerContent& content)
{
    const QList<FlyerBlock> blocks = blocksOf(content);
    CHECK(PdfTools::pageCount(pdf) == blocks.constLast().page + 1);
    for (const FlyerBlock& a : blocks) {
        CHECK(QRectF(0, 0, 210, 297).contains(a.rectMm));
        for (const FlyerBlock& b : blocks) {
            if (&a == &b || a.page != b.page)
                continue;
            INFO(a.name.toStdString() << " and " << b.name.toStdString() << " on page " << a.page + 1);
            const QRectF overlap = a.rectMm.intersected(b.rectMm);
            CHECK((overlap.width() < 0.01 || overlap.height() < 0.01));
        }
    }
    const qreal smallest = FlyerRenderer::smallestBodyPt(content.language);
    for (const PdfTools::Character& character : PdfTools::characters(pdf)) {
        if (character.text.trimmed().isEmpty())
            continue;
        INFO(character.text.toStdString() << " on page " << character.page + 1 << " at " << character.box.x() << ", "
                                          << character.box.y() << ", " << character.size << " pt");
        CHECK(character.size >= smallest - 0.05);
        bool inside = false;
        for (const FlyerBlock& block : blocks) {
            if (block.page == character.page)
                inside = inside || inPoints(block.rectMm).adjusted(-0.3, -0.3, 0.3, 0.3).contains(character.box);
        }
        CHECK(inside);
    }
}

} // namespace

TEST_CASE("The flyer's programme gives each item's speakers with their affiliation under its title", "[flyer][pdf]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 0);
    REQUIRE(seminarId.ok());
    auto content = FlyerContent::load(file.database(), *seminarId);
    REQUIRE(content.ok());
    REQUIRE(content->programme.size() == 6);

    content->language = FlyerContent::Language::Japanese;
    const QString ja = PdfTools::squeezed(PdfTools::text(write(*content, file.folder(), QStringLiteral("ja.pdf"))));
    CHECK(ja.contains(
        QStringLiteral("13:40～14:30基調講演「チーム北九州の国際環境協力」東田美和（IGES北九州アーバンセンター）")));
    CHECK(ja.contains(QStringLiteral("NguyenThiLAN（HaiPhongCityDepartmentofNaturalResourcesandEnvironment）")));
    CHECK(ja.contains(QStringLiteral("15:30～15:45休憩")));
    CHECK_FALSE(ja.contains(QStringLiteral("MiwaHIGASHIDA")));

    content->language = FlyerContent::Language::English;
    const QString en = PdfTools::squeezed(PdfTools::text(write(*content, file.folder(), QStringLiteral("en.pdf"))));
    CHECK(en.contains(QStringLiteral("13:40–14:30Keynote:InternationalenvironmentalcooperationofTeamKitakyushu"
                                     "MiwaHIGASHIDA(IGESKitakyushuUrbanCentre)")));
    CHECK(en.contains(QStringLiteral("BudiSANTOSO(SurabayaCityEnvironmentAgency)")));
    CHECK_FALSE(en.contains(QStringLiteral("東田")));

    content->language = FlyerContent::Language::Both;
    checkPages(write(*content, file.folder(), QStringLiteral("both.pdf")), *content);
}

TEST_CASE("A speaker on the flyer reads as each language writes a name and its organisation", "[flyer]")
{
    const ProgrammeSpeaker speaker {QStringLiteral("山田 太郎 / Taro YAMADA"),
                                    QStringLiteral("北九州市 / City of Kitakyushu")};
    CHECK(FlyerContent::speakerLine(speaker, QStringLiteral("ja")) == QStringLiteral("山田 太郎（北九州市）"));
    CHECK(FlyerContent::speakerLine(speaker, QStringLiteral("en"))
          == QStringLiteral("Taro YAMADA (City of Kitakyushu)"));
    CHECK(FlyerContent::speakerLine({QStringLiteral("Jane DOE"), {}}, QStringLiteral("ja"))
          == QStringLiteral("Jane DOE"));
}

TEST_CASE("The flyer's words follow the flyer's language, not the program's", "[flyer]")
{
    FlyerContent content;
    content.seminar.titleJa = QStringLiteral("チーム北九州で築く持続可能な社会 〜これからの国際環境協力の方向性〜");
    content.seminar.titleEn = QStringLiteral("Sustainable Society Built by Team Kitakyushu — Direction of Future "
                                             "International Environmental Cooperation");
    content.seminar.startsAt = QDateTime(QDate(2027, 2, 12), QTime(13, 30));
    content.seminar.endsAt = QDateTime(QDate(2027, 2, 12), QTime(17, 0));
    content.seminar.receptionOpens = QTime(13, 0);
    content.seminar.capacity = 150;
    content.seminar.languages = {QStringLiteral("ja"), QStringLiteral("en")};

    CHECK(content.titleAndSubtitle(QStringLiteral("ja"))
          == std::pair {QStringLiteral("チーム北九州で築く持続可能な社会"),
                        QStringLiteral("〜これからの国際環境協力の方向性〜")});
    CHECK(content.titleAndSubtitle(QStringLiteral("en")).first
          == QStringLiteral("Sustainable Society Built by Team Kitakyushu"));
    CHECK(content.dateLine(QStringLiteral("ja")) == QStringLiteral("2027年2月12日（金）13:30～17:00（受付 13:00）"));
    CHECK(content.dateLine(QStringLiteral("en"))
          == QStringLiteral("Friday 12 February 2027, 13:30–17:00 (reception opens 13:00)"));
    CHECK(content.capacityText(QStringLiteral("ja")) == QStringLiteral("150名"));
    CHECK(content.feeText(QStringLiteral("ja")) == QStringLiteral("無料"));
    content.seminar.participationFee = 1500;
    CHECK(content.feeText(QStringLiteral("ja")) == QStringLiteral("1,500円"));
    CHECK(content.feeText(QStringLiteral("en")) == QStringLiteral("¥1,500"));
    // The program runs in English here; the Japanese flyer still speaks Japanese.
    CHECK(content.interpretationNotice(QStringLiteral("ja")) == QStringLiteral("日英同時通訳あり"));
    CHECK(content.interpretationNotice(QStringLiteral("en"))
          == QStringLiteral("Simultaneous interpretation (Japanese ⇔ English)"));
    content.seminar.languages.append(QStringLiteral("zh"));
    CHECK(content.interpretationNotice(QStringLiteral("ja")) == QStringLiteral("同時通訳あり（日本語⇔英語⇔中国語）"));

    content.language = FlyerContent::Language::Japanese;
    CHECK(content.inLanguage(QStringLiteral("受付開始 / Registration")) == QStringLiteral("受付開始"));
    CHECK(content.label(QStringLiteral("venue")) == QStringLiteral("会場"));
    content.language = FlyerContent::Language::English;
    CHECK(content.inLanguage(QStringLiteral("受付開始 / Registration")) == QStringLiteral("Registration"));
    CHECK(content.inLanguage(QStringLiteral("Q&A / discussion")) == QStringLiteral("Q&A / discussion"));
    content.language = FlyerContent::Language::Both;
    CHECK(content.label(QStringLiteral("date")) == QStringLiteral("日時 / Date"));

    CHECK(FlyerContent::withTypographicQuotes(QStringLiteral("as \"Team Kitakyushu\" — it's the city's"))
          == QStringLiteral("as “Team Kitakyushu” — it’s the city’s"));
}

TEST_CASE("A contact in English: the Latin-script name, an address ending in Japan", "[flyer]")
{
    Contact contact;
    contact.name = QStringLiteral("東田 里美（架空）");
    contact.latinName = QStringLiteral("Satomi HIGASHIDA");
    contact.address = QStringLiteral("北九州市八幡東区平野1-1-1");
    contact.addressEn = QStringLiteral("1-1-1 Hirano, Yahatahigashi-ku, Kitakyushu");
    contact.postalCode = QStringLiteral("805-0062");
    CHECK(FlyerContent::contactName(contact, QStringLiteral("en")) == QStringLiteral("Satomi HIGASHIDA"));
    CHECK(FlyerContent::contactName(contact, QStringLiteral("ja")) == QStringLiteral("東田 里美（架空）"));
    CHECK(FlyerContent::contactAddress(contact, QStringLiteral("en"))
          == QStringLiteral("1-1-1 Hirano, Yahatahigashi-ku, Kitakyushu 805-0062, Japan"));
    CHECK(FlyerContent::contactAddress(contact, QStringLiteral("ja"))
          == QStringLiteral("〒805-0062 北九州市八幡東区平野1-1-1"));
}

TEST_CASE("The flyer of 3 and of 20 programme items in each edition: inside its blocks, never in the footer",
          "[flyer][pdf]")
{
    using Language = FlyerContent::Language;
    for (Language language : {Language::Japanese, Language::English, Language::Both}) {
        for (int items : {3, 20}) {
            INFO(FlyerContent::languageName(language).toStdString() << ", " << items << " items");
            TestDatabaseFile file;
            const FlyerContent content = demoFlyer(file, items, language);
            const QString pdf = write(content, file.folder(), QStringLiteral("flyer.pdf"));
            CHECK(PdfTools::allFontsEmbedded(pdf));
            checkPages(pdf, content);
            const QList<FlyerBlock> blocks = blocksOf(content);
            // A short programme stands on the first page (with all else on one language's flyer); a
            // long one runs on to the second.
            int lastProgrammePage = -1;
            for (const FlyerBlock& block : blocks) {
                if (block.name == QLatin1String("programme"))
                    lastProgrammePage = block.page;
            }
            CHECK(lastProgrammePage == (items == 20 ? 1 : 0));
            if (language != Language::Both)
                CHECK(PdfTools::pageCount(pdf) == (items == 20 ? 2 : 1));
            const auto footers = std::count_if(blocks.cbegin(), blocks.cend(),
                                               [](const FlyerBlock& b) { return b.name == QLatin1String("footer"); });
            CHECK(footers == PdfTools::pageCount(pdf));
            const QString text = PdfTools::squeezed(PdfTools::text(pdf));
            for (const ProgrammeItem& item : content.programme)
                CHECK(text.contains(PdfTools::squeezed(language == Language::English ? item.titleEn : item.titleJa)));
        }
    }
}

TEST_CASE("The date, time and venue keep their size however long the programme", "[flyer][pdf]")
{
    using Language = FlyerContent::Language;
    for (Language language : {Language::Japanese, Language::Both}) {
        QList<qreal> sizes;
        for (int items : {3, 20}) {
            TestDatabaseFile file;
            const FlyerContent content = demoFlyer(file, items, language);
            const QString pdf = write(content, file.folder(), QStringLiteral("flyer.pdf"));
            const QRectF date = inPoints(blocksOf(content).at(1).rectMm);
            for (const PdfTools::Character& character : PdfTools::characters(pdf)) {
                if (character.page == 0 && character.text == QStringLiteral("年") && date.contains(character.box))
                    sizes.append(character.size);
            }
            CHECK(PdfTools::squeezed(PdfTools::text(pdf))
                      .contains(QStringLiteral("2027年2月12日（金）13:30～17:00（受付13:00）")));
        }
        REQUIRE(sizes.size() == 2);
        CHECK(sizes.at(0) == Approx(sizes.at(1)));
        CHECK(sizes.at(0) >= 16.9);
    }
}

TEST_CASE("How to apply: a QR code of the form that decodes, the deadline, phones as each reader dials",
          "[flyer][pdf][qr]")
{
    TestDatabaseFile file;
    FlyerContent content = demoFlyer(file, 3, FlyerContent::Language::Japanese);
    const QString pdf = write(content, file.folder(), QStringLiteral("ja.pdf"));
    const QString ja = PdfTools::squeezed(PdfTools::text(pdf));
    CHECK(ja.contains(QStringLiteral("申込締切：2027年2月5日（金）")));
    CHECK(ja.contains(QStringLiteral("日英同時通訳あり")));
    CHECK(ja.contains(QStringLiteral("TEL093-681-1563")));
    CHECK(ja.contains(QStringLiteral("FAX093-681-1564")));
    CHECK_FALSE(ja.contains(QStringLiteral("+81")));
    CHECK(ja.contains(QStringLiteral("個人情報の取扱い")));
    CHECK(ja.contains(QStringLiteral("共催")));
    CHECK(ja.contains(QStringLiteral("北九州市")));
    CHECK(ja.contains(QStringLiteral("参加費")));
    CHECK_FALSE(ja.contains(QStringLiteral("Simultaneous")));
    CHECK(PdfTools::qrCodes(PdfTools::render(pdf, 300).first()) == QStringList {content.seminar.registrationUrl});

    content.language = FlyerContent::Language::English;
    const QString en = PdfTools::text(write(content, file.folder(), QStringLiteral("en.pdf")));
    CHECK(en.contains(QStringLiteral("+81-93-681-1563")));
    CHECK(PdfTools::squeezed(en).contains(
        QStringLiteral("IGESKitakyushuUrbanCentre(HanakoYAHATA,IchiroHIGASHIDA,fictitious)")));
    CHECK(PdfTools::squeezed(en).contains(QStringLiteral("Kitakyushu805-0062,Japan")));
    CHECK(PdfTools::squeezed(en).contains(QStringLiteral("“TeamKitakyushu”")));
    CHECK_FALSE(en.contains(QLatin1Char('"')));
    CHECK(en.contains(QStringLiteral("Co-organised by")));
    CHECK(en.contains(QStringLiteral("City of Kitakyushu")));
}

TEST_CASE("The FAX form stands at the foot of the last page, above the footer", "[flyer][pdf]")
{
    for (int items : {3, 20}) {
        INFO(items << " items");
        TestDatabaseFile file;
        FlyerContent content = demoFlyer(file, items, FlyerContent::Language::Japanese);
        content.faxForm = true;
        const QString pdf = write(content, file.folder(), QStringLiteral("fax.pdf"));
        checkPages(pdf, content);
        const QList<FlyerBlock> blocks = blocksOf(content);
        const auto form = std::find_if(blocks.cbegin(), blocks.cend(),
                                       [](const FlyerBlock& b) { return b.name == QLatin1String("fax form"); });
        REQUIRE(form != blocks.cend());
        CHECK(form->page == blocks.constLast().page);
        const QString text = PdfTools::squeezed(PdfTools::text(pdf));
        for (const char* field :
             {"FAX申込書", "氏名", "フリガナ", "所属", "電話", "E-mail", "レシーバー要否", "要・不要"})
            CHECK(text.contains(QString::fromUtf8(field)));
        CHECK(text.contains(QStringLiteral("FAX093-681-1564")));
    }
}

TEST_CASE("A picture is fitted whole into its box, a tall map too", "[flyer][pdf]")
{
    TestDatabaseFile file;
    FlyerContent content = demoFlyer(file, 3, FlyerContent::Language::Japanese);
    // A portrait map: white inside a red frame, twice as tall as wide.
    QImage map(300, 600, QImage::Format_RGB32);
    map.fill(Qt::white);
    {
        QPainter painter(&map);
        painter.setPen(QPen(Qt::red, 12));
        painter.drawRect(6, 6, 288, 588);
    }
    content.image = map;
    const QString pdf = write(content, file.folder(), QStringLiteral("map.pdf"));
    checkPages(pdf, content);
    constexpr int dpi = 150;
    const QImage page = PdfTools::render(pdf, dpi).first();
    QRect red;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (c.red() > 200 && c.green() < 60 && c.blue() < 60)
                red = red.isNull() ? QRect(x, y, 1, 1) : red.united(QRect(x, y, 1, 1));
        }
    }
    REQUIRE_FALSE(red.isNull());
    CHECK(qreal(red.height()) / red.width() == Approx(2.0).epsilon(0.03)); // not cropped
    const QList<FlyerBlock> blocks = blocksOf(content);
    const auto picture = std::find_if(blocks.cbegin(), blocks.cend(),
                                      [](const FlyerBlock& b) { return b.name == QLatin1String("picture"); });
    REQUIRE(picture != blocks.cend());
    const QRectF box(picture->rectMm.left() * dpi / 25.4, picture->rectMm.top() * dpi / 25.4,
                     picture->rectMm.width() * dpi / 25.4, picture->rectMm.height() * dpi / 25.4);
    CHECK(box.adjusted(-2, -2, 2, 2).contains(QRectF(red)));
}
