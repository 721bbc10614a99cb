// copy-db: a whole database from an SQLite file onto the tests' own PostgreSQL server and back,
// unchanged, and never into a database that already holds rows.
#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "core/data/DatabaseCopy.h"
#include "core/data/SqlStatement.h"
#include "core/stores/DemoSeminar.h"
#include "core/stores/SortKeyRefresh.h"
#include "core/stores/VenueStore.h"
#include "support/CliRun.h"
#include "support/PostgresServer.h"

using namespace sd;

namespace {

std::unique_ptr<Database> openedFile(const QString& path)
{
    auto database = openForWork(path, Database::IfMissing::Refuse);
    INFO(database.error().toStdString());
    REQUIRE(database.ok());
    return std::move(*database);
}

std::unique_ptr<Database> openedServer(const QString& name)
{
    auto database = openForWork(PostgresServer::urlOf(name));
    INFO(database.error().toStdString());
    REQUIRE(database.ok());
    return std::move(*database);
}

QString demoFile(const QTemporaryDir& folder)
{
    const QString path = folder.filePath(QStringLiteral("demo.sqlite"));
    const Status made = createForWork(path, [](const Database& database) -> Status {
        auto seminar = DemoSeminar::fill(database, 120);
        return seminar ? Status() : fail(seminar.error());
    });
    INFO(made.error().toStdString());
    REQUIRE(made.ok());
    return path;
}

qint64 highestVenueId(const Database& database)
{
    SqlStatement highest(database, QStringLiteral("SELECT max(id) FROM venue"));
    REQUIRE(highest.exec().ok());
    REQUIRE(highest.next());
    return highest.value(0).toLongLong();
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("A demo database copied to PostgreSQL and back holds the same rows")
{
    QTemporaryDir folder;
    const QString original = demoFile(folder);
    const QString server = PostgresServer::freshDatabase();
    const QString back = folder.filePath(QStringLiteral("back.sqlite"));
    {
        const auto source = openedFile(original);
        const auto target = openedServer(server);
        const Status copied = DatabaseCopy::copy(*source, *target);
        INFO(copied.error().toStdString());
        REQUIRE(copied.ok());
        const Status copiedBack = DatabaseCopy::copyToFile(*target, back);
        INFO(copiedBack.error().toStdString());
        REQUIRE(copiedBack.ok());
    }
    const auto source = openedFile(original);
    const auto copy = openedFile(back);
    const Status same = DatabaseCopy::check(*source, *copy);
    INFO(same.error().toStdString());
    CHECK(same.ok());
}

TEST_CASE("A new row on PostgreSQL after the copy gets an id of its own")
{
    QTemporaryDir folder;
    const auto source = openedFile(demoFile(folder));
    const auto target = openedServer(PostgresServer::freshDatabase());
    REQUIRE(DatabaseCopy::copy(*source, *target).ok());
    REQUIRE(highestVenueId(*source) > 0);

    Venue venue;
    venue.name = QStringLiteral("新しい会場");
    const auto id = VenueStore(*target).insert(venue);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    CHECK(*id > highestVenueId(*source));
}

TEST_CASE("copy-db refuses a target that holds rows and leaves it as it was")
{
    QTemporaryDir folder;
    const QString original = demoFile(folder);
    const auto source = openedFile(original);
    const QString server = PostgresServer::freshDatabase();
    const auto target = openedServer(server);
    REQUIRE(DatabaseCopy::copy(*source, *target).ok());

    SECTION("a server database")
    {
        const Status again = DatabaseCopy::copy(*source, *target);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().contains(QStringLiteral("is not empty")));
        CHECK(DatabaseCopy::check(*source, *target).ok());
    }
    SECTION("a file that exists")
    {
        const QString existing = folder.filePath(QStringLiteral("existing.sqlite"));
        REQUIRE(QFile::copy(original, existing));
        const QByteArray before = fileHash(existing);
        const Status refused = DatabaseCopy::copyToFile(*target, existing);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("already exists")));
        CHECK(fileHash(existing) == before);
    }
}

TEST_CASE("A backup copy of a shared database replaces an older copy with a file that holds its rows")
{
    QTemporaryDir folder;
    const QString original = demoFile(folder);
    const auto server = openedServer(PostgresServer::freshDatabase());
    REQUIRE(DatabaseCopy::copy(*openedFile(original), *server).ok());
    const QString backup = folder.filePath(QStringLiteral("shared backup.sqlite"));
    QFile older(backup);
    REQUIRE(older.open(QIODevice::WriteOnly));
    REQUIRE(older.write("yesterday's copy") > 0);
    older.close();

    QStringList tablesCopied;
    const Status saved
        = DatabaseCopy::backUp(*server, backup, [&](const QString& table, qint64) { tablesCopied.append(table); });
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    CHECK(tablesCopied.contains(QStringLiteral("attendee")));
    CHECK(DatabaseCopy::check(*server, *openedFile(backup)).ok());
    // Nothing of the copy's making is left beside it.
    CHECK(QDir(folder.path()).entryList(QDir::Files) == QStringList({"demo.sqlite", "shared backup.sqlite"}));
}

TEST_CASE("seminar-desk copy-db copies a file onto the server and back with the same listings")
{
    QTemporaryDir folder;
    const QString original = CliRun::createDemo(folder, 150);
    const QString url = PostgresServer::urlOf(PostgresServer::freshDatabase()).toString();
    const QString back = folder.filePath(QStringLiteral("back.sqlite"));

    const CliRun there = CliRun::run({QStringLiteral("copy-db"), original, url});
    INFO(there.err.toStdString());
    REQUIRE(there.exitCode == 0);
    CHECK(there.out.contains(QStringLiteral("checked")));
    CHECK(there.err.contains(QStringLiteral("of the table attendee")));
    const CliRun home = CliRun::run({QStringLiteral("copy-db"), url, back});
    INFO(home.err.toStdString());
    REQUIRE(home.exitCode == 0);

    for (const QString& what : {QStringLiteral("seminars"), QStringLiteral("attendees"),
                                QStringLiteral("registrations"), QStringLiteral("booths")}) {
        const QStringList list {QStringLiteral("list"), what, QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("--db")};
        const CliRun before = CliRun::run(list + QStringList {original});
        const CliRun after = CliRun::run(list + QStringList {back});
        INFO(what.toStdString());
        REQUIRE(before.exitCode == 0);
        CHECK_FALSE(before.jsonArray().isEmpty());
        CHECK(after.out == before.out);
    }

    const CliRun again = CliRun::run({QStringLiteral("copy-db"), original, url});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("is not empty")));
    const CliRun usage = CliRun::run({QStringLiteral("copy-db"), original});
    CHECK(usage.exitCode == 2);
}
