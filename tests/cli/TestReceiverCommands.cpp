#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/stores/BoothStore.h"
#include "core/stores/RegistrationStore.h"
#include "support/CatchQt.h"
#include "support/CliRun.h"
#include "support/PdfTools.h"
#include "support/SeminarFixture.h"

using namespace sd;

namespace {

struct CliReceivers : SeminarFixture
{
    Registered yamada = registerAttendee(makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎"),
                                                      QStringLiteral("ヤマダ"), QStringLiteral("タロウ")));
    Registered abe = registerAttendee(
        makeAttendee(QStringLiteral("阿部"), QStringLiteral("葵"), QStringLiteral("アベ"), QStringLiteral("アオイ")));
    Registered smith = registerAttendee(makeAttendee(QStringLiteral("Smith"), QStringLiteral("Anna")));

    CliRun receivers(const QStringList& arguments) const
    {
        return CliRun::run(QStringList {QStringLiteral("receivers"), QStringLiteral("--db"), file.path(),
                                        QStringLiteral("--seminar"), QString::number(seminarId)}
                           + arguments);
    }
    QString codeOf(const Registered& person)
    {
        return RegistrationStore(file.database()).find(person.registrationId)->checkInCode;
    }
};

} // namespace

TEST_CASE("receivers: an inventory, issued against deposits, returned, and what is out", "[cli][receivers]")
{
    CliReceivers door;
    const CliRun inventory
        = door.receivers({QStringLiteral("inventory"), QStringLiteral("--count"), QStringLiteral("2")});
    INFO(inventory.err.toStdString());
    REQUIRE(inventory.exitCode == 0);
    CHECK(inventory.out.contains(QStringLiteral("Receivers  Issued  Returned  Out  Available")));

    const CliRun issued = door.receivers(
        {QStringLiteral("issue"), door.codeOf(door.yamada), QStringLiteral("--deposit"), QStringLiteral("id")});
    INFO(issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    CHECK(issued.out.startsWith(QStringLiteral("Receiver issued to 山田 太郎.")));
    REQUIRE(door.receivers({QStringLiteral("issue"), door.codeOf(door.abe), QStringLiteral("--deposit"),
                            QStringLiteral("card")})
                .exitCode
            == 0);
    const CliRun none = door.receivers({QStringLiteral("issue"), door.codeOf(door.smith)});
    CHECK(none.exitCode == 1);
    CHECK(none.err == QStringLiteral("All 2 receivers are out.\n"));

    const CliRun json
        = door.receivers({QStringLiteral("outstanding"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray out = json.jsonArray();
    REQUIRE(out.size() == 2);
    CHECK(out.at(0).toObject()[QStringLiteral("display_name")].toString() == QStringLiteral("阿部 葵"));
    CHECK(out.at(0).toObject()[QStringLiteral("deposit")].toString() == QStringLiteral("business_card"));
    CHECK(out.at(1).toObject()[QStringLiteral("deposit")].toString() == QStringLiteral("id_card"));
    CHECK(out.at(1).toObject()[QStringLiteral("returned_at")].isNull());
    const CliRun csv = door.receivers({QStringLiteral("outstanding"), QStringLiteral("--format"), QStringLiteral("csv"),
                                       QStringLiteral("--language"), QStringLiteral("en")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith(
        QStringLiteral("Name,Reading,Organisation,E-mail,Phone,Receiver,Deposit,Issued,Check-in code\r\n")));
    CHECK(csv.out.contains(QStringLiteral("山田 太郎,ヤマダ タロウ,,,,,ID card,")));

    const CliRun back = door.receivers({QStringLiteral("return"), door.codeOf(door.yamada)});
    INFO(back.err.toStdString());
    REQUIRE(back.exitCode == 0);
    CHECK(back.out.startsWith(QStringLiteral("Receiver returned by 山田 太郎: give back id card.")));
    const CliRun byName = door.receivers({QStringLiteral("return"), QStringLiteral("--name"), QStringLiteral("あべ")});
    CHECK(byName.exitCode == 0);
    const CliRun nothingOut = door.receivers({QStringLiteral("return"), door.codeOf(door.yamada)});
    CHECK(nothingOut.exitCode == 1);
    CHECK(nothingOut.err == QStringLiteral("山田 太郎 has no receiver out.\n"));
    const CliRun empty = door.receivers({QStringLiteral("outstanding")});
    CHECK(empty.exitCode == 0);
    CHECK_FALSE(empty.out.contains(QStringLiteral("山田")));
    const CliRun counts
        = door.receivers({QStringLiteral("inventory"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject figures = QJsonDocument::fromJson(counts.out.toUtf8()).object();
    CHECK(figures[QStringLiteral("count")].toInt() == 2);
    CHECK(figures[QStringLiteral("issued")].toInt() == 2);
    CHECK(figures[QStringLiteral("returned")].toInt() == 2);
    CHECK(figures[QStringLiteral("outstanding")].toInt() == 0);
}

TEST_CASE("receivers with serial numbers from a file, returned by number, the list as PDF", "[cli][receivers][pdf]")
{
    CliReceivers door;
    const QString list = door.file.folder() + QStringLiteral("/receivers.txt");
    QFile file(list);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("R-001,1\nR-002,1\nR-003,2\n");
    file.close();
    const CliRun inventory = door.receivers({QStringLiteral("inventory"), QStringLiteral("--serials"), list});
    REQUIRE(inventory.exitCode == 0);
    CHECK(inventory.out.contains(QStringLiteral("R-003   2")));
    CHECK(door.receivers({QStringLiteral("issue"), door.codeOf(door.smith), QStringLiteral("--serial"),
                          QStringLiteral("R-009")})
              .exitCode
          == 1);
    REQUIRE(door.receivers({QStringLiteral("issue"), door.codeOf(door.smith), QStringLiteral("--serial"),
                            QStringLiteral("R-002")})
                .exitCode
            == 0);
    const QString pdf = door.file.folder() + QStringLiteral("/outstanding.pdf");
    const CliRun printed = door.receivers(
        {QStringLiteral("outstanding"), QStringLiteral("--language"), QStringLiteral("ja"), QStringLiteral("-o"), pdf});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    const QString text = PdfTools::squeezedText(pdf);
    CHECK(text.contains(QStringLiteral("未返却レシーバー一覧")));
    CHECK(text.contains(QStringLiteral("AnnaSmith")));
    CHECK(text.contains(QStringLiteral("R-002")));
    CHECK(PdfTools::allFontsEmbedded(pdf));
    const CliRun back = door.receivers({QStringLiteral("return"), QStringLiteral("--serial"), QStringLiteral("R-002")});
    CHECK(back.exitCode == 0);
    CHECK(back.out.contains(QStringLiteral("Anna Smith")));
}

TEST_CASE("receivers refuses a wrong command line with status 2, and what cannot be done with 1", "[cli][receivers]")
{
    CliReceivers door;
    const QString code = door.codeOf(door.yamada);
    const QList<QStringList> wrong {
        {},
        {QStringLiteral("lend"), code},
        {QStringLiteral("issue")},
        {QStringLiteral("issue"), code, QStringLiteral("--deposit"), QStringLiteral("passport")},
        {QStringLiteral("return")},
        {QStringLiteral("return"), code, QStringLiteral("--serial"), QStringLiteral("R-1")},
        {QStringLiteral("inventory"), QStringLiteral("--count"), QStringLiteral("many")},
        {QStringLiteral("outstanding"), QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("outstanding"), QStringLiteral("--language"), QStringLiteral("fr")},
        {QStringLiteral("issue"), code, QStringLiteral("--format"), QStringLiteral("csv")},
    };
    for (const QStringList& arguments : wrong) {
        const CliRun run = door.receivers(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 2);
    }
    const CliRun noInventory = door.receivers({QStringLiteral("issue"), code});
    CHECK(noInventory.exitCode == 1);
    CHECK(noInventory.err == QStringLiteral("This seminar has no receivers yet: set how many it has first.\n"));
    const CliRun unknown = door.receivers({QStringLiteral("issue"), QStringLiteral("SD-0000000000")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("No one registered for this seminar has the check-in code")));
}

TEST_CASE("receivers inventory carries the forecast and its warnings, in a table and as JSON",
          "[cli][receivers][forecast]")
{
    CliReceivers door;
    Booth english;
    english.seminarId = door.seminarId;
    english.name = QStringLiteral("日本語 → English");
    english.languagePair = QStringLiteral("ja-en");
    english.channel = 1;
    REQUIRE(BoothStore(door.file.database()).insert(english).ok());
    Booth chinese = english;
    chinese.name = QStringLiteral("日本語 → 中文");
    chinese.languagePair = QStringLiteral("ja-zh");
    chinese.channel = 2;
    REQUIRE(BoothStore(door.file.database()).insert(chinese).ok());
    for (const QString& family : {QStringLiteral("Jones"), QStringLiteral("Brown")}) {
        Attendee person = makeAttendee(family, QStringLiteral("Sam"));
        person.preferredLanguage = QStringLiteral("en");
        door.registerAttendee(person);
    }

    const CliRun table = door.receivers({QStringLiteral("inventory"), QStringLiteral("--count"), QStringLiteral("2"),
                                         QStringLiteral("--channels"), QStringLiteral("1")});
    INFO(table.err.toStdString());
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral(
        "Forecast: 3 receivers needed, 2 for the registrations and a margin of 10 %; the seminar has 2.")));
    CHECK(table.out.contains(QStringLiteral("Channel  Language  People  Needed  For it  Short")));
    CHECK(table.out.contains(QStringLiteral("1        English   2       3")));
    CHECK(table.out.contains(QStringLiteral("Warning: 1 receiver short: the registrations call for 3 with the margin, "
                                            "and the seminar has 2.\n")));
    CHECK(table.out.contains(
        QStringLiteral("Warning: Booth “日本語 → 中文” is on channel 2, but the receivers have 1 channel.\n")));

    // The margin alone changes: the count and channels stay as they were.
    const CliRun json = door.receivers({QStringLiteral("inventory"), QStringLiteral("--margin"), QStringLiteral("0"),
                                        QStringLiteral("--format"), QStringLiteral("json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject out = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(out[QStringLiteral("count")].toInt() == 2);
    CHECK(out[QStringLiteral("system_channels")].toInt() == 1);
    CHECK(out[QStringLiteral("margin_percent")].toInt() == 0);
    const QJsonObject forecast = out[QStringLiteral("forecast")].toObject();
    CHECK(forecast[QStringLiteral("needed")].toInt() == 2);
    CHECK(forecast[QStringLiteral("short")].toInt() == 0);
    const QJsonArray channels = forecast[QStringLiteral("channels")].toArray();
    REQUIRE(channels.size() == 2);
    CHECK(channels.at(0).toObject()[QStringLiteral("channel")].toInt() == 1);
    CHECK(channels.at(0).toObject()[QStringLiteral("language")].toString() == QStringLiteral("en"));
    CHECK(channels.at(0).toObject()[QStringLiteral("people")].toInt() == 2);
    CHECK(channels.at(0).toObject()[QStringLiteral("available")].isNull());
    CHECK(forecast[QStringLiteral("channels_beyond_system")].toArray() == QJsonArray {2});
    CHECK(forecast[QStringLiteral("warnings")].toArray().size() == 1);

    const CliRun cleared = door.receivers({QStringLiteral("inventory"), QStringLiteral("--channels"),
                                           QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(cleared.exitCode == 0);
    CHECK(QJsonDocument::fromJson(cleared.out.toUtf8())
              .object()[QStringLiteral("forecast")]
              .toObject()[QStringLiteral("warnings")]
              .toArray()
              .isEmpty());

    const CliRun wrong
        = door.receivers({QStringLiteral("inventory"), QStringLiteral("--margin"), QStringLiteral("150")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err == QStringLiteral("--margin needs a percentage from 0 to 100, not “150”.\n"));
}
