// The schema on PostgreSQL: its migrations make the SQLite schema's twin, and Database opens,
// migrates and refuses server databases as it does files.
#include <catch2/catch.hpp>

#include <thread>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "core/data/Database.h"
#include "core/data/DatabaseUrl.h"
#include "core/data/SchemaDescription.h"
#include "core/data/SqlStatement.h"
#include "support/PostgresConnection.h"
#include "support/PostgresServer.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

std::unique_ptr<Database> opened(const QString& name)
{
    auto database = Database::open(PostgresServer::urlOf(name));
    INFO(database.error().toStdString());
    REQUIRE(database.ok());
    return std::move(*database);
}

// Runs each of STATEMENTS on the database NAME outside Seminar Desk; a statement may hold several.
void runRaw(const QString& name, const QStringList& statements)
{
    PostgresConnection connection(name);
    REQUIRE(connection.open());
    QSqlQuery query(connection.database());
    for (const QString& statement : statements) {
        const bool ran = query.exec(statement);
        INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(ran);
    }
}

// The first column of each row SQL gives on the database NAME, read outside Seminar Desk.
QStringList readRaw(const QString& name, const QString& sql)
{
    PostgresConnection connection(name);
    REQUIRE(connection.open());
    QSqlQuery query(connection.database());
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(query.exec(sql));
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

// Makes NAME a Seminar Desk database of data VERSION as that version's PostgreSQL migrations left it
// (without the C++ steps), then runs ROWS in it.
void writeOldPostgresDatabase(const QString& name, int version, const QStringList& rows)
{
    const QString folder = QStringLiteral(":/migrations/postgresql/");
    QStringList statements;
    for (const QString& file : QDir(folder).entryList(QDir::Files, QDir::Name)) {
        if (file.left(3).toInt() > version)
            break;
        QFile migration(folder + file);
        REQUIRE(migration.open(QIODevice::ReadOnly));
        // A migration of comments alone (002, 006) is no query to the server.
        const QString sql = QString::fromUtf8(migration.readAll());
        if (!sql.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^\\s*[^-\\s]"))).isEmpty())
            statements.append(sql);
    }
    statements
        << QStringLiteral("INSERT INTO database_property (name, value) VALUES ('data_version', '%1')").arg(version)
        << rows;
    runRaw(name, statements);
}

} // namespace

TEST_CASE("The PostgreSQL migrations make the same schema as the SQLite ones")
{
    TestDatabaseFile file;
    auto server = opened(PostgresServer::freshDatabase());
    auto sqlite = SchemaDescription::read(file.database());
    auto postgres = SchemaDescription::read(*server);
    INFO(sqlite.error().toStdString() << postgres.error().toStdString());
    REQUIRE(sqlite.ok());
    REQUIRE(postgres.ok());
    const QStringList differences = sqlite->differencesFrom(*postgres);
    INFO("- SQLite only, + PostgreSQL only:\n" << differences.join(QLatin1Char('\n')).toStdString());
    CHECK(differences.isEmpty());
    // Both were read, not two empty descriptions alike.
    CHECK(postgres->tables().size() == 16);
    CHECK(postgres->lines().size() > 200);
}

TEST_CASE("A PostgreSQL database opened twice is migrated once and keeps its rows")
{
    const QString name = PostgresServer::freshDatabase();
    qint64 venueId = 0;
    {
        auto database = opened(name);
        CHECK(database->schemaVersion() == Database::latestSchemaVersion());
        CHECK(database->path() == PostgresServer::urlOf(name).toString());
        CHECK(database->dialect().engine() == SqlDialect::Engine::PostgreSql);
        // QPSQL's lastInsertId knows no identity column: the id comes back by RETURNING.
        auto first
            = insertRow(*database, QStringLiteral("INSERT INTO venue (name) VALUES (?)"), {QStringLiteral("会館")});
        auto second
            = insertRow(*database, QStringLiteral("INSERT INTO venue (name) VALUES (?)"), {QStringLiteral("Hall")});
        REQUIRE(first.ok());
        REQUIRE(second.ok());
        CHECK(*second == *first + 1);
        venueId = *second;
    }
    // The row that keeps the version is the one the first opening wrote: nothing was migrated again.
    const QString versionRow
        = QStringLiteral("SELECT xmin::text || ' ' || value FROM database_property WHERE name = 'data_version'");
    const QStringList before = readRaw(name, versionRow);
    auto again = opened(name);
    CHECK(again->schemaVersion() == Database::latestSchemaVersion());
    CHECK(readRaw(name, versionRow) == before);
    CHECK(readRaw(name, QStringLiteral("SELECT name FROM venue WHERE id = %1").arg(venueId))
          == QStringList {QStringLiteral("Hall")});
}

TEST_CASE("A PostgreSQL database of a newer Seminar Desk is refused and left as it was")
{
    const QString name = PostgresServer::freshDatabase();
    opened(name).reset();
    const int newer = Database::latestSchemaVersion() + 1;
    runRaw(name, {QStringLiteral("UPDATE database_property SET value = '%1' WHERE name = 'data_version'").arg(newer)});
    auto refused = Database::open(PostgresServer::urlOf(name));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error()
          == QStringLiteral("“%1” was written by a newer version of Seminar Desk (data version %2; this version "
                            "understands up to %3). Open it with a newer Seminar Desk.")
                 .arg(PostgresServer::urlOf(name).toString())
                 .arg(newer)
                 .arg(Database::latestSchemaVersion()));
    CHECK(readRaw(name, QStringLiteral("SELECT value FROM database_property WHERE name = 'data_version'"))
          == QStringList {QString::number(newer)});
}

