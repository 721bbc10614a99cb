#include <catch2/catch.hpp>

#include <QRegularExpression>

#include "core/print/ReceptionList.h"
#include "core/print/TablePrinter.h"
#include "support/CatchQt.h"
#include "support/PdfTools.h"
#include "support/SeminarFixture.h"

using namespace sd;

namespace {

const OutputLanguage japanese(OutputLanguage::Code::Japanese);
const OutputLanguage english(OutputLanguage::Code::English);

// A reading in each of the given kana rows, COUNT people a row, then Latin names and unread ones.
struct Reception : SeminarFixture
{
    void addRow(const QString& reading, int count)
    {
        for (int i = 0; i < count; ++i)
            registerAttendee(makeAttendee(QStringLiteral("姓"), QStringLiteral("名%1").arg(i), reading,
                                          QStringLiteral("メイ%1").arg(i, 2, 10, QLatin1Char('0'))));
    }
    ReceptionList load() { return *ReceptionList::load(file.database(), seminarId); }
};

QStringList names(const ReceptionList::Part& part)
{
    QStringList list;
    for (const ReceptionList::Entry& entry : part.entries)
        list.append(entry.person.attendee.displayName());
    return list;
}

} // namespace

TEST_CASE("The list is in gojuon order, Latin names after, unread names last", "[reception]")
{
    Reception reception;
    reception.registerAttendee(makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("ヤマダ"),
                                            QStringLiteral("タロウ")));
    reception.registerAttendee(makeAttendee(QStringLiteral("Smith"), QStringLiteral("Anna")));
    reception.registerAttendee(
        makeAttendee(QStringLiteral("阿部"), QStringLiteral("葵"), QStringLiteral("あべ"), QStringLiteral("あおい")));
    Attendee latinOnly = makeAttendee(QStringLiteral("中村"), QStringLiteral("誠"));
    latinOnly.latinName = QStringLiteral("Makoto NAKAMURA");
    reception.registerAttendee(latinOnly);
    reception.registerAttendee(makeAttendee(QStringLiteral("García"), QStringLiteral("María")));
    reception.registerAttendee(makeAttendee(QStringLiteral("金"), QStringLiteral("民俊"))); // no reading, no Latin
    reception.registerAttendee(
        makeAttendee(QStringLiteral("欠席"), QStringLiteral("者"), QStringLiteral("ケッセキ"), QString()),
        Registration::Status::Cancelled);
    const ReceptionList list = reception.load();
    CHECK(list.size() == 6); // the cancelled one is not expected
    const QList<ReceptionList::Part> parts = list.parts(1);
    REQUIRE(parts.size() == 2);
    CHECK(names(parts.at(0))
          == QStringList({QStringLiteral("阿部 葵"), QStringLiteral("山田 太郎"), QStringLiteral("María García"),
                          QStringLiteral("中村 誠"), QStringLiteral("Anna Smith")}));
    CHECK(parts.at(0).latin);
    CHECK(parts.at(1).other);
    CHECK(names(parts.at(1)) == QStringList({QStringLiteral("金 民俊")}));
    CHECK(ReceptionList::deskCount(parts) == 1); // the その他 group is no desk's
}

