#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "support/CatchQt.h"
#include "support/CliRun.h"
#include "support/TestDatabaseFile.h"

namespace {

QStringList keys(const QJsonObject& object)
{
    return object.keys();
}

} // namespace

TEST_CASE("demo then list seminars as JSON, field by field", "[cli]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 25);
    const CliRun list = CliRun::run({QStringLiteral("list"), QStringLiteral("seminars"), QStringLiteral("--db"), db,
                                     QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray seminars = list.jsonArray();
    REQUIRE(seminars.size() == 1);
    const QJsonObject seminar = seminars.first().toObject();
    CHECK(seminar[QStringLiteral("id")].toInt() == 1);
    CHECK(seminar[QStringLiteral("title_en")].toString()
          == QStringLiteral("Sustainable Society Built by Team Kitakyushu — Direction of Future International "
                            "Environmental Cooperation"));
    CHECK(seminar[QStringLiteral("title_ja")].toString().startsWith(QStringLiteral("チーム北九州")));
    CHECK(seminar[QStringLiteral("venue_name")].toString() == QStringLiteral("北九州イノベーションギャラリー（KIGS）"));
    CHECK(seminar[QStringLiteral("starts_at")].toString() == QStringLiteral("2027-02-12T13:30:00"));
    CHECK(seminar[QStringLiteral("ends_at")].toString() == QStringLiteral("2027-02-12T17:00:00"));
    CHECK(seminar[QStringLiteral("languages")].toArray() == QJsonArray {QStringLiteral("ja"), QStringLiteral("en")});
    CHECK(seminar[QStringLiteral("status")].toString() == QStringLiteral("open"));
    CHECK(seminar[QStringLiteral("capacity")].toInt() == 150);
    CHECK(seminar[QStringLiteral("organiser")].toString().contains(QStringLiteral("Kitakyushu Urban Centre")));
    CHECK(seminar[QStringLiteral("participation_fee")].toInt() == 0);
    CHECK(seminar[QStringLiteral("reception_opens")].toString() == QStringLiteral("13:00"));
    // The programme as items in order, each with its speakers.
    const QJsonArray programme = seminar[QStringLiteral("programme")].toArray();
    REQUIRE(programme.size() == 6);
    const QJsonObject reports = programme.at(2).toObject();
    CHECK(reports[QStringLiteral("starts_at")].toString() == QStringLiteral("14:30"));
    CHECK(reports[QStringLiteral("ends_at")].toString() == QStringLiteral("15:30"));
    CHECK(reports[QStringLiteral("title_ja")].toString() == QStringLiteral("事例報告：アジアの都市から"));
    CHECK(reports[QStringLiteral("title_en")].toString() == QStringLiteral("Reports from partner cities in Asia"));
    CHECK(reports[QStringLiteral("language")].toString() == QStringLiteral("en"));
    CHECK(reports[QStringLiteral("kind")].toString() == QStringLiteral("session"));
    const QJsonArray speakers = reports[QStringLiteral("speakers")].toArray();
    REQUIRE(speakers.size() == 2);
    CHECK(speakers.at(1).toObject()[QStringLiteral("name")].toString() == QStringLiteral("Budi SANTOSO"));
    CHECK(speakers.at(1).toObject()[QStringLiteral("affiliation")].toString()
          == QStringLiteral("Surabaya City Environment Agency"));
    CHECK(programme.at(3).toObject()[QStringLiteral("kind")].toString() == QStringLiteral("break"));
    CHECK(programme.at(3).toObject()[QStringLiteral("language")].toString().isEmpty());
    CHECK(seminar[QStringLiteral("registration_deadline")].toString() == QStringLiteral("2027-02-05"));
    CHECK(seminar[QStringLiteral("registration_url")].toString().startsWith(QStringLiteral("https://")));
    CHECK(seminar[QStringLiteral("application_methods")].toArray()
          == QJsonArray {QStringLiteral("web"), QStringLiteral("email"), QStringLiteral("fax")});
    CHECK(keys(seminar)
          == QStringList {QStringLiteral("application_methods"),
                          QStringLiteral("capacity"),
                          QStringLiteral("description_en"),
                          QStringLiteral("description_ja"),
                          QStringLiteral("ends_at"),
                          QStringLiteral("id"),
                          QStringLiteral("languages"),
                          QStringLiteral("organiser"),
                          QStringLiteral("participation_fee"),
                          QStringLiteral("programme"),
                          QStringLiteral("reception_opens"),
                          QStringLiteral("registration_deadline"),
                          QStringLiteral("registration_email"),
                          QStringLiteral("registration_url"),
                          QStringLiteral("short_title"),
                          QStringLiteral("starts_at"),
                          QStringLiteral("status"),
                          QStringLiteral("title_en"),
                          QStringLiteral("title_ja"),
                          QStringLiteral("venue_id"),
                          QStringLiteral("venue_name")});
}

TEST_CASE("demo then list registrations and attendees as JSON", "[cli]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 60);
    const CliRun registrations = CliRun::run({QStringLiteral("list"), QStringLiteral("registrations"),
                                              QStringLiteral("--db"), db, QStringLiteral("--seminar"),
                                              QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(registrations.exitCode == 0);
    const QJsonArray rows = registrations.jsonArray();
    REQUIRE(rows.size() == 60);
    const QRegularExpression code(QStringLiteral("^SD-[0-9A-Z]{10}$"));
    QSet<QString> codes;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        CHECK(row[QStringLiteral("seminar_id")].toInt() == 1);
        CHECK(code.match(row[QStringLiteral("checkin_code")].toString()).hasMatch());
        codes.insert(row[QStringLiteral("checkin_code")].toString());
        CHECK(QStringList {QStringLiteral("registered"), QStringLiteral("waitlisted"), QStringLiteral("cancelled")}
                  .contains(row[QStringLiteral("status")].toString()));
        CHECK(row[QStringLiteral("receiver_needed")].isBool());
        CHECK(row[QStringLiteral("checked_in_at")].isNull());
        CHECK(row[QStringLiteral("registered_at")].toString().endsWith(QLatin1Char('Z')));
        CHECK(row[QStringLiteral("source")].toString() == QStringLiteral("demo"));
        CHECK_FALSE(row[QStringLiteral("display_name")].toString().isEmpty());
    }
    CHECK(codes.size() == 60);

    const CliRun attendees = CliRun::run({QStringLiteral("list"), QStringLiteral("attendees"), QStringLiteral("--db"),
                                          db, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(attendees.exitCode == 0);
    const QJsonArray people = attendees.jsonArray();
    REQUIRE(people.size() == 60);
    bool sawJapanese = false;
    for (const QJsonValue& value : people) {
        const QJsonObject person = value.toObject();
        const QString family = person[QStringLiteral("family_name")].toString();
        const QString given = person[QStringLiteral("given_name")].toString();
        if (!person[QStringLiteral("family_reading")].toString().isEmpty()) {
            sawJapanese = true;
            CHECK(person[QStringLiteral("display_name")].toString() == family + QLatin1Char(' ') + given);
            CHECK(person[QStringLiteral("country")].toString() == QStringLiteral("Japan"));
        }
    }
    CHECK(sawJapanese);
}

TEST_CASE("list booths and contacts of the demo seminar", "[cli]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 3);
    const CliRun booths = CliRun::run({QStringLiteral("list"), QStringLiteral("booths"), QStringLiteral("--db"), db,
                                       QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(booths.exitCode == 0);
    const QJsonArray boothRows = booths.jsonArray();
    REQUIRE(boothRows.size() == 2);
    CHECK(boothRows.at(0).toObject()[QStringLiteral("channel")].toInt() == 1);
    CHECK(boothRows.at(0).toObject()[QStringLiteral("language_pair")].toString() == QStringLiteral("ja-en"));
    CHECK(boothRows.at(1).toObject()[QStringLiteral("channel")].toInt() == 2);
    // The rota: each turn with its interpreter and times.
    const QJsonArray turns = boothRows.at(0).toObject()[QStringLiteral("interpreters")].toArray();
    REQUIRE(turns.size() == 5);
    CHECK(turns.at(0).toObject()[QStringLiteral("name")].toString() == QStringLiteral("通訳 一子（架空）"));
    CHECK(turns.at(0).toObject()[QStringLiteral("starts_at")].toString() == QStringLiteral("2027-02-12T13:30:00"));
    CHECK(turns.at(0).toObject()[QStringLiteral("ends_at")].toString() == QStringLiteral("2027-02-12T14:00:00"));

    // The demo's rota passes every check.
    for (const QJsonValue& row : boothRows) {
        CHECK(row.toObject()[QStringLiteral("warnings")].toArray().isEmpty());
        CHECK(row.toObject()[QStringLiteral("team_needed")].toInt() == 2);
    }
    CHECK(boothRows.at(0).toObject()[QStringLiteral("interpreted_minutes")].toInt() == 135);
    CHECK(boothRows.at(1).toObject()[QStringLiteral("interpreted_minutes")].toInt() == 130);

    const CliRun contacts = CliRun::run({QStringLiteral("list"), QStringLiteral("contacts"), QStringLiteral("--db"), db,
                                         QStringLiteral("--seminar"), QStringLiteral("1"), QStringLiteral("--format"),
                                         QStringLiteral("json")});
    REQUIRE(contacts.exitCode == 0);
    QJsonObject enquiries;
    for (const QJsonValue& value : contacts.jsonArray()) {
        if (value.toObject()[QStringLiteral("seminar_role")].toString() == QStringLiteral("enquiries"))
            enquiries = value.toObject();
    }
    REQUIRE_FALSE(enquiries.isEmpty());
    CHECK(enquiries[QStringLiteral("tel")].toString() == QStringLiteral("+81-93-681-1563"));
    CHECK(enquiries[QStringLiteral("fax")].toString() == QStringLiteral("+81-93-681-1564"));
    CHECK(enquiries[QStringLiteral("postal_code")].toString() == QStringLiteral("805-0062"));
    CHECK(enquiries[QStringLiteral("latin_name")].toString().startsWith(QStringLiteral("IGES Kitakyushu")));
    CHECK(enquiries[QStringLiteral("address_en")].toString().contains(QStringLiteral("1-1-1 Hirano")));
    QStringList roles;
    for (const QJsonValue& value : contacts.jsonArray())
        roles.append(value.toObject()[QStringLiteral("seminar_role")].toString());
    CHECK(roles.contains(QStringLiteral("co_organiser")));
    CHECK(roles.contains(QStringLiteral("supporter")));
}

TEST_CASE("list prints an aligned table by default", "[cli]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 5);
    const CliRun table
        = CliRun::run({QStringLiteral("list"), QStringLiteral("registrations"), QStringLiteral("--db"), db});
    REQUIRE(table.exitCode == 0);
    const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2 + 5);
    CHECK(lines.at(0).startsWith(QStringLiteral("ID")));
    CHECK(lines.at(1).startsWith(QStringLiteral("--")));
}

TEST_CASE("The Japanese program's tables show values in Japanese, the JSON its codes", "[cli]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 30);
    const QStringList japanese {QStringLiteral("LC_ALL=ja_JP.UTF-8")};
    const CliRun registrations = CliRun::runWithEnvironment(
        {QStringLiteral("list"), QStringLiteral("registrations"), QStringLiteral("--db"), db}, japanese);
    REQUIRE(registrations.exitCode == 0);
    CHECK(registrations.out.startsWith(QStringLiteral("ID")));
    CHECK(registrations.out.contains(QStringLiteral("フリガナ")));
    CHECK(registrations.out.contains(QStringLiteral("レシーバー要否")));
    CHECK(registrations.out.contains(QStringLiteral("申込済み")));
    CHECK(registrations.out.contains(QStringLiteral(" 要")));
    CHECK(registrations.out.contains(QStringLiteral("不要")));
    CHECK_FALSE(registrations.out.contains(QStringLiteral("registered")));
    const CliRun attendees = CliRun::runWithEnvironment(
        {QStringLiteral("list"), QStringLiteral("attendees"), QStringLiteral("--db"), db}, japanese);
    REQUIRE(attendees.exitCode == 0);
    CHECK(attendees.out.contains(QStringLiteral("国・地域")));
    CHECK(attendees.out.contains(QStringLiteral("日本")));
    CHECK(attendees.out.contains(QStringLiteral("一般参加者")));
    CHECK_FALSE(attendees.out.contains(QStringLiteral("Japan")));
    const CliRun contacts
        = CliRun::runWithEnvironment({QStringLiteral("list"), QStringLiteral("contacts"), QStringLiteral("--db"), db,
                                      QStringLiteral("--seminar"), QStringLiteral("1")},
                                     japanese);
    REQUIRE(contacts.exitCode == 0);
    CHECK(contacts.out.contains(QStringLiteral("093-681-1563"))); // the enquiries number, as dialled in Japan
    CHECK(contacts.out.contains(QStringLiteral("問い合わせ先")));
    const CliRun seminars = CliRun::runWithEnvironment(
        {QStringLiteral("list"), QStringLiteral("seminars"), QStringLiteral("--db"), db}, japanese);
    CHECK(seminars.out.contains(QStringLiteral("チーム北九州で築く持続可能な社会")));
    CHECK(seminars.out.contains(QStringLiteral("申込受付中")));

    const CliRun json
        = CliRun::runWithEnvironment({QStringLiteral("list"), QStringLiteral("registrations"), QStringLiteral("--db"),
                                      db, QStringLiteral("--format"), QStringLiteral("json")},
                                     japanese);
    REQUIRE(json.exitCode == 0);
    const QStringList codes {QStringLiteral("registered"), QStringLiteral("waitlisted"), QStringLiteral("cancelled"),
                             QStringLiteral("attended")};
    for (const QJsonValue& row : json.jsonArray())
        CHECK(codes.contains(row[QStringLiteral("status")].toString()));
    const CliRun english = CliRun::run({QStringLiteral("list"), QStringLiteral("contacts"), QStringLiteral("--db"), db,
                                        QStringLiteral("--seminar"), QStringLiteral("1")});
    CHECK(english.out.contains(QStringLiteral("+81-93-681-1563")));
}

TEST_CASE("demo refuses to overwrite an existing file", "[cli]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("keep.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("precious");
    file.close();
    const CliRun demo = CliRun::run({QStringLiteral("demo"), path});
    CHECK(demo.exitCode != 0);
    CHECK(demo.err.contains(QStringLiteral("already exists")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("precious"));
}

TEST_CASE("list refuses a file that is not a database, naming it", "[cli]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a database at all, just some notes that are long enough\n");
    file.close();
    const CliRun list = CliRun::run({QStringLiteral("list"), QStringLiteral("seminars"), QStringLiteral("--db"), path});
    CHECK(list.exitCode == 1);
    CHECK(list.err.contains(path));
    CHECK(list.err.contains(QStringLiteral("not an SQLite file")));
    CHECK(list.out.isEmpty());
}

TEST_CASE("A database named with --db that does not exist is refused, and no file is made", "[cli]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("typo.sqlite"));
    const CliRun list = CliRun::run({QStringLiteral("list"), QStringLiteral("seminars"), QStringLiteral("--db"), path});
    CHECK(list.exitCode == 1);
    CHECK(list.err.contains(path));
    CHECK(list.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("list booths names what is doubtful in a booth's rota", "[cli]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 0);
    // The first turn of the first booth stretched to 45 minutes, over the next one.
    writeRawSqlite(db,
                   {QStringLiteral("UPDATE interpreter_shift SET ends_at = '2027-02-12T14:15:00' WHERE id = "
                                   "(SELECT min(id) FROM interpreter_shift)")});
    const CliRun booths = CliRun::run({QStringLiteral("list"), QStringLiteral("booths"), QStringLiteral("--db"), db,
                                       QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(booths.exitCode == 0);
    const QJsonArray warnings = booths.jsonArray().at(0).toObject()[QStringLiteral("warnings")].toArray();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).toObject()[QStringLiteral("kind")].toString() == QStringLiteral("long_turn"));
    CHECK(
        warnings.at(0).toObject()[QStringLiteral("message")].toString()
        == QStringLiteral("通訳 一子（架空）'s turn in booth “日本語 → English” from 13:30 to 14:15 is longer than 30 "
                          "minutes."));
    CHECK(booths.jsonArray().at(1).toObject()[QStringLiteral("warnings")].toArray().isEmpty());
}