TEST_CASE("A PostgreSQL database holding another program's tables is refused and left as it was")
{
    const QString name = PostgresServer::freshDatabase();
    runRaw(name, {QStringLiteral("CREATE TABLE invoice (id integer PRIMARY KEY)")});
    auto refused = Database::open(PostgresServer::urlOf(name));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("holds tables of another program")));
    CHECK(readRaw(name, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
          == QStringList {QStringLiteral("invoice")});
}

TEST_CASE("A server that cannot be reached is named in the message")
{
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://postgres@/no_such_database?host=%1&port=%2")
                                      .arg(PostgresServer::folder())
                                      .arg(PostgresServer::port()));
    REQUIRE(url.ok());
    auto refused = Database::open(*url);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().startsWith(QStringLiteral("Could not connect to “%1”: ").arg(url->toString())));
    CHECK(refused.error().contains(QStringLiteral("no_such_database")));
}

TEST_CASE("An older PostgreSQL database is migrated with its rows, the C++ steps included")
{
    const QString name = PostgresServer::freshDatabase();
    writeOldPostgresDatabase(
        name, 5,
        {QStringLiteral("INSERT INTO attendee (id, family_name, given_name, family_reading, given_reading, updated_at) "
                        "VALUES (1, '山崎', '麻衣', 'やまざき', 'ﾏｲ', 'u')"),
         QStringLiteral("INSERT INTO contact (id, name, reading) VALUES (1, '通訳 一子', 'つうやく かずこ')"),
         QStringLiteral("INSERT INTO seminar (id, title_en, starts_at, ends_at, programme) VALUES "
                        "(3, 'With a programme', '2027-02-12T13:30:00', '2027-02-12T17:00:00', "
                        "E'13:30 開会挨拶 / Opening remarks\\n15:30～15:45 休憩 / Break'), "
                        "(4, 'Without one', '2027-03-01T10:00:00', '2027-03-01T12:00:00', '')"),
         QStringLiteral("INSERT INTO booth (seminar_id, name, channel, receivers_issued) VALUES (3, 'ja-en', 1, 40)")});

    auto database = opened(name);
    CHECK(database->schemaVersion() == Database::latestSchemaVersion());
    CHECK(readRaw(name, QStringLiteral("SELECT family_reading || ' ' || given_reading FROM attendee"))
          == QStringList {QStringLiteral("ヤマザキ マイ")});
    CHECK(readRaw(name, QStringLiteral("SELECT reading FROM contact"))
          == QStringList {QStringLiteral("ツウヤク カズコ")});
    CHECK(
        readRaw(name,
                QStringLiteral("SELECT seminar_id || ' ' || position || ' ' || kind || ' ' || "
                               "coalesce(starts_at, '-') || ' ' || title_en FROM programme_item ORDER BY id"))
        == QStringList {QStringLiteral("3 1 session 13:30 Opening remarks"), QStringLiteral("3 2 break 15:30 Break")});
    CHECK(readRaw(name, QStringLiteral("SELECT seminar_id || ' ' || receiver_count FROM receiver_inventory"))
          == QStringList {QStringLiteral("3 40")});
    CHECK(readRaw(name,
                  QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_name = "
                                 "'seminar' AND column_name = 'programme'"))
              .isEmpty());
    // The identity goes on past the ids the old rows were given.
    auto venue = insertRow(*database, QStringLiteral("INSERT INTO venue (name) VALUES (?)"), {QStringLiteral("会館")});
    CHECK(venue.ok());
}

