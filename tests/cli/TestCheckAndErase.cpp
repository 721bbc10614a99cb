#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "support/CatchQt.h"
#include "support/CliRun.h"
#include "support/TestDatabaseFile.h"

namespace {

QJsonObject jsonObject(const CliRun& run)
{
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    INFO(run.out.toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

int attendeeCount(const QString& db)
{
    return readRawSqlite(db, QStringLiteral("SELECT count(*) FROM attendee")).value(0).toInt();
}

} // namespace

TEST_CASE("check reports a sound database in words, changing nothing", "[cli][check]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 20);
    const QByteArray before = fileHash(db);
    const CliRun run = CliRun::run({QStringLiteral("check"), QStringLiteral("--db"), db});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("is sound")));
    CHECK(run.out.contains(db));
    CHECK(fileHash(db) == before);
    CHECK(QDir(folder.path()).entryList(QDir::Files) == QStringList {QStringLiteral("demo.sqlite")});
}

TEST_CASE("check counts the rows whose references lead nowhere and says what to restore", "[cli][check]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 20);
    // Another program deleted attendees without their registrations (foreign keys off).
    writeRawSqlite(db,
                   {QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("DELETE FROM attendee WHERE id <= 3")});
    QFile copy(db + QStringLiteral(".bak-v4"));
    REQUIRE(copy.open(QIODevice::WriteOnly));
    copy.close();
    const CliRun run = CliRun::run({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(run.exitCode == 1);
    INFO(run.out.toStdString());
    CHECK(run.out.contains(QStringLiteral("has 1 problem:")));
    CHECK(run.out.contains(QStringLiteral("3 rows of the table “registration” refer to rows of “attendee” that are "
                                          "not there.")));
    CHECK(run.out.contains(QStringLiteral("Restore the backup copy “%1”").arg(db + QStringLiteral(".bak-v4"))));
}

TEST_CASE("check calls a damaged file damaged, and refuses what is not a database", "[cli][check]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 20);
    QFile bytes(db);
    REQUIRE(bytes.open(QIODevice::ReadWrite));
    REQUIRE(bytes.seek(100));
    REQUIRE(bytes.write(QByteArray(2000, '\x7f')) == 2000);
    bytes.close();
    const CliRun damaged = CliRun::run({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(damaged.exitCode == 1);
    CHECK(damaged.err.contains(QStringLiteral("is damaged")));

    const QString missing = folder.filePath(QStringLiteral("missing.sqlite"));
    const CliRun absent = CliRun::run({QStringLiteral("check"), QStringLiteral("--db"), missing});
    CHECK(absent.exitCode == 1);
    CHECK(absent.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(missing));
    CHECK(CliRun::run({QStringLiteral("check"), QStringLiteral("extra")}).exitCode == 2);
}

TEST_CASE("erase lists in a dry run, then erases, the people past the period, printing no names", "[cli][erase]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 30);
    // The demo seminar was held years ago.
    writeRawSqlite(db,
                   {QStringLiteral("UPDATE seminar SET starts_at = '2020-02-12T13:30:00', "
                                   "ends_at = '2020-02-12T17:00:00'")});
    const QString someone = readRawSqlite(db, QStringLiteral("SELECT family_name FROM attendee ORDER BY id")).value(0);

    const CliRun dry = CliRun::run({QStringLiteral("erase"), QStringLiteral("--db"), db, QStringLiteral("--older-than"),
                                    QStringLiteral("12m"), QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(someone));
    CHECK(dry.out.contains(QStringLiteral("Dry run, nothing changed: 30 people with 30 registration(s)")));
    CHECK(attendeeCount(db) == 30);

    const CliRun json = CliRun::run({QStringLiteral("erase"), QStringLiteral("--db"), db,
                                     QStringLiteral("--older-than"), QStringLiteral("1y"), QStringLiteral("--dry-run"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject report = jsonObject(json);
    CHECK(report[QStringLiteral("dry_run")].toBool());
    CHECK(report[QStringLiteral("older_than_months")].toInt() == 12);
    CHECK(report[QStringLiteral("people_count")].toInt() == 30);
    const QJsonArray people = report[QStringLiteral("people")].toArray();
    REQUIRE(people.size() == 30);
    CHECK(people.at(0).toObject()[QStringLiteral("last_seminar_ends_at")].toString()
          == QStringLiteral("2020-02-12T17:00:00"));
    CHECK(people.at(0).toObject()[QStringLiteral("registrations")].toInt() == 1);

    const CliRun erased
        = CliRun::run({QStringLiteral("erase"), QStringLiteral("--db"), db, QStringLiteral("--older-than"),
                       QStringLiteral("12m"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(erased.exitCode == 0);
    const QJsonObject done = jsonObject(erased);
    CHECK_FALSE(done[QStringLiteral("dry_run")].toBool());
    CHECK(done[QStringLiteral("people_count")].toInt() == 30);
    CHECK(done[QStringLiteral("registrations_count")].toInt() == 30);
    CHECK(done[QStringLiteral("journal_cleared")].toBool());
    CHECK_FALSE(done.contains(QStringLiteral("people")));
    CHECK_FALSE(erased.out.contains(someone));
    CHECK(attendeeCount(db) == 0);
    CHECK(readRawSqlite(db, QStringLiteral("SELECT people || ' ' || registrations FROM erasure_log"))
          == QStringList {QStringLiteral("30 30")});

    const CliRun again = CliRun::run(
        {QStringLiteral("erase"), QStringLiteral("--db"), db, QStringLiteral("--older-than"), QStringLiteral("12m")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Erased 0 people")));
    CHECK(again.out.contains(QStringLiteral("leave the database file")));
}

TEST_CASE("erase keeps people whose seminar is within the period, and checks its options", "[cli][erase]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 10);
    const CliRun kept = CliRun::run(
        {QStringLiteral("erase"), QStringLiteral("--db"), db, QStringLiteral("--older-than"), QStringLiteral("12m")});
    REQUIRE(kept.exitCode == 0);
    CHECK(kept.out.contains(QStringLiteral("Erased 0 people")));
    CHECK(attendeeCount(db) == 10);
    for (const QStringList& wrong :
         {QStringList {QStringLiteral("--db"), db},
          QStringList {QStringLiteral("--db"), db, QStringLiteral("--older-than"), QStringLiteral("12")},
          QStringList {QStringLiteral("--db"), db, QStringLiteral("--older-than"), QStringLiteral("12m"),
                       QStringLiteral("--format"), QStringLiteral("xml")}}) {
        const CliRun run = CliRun::run(QStringList {QStringLiteral("erase")} + wrong);
        INFO(wrong.join(QLatin1Char(' ')).toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.startsWith(QStringLiteral("seminar-desk erase: ")));
    }
    CHECK(attendeeCount(db) == 10);
}