TEST_CASE("Desks are cut at kana-row boundaries into parts of about equal size", "[reception]")
{
    Reception reception;
    reception.addRow(QStringLiteral("アオキ"), 10); // あ
    reception.addRow(QStringLiteral("カトウ"), 10); // か
    reception.addRow(QStringLiteral("サトウ"), 10); // さ
    reception.addRow(QStringLiteral("タナカ"), 10); // た
    reception.addRow(QStringLiteral("ハヤシ"), 7); // は (な is empty)
    for (int i = 0; i < 3; ++i)
        reception.registerAttendee(makeAttendee(QStringLiteral("Doe"), QStringLiteral("J%1").arg(i)));
    const QList<ReceptionList::Part> parts = reception.load().parts(3);
    REQUIRE(parts.size() == 3);
    CHECK(ReceptionList::deskCount(parts) == 3);
    CHECK(parts.at(0).entries.size() == 20);
    CHECK(parts.at(0).firstRow == 0);
    CHECK(parts.at(0).lastRow == 1);
    CHECK(parts.at(1).entries.size() == 20);
    CHECK(parts.at(1).firstRow == 2);
    CHECK(parts.at(1).lastRow == 4); // the empty な row goes with the desk before the next names
    // The last desk takes the rest of the syllabary and the Latin names.
    CHECK(parts.at(2).entries.size() == 10);
    CHECK(parts.at(2).firstRow == 5);
    CHECK(parts.at(2).lastRow == 9);
    CHECK(parts.at(2).latin);
    CHECK(ReceptionList::partHeading(parts.at(0), 1, 3, japanese) == QStringLiteral("受付 1／3：あ～こ"));
    CHECK(ReceptionList::partHeading(parts.at(2), 3, 3, japanese) == QStringLiteral("受付 3／3：は～ん、A～Z"));
    CHECK(ReceptionList::partHeading(parts.at(1), 2, 3, english) == QStringLiteral("Desk 2 of 3: さ–の (SA–NO)"));

    SECTION("more desks than rows with names: one a row, and no more")
    {
        CHECK(reception.load().parts(10).size() == 6);
    }
    SECTION("one row much larger than the rest is never split")
    {
        reception.addRow(QStringLiteral("ワタナベ"), 60);
        const QList<ReceptionList::Part> lopsided = reception.load().parts(2);
        REQUIRE(lopsided.size() == 2);
        CHECK(lopsided.at(0).entries.size() == 47);
        CHECK(lopsided.at(1).entries.size() == 63); // わ and the Latin names
        CHECK(lopsided.at(1).firstRow == 9);
    }
}

TEST_CASE("The printed list: a page per desk's part, headers, numbers, a box to tick", "[reception][pdf]")
{
    Reception reception;
    reception.addRow(QStringLiteral("アオキ"), 40);
    reception.addRow(QStringLiteral("サトウ"), 40);
    Attendee needsReceiver = makeAttendee(QStringLiteral("Doe"), QStringLiteral("Jane"));
    Registration registration;
    registration.receiverNeeded = true;
    reception.registerAttendee(needsReceiver, registration);
    reception.registerAttendee(makeAttendee(QStringLiteral("金"), QStringLiteral("民俊")));
    const ReceptionList list = reception.load();

    const TablePrinter oneDesk = list.printer(1, japanese);
    const TablePrinter twoDesks = list.printer(2, japanese);
    REQUIRE(twoDesks.pages().size() > oneDesk.pages().size());
    QStringList labels;
    for (const TablePrinter::Page& page : twoDesks.pages())
        labels.append(page.label);
    labels.removeDuplicates();
    CHECK(labels
          == QStringList({QStringLiteral("受付 1／2：あ～こ"), QStringLiteral("受付 2／2：さ～ん、A～Z"),
                          QStringLiteral("その他（フリガナなし）")}));

    const QString path = reception.file.folder() + QStringLiteral("/reception.pdf");
    REQUIRE(twoDesks.savePdf(path).ok());
    CHECK(PdfTools::pageCount(path) == twoDesks.pages().size());
    CHECK(PdfTools::allFontsEmbedded(path));
    const QString text = PdfTools::squeezedText(path);
    for (const char* word : {"受付名簿", "テストセミナー", "2027年2月12日（金）13:30～17:00", "氏名", "フリガナ",
                             "所属", "区分", "レシーバー", "受付 1／2：あ～こ", "アオキ メイ00", "一般参加者", "要",
                             "金 民俊", "その他（フリガナなし）"}) {
        INFO(word);
        CHECK(text.contains(PdfTools::squeezed(QString::fromUtf8(word))));
    }
    CHECK(text.contains(QStringLiteral("1/%1").arg(twoDesks.pages().size())));
    // Numbered through the whole list: the last one is 82.
    CHECK(PdfTools::text(path).contains(QRegularExpression(QStringLiteral("\\b82\\b"))));

    const QString englishPath = reception.file.folder() + QStringLiteral("/reception-en.pdf");
    REQUIRE(list.printer(2, english).savePdf(englishPath).ok());
    const QString englishText = PdfTools::squeezedText(englishPath);
    for (const char* word :
         {"Reception list", "Test seminar", "Friday 12 February 2027, 13:30–17:00", "Reading", "Organisation",
          "Receiver", "Check-in", "Desk 1 of 2: あ–こ (A–KO)", "Participant", "Needed", "Other (no reading)"}) {
        INFO(word);
        CHECK(englishText.contains(PdfTools::squeezed(QString::fromUtf8(word))));
    }
}