TEST_CASE("Two programs opening one new PostgreSQL database at once both end at the latest version")
{
    const QString name = PostgresServer::freshDatabase();
    const DatabaseUrl url = PostgresServer::urlOf(name);
    QString errors[2];
    int versions[2] = {0, 0};
    {
        std::thread desks[2];
        for (int desk = 0; desk < 2; ++desk) {
            desks[desk] = std::thread([&, desk] {
                auto database = Database::open(url);
                errors[desk] = database.error();
                versions[desk] = database ? (*database)->schemaVersion() : 0;
            });
        }
        for (std::thread& desk : desks)
            desk.join();
    }
    INFO(errors[0].toStdString() << " / " << errors[1].toStdString());
    CHECK(versions[0] == Database::latestSchemaVersion());
    CHECK(versions[1] == Database::latestSchemaVersion());
}

TEST_CASE("A PostgreSQL database is opened as a role with its password, over TLS when the address asks")
{
    const QString name = PostgresServer::freshDatabase();
    // CREATE ROLE takes no bound values: the name is made here of letters and hex digits.
    const QString role = QStringLiteral("desk_") + QUuid::createUuid().toString(QUuid::Id128);
    const QString password = QStringLiteral("desk-Password-1");
    runRaw(name,
           {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password),
            QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(name, role)});
    const auto url = [&](const QString& sslMode) {
        auto parsed = DatabaseUrl::parse(QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=%4")
                                             .arg(role)
                                             .arg(PostgresServer::port())
                                             .arg(name, sslMode));
        REQUIRE(parsed.ok());
        return *parsed;
    };
    const auto encrypted = [](const Database& database) {
        SqlStatement ssl(database, QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        REQUIRE(ssl.exec().ok());
        REQUIRE(ssl.next());
        return ssl.value(0).toBool();
    };

    auto withoutPassword = Database::open(url(QStringLiteral("require")));
    REQUIRE_FALSE(withoutPassword.ok());
    CHECK(withoutPassword.error().startsWith(
        QStringLiteral("Could not connect to “%1”: ").arg(url(QStringLiteral("require")).toString())));
    CHECK(withoutPassword.error().contains(QStringLiteral("password")));

    auto overTls = Database::open(url(QStringLiteral("require")), password);
    INFO(overTls.error().toStdString());
    REQUIRE(overTls.ok());
    CHECK(encrypted(**overTls));
    CHECK((*overTls)->schemaVersion() == Database::latestSchemaVersion());
    overTls->reset();

    auto plain = Database::open(url(QStringLiteral("disable")), password);
    INFO(plain.error().toStdString());
    REQUIRE(plain.ok());
    CHECK_FALSE(encrypted(**plain));
}
