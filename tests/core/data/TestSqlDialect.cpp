#include <catch2/catch.hpp>

#include <QDir>

#include "core/data/Database.h"
#include "core/data/SqlDialect.h"
#include "core/data/SqlStatement.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

const SqlDialect sqlite(SqlDialect::Engine::Sqlite);
const SqlDialect postgres(SqlDialect::Engine::PostgreSql);

} // namespace

TEST_CASE("SqlDialect keeps one numbering of the migrations in both folders")
{
    const QStringList sqliteNames = QDir(sqlite.migrationFolder()).entryList(QDir::Files, QDir::Name);
    const QStringList postgresNames = QDir(postgres.migrationFolder()).entryList(QDir::Files, QDir::Name);
    CHECK(sqliteNames.size() == Database::latestSchemaVersion());
    CHECK(postgresNames == sqliteNames);
}

TEST_CASE("SqlDialect's SQLite statements keep the version in the file's header")
{
    TestDatabaseFile file;
    const Database& database = file.database();
    CHECK(database.dialect().engine() == SqlDialect::Engine::Sqlite);
    SqlStatement version(database, sqlite.readVersion());
    REQUIRE(version.exec().ok());
    REQUIRE(version.next());
    CHECK(version.value(0).toInt() == Database::latestSchemaVersion());
    for (const QString& statement : sqlite.writeVersion(Database::latestSchemaVersion()))
        REQUIRE(runStatement(database, statement).ok());
    CHECK(database.schemaVersion() == Database::latestSchemaVersion());

    SqlStatement table(database, sqlite.tableExists());
    REQUIRE(table.exec({QStringLiteral("attendee")}).ok());
    REQUIRE(table.next());
    CHECK(table.value(0).toInt() == 1);
    REQUIRE(table.exec({QStringLiteral("no_such_table")}).ok());
    REQUIRE(table.next());
    CHECK(table.value(0).toInt() == 0);
    CHECK(sqlite.migrationLock().isEmpty());
    CHECK(sqlite.returningId().isEmpty());
    CHECK(sqlite.beginWrite() == QStringList {QStringLiteral("BEGIN IMMEDIATE")});
}

TEST_CASE("SqlDialect's PostgreSQL statements name its own means")
{
    CHECK(postgres.beginWrite() == QStringList {QStringLiteral("BEGIN"), postgres.migrationLock()});
    CHECK(postgres.returningId() == QStringLiteral(" RETURNING id"));
    CHECK(postgres.readVersion().contains(QStringLiteral("database_property")));
    CHECK(postgres.writeVersion(7).join(QString()).contains(QStringLiteral("'7'")));
    CHECK(postgres.migrationLock().contains(QStringLiteral("pg_advisory_xact_lock")));
    CHECK(postgres.announceChange() == QStringLiteral("NOTIFY seminar_desk_changes"));
    CHECK(sqlite.announceChange().isEmpty());
}

TEST_CASE("SqlDialect tells a broken constraint from either engine's error")
{
    using Constraint = SqlDialect::Constraint;
    const QString sqliteUnique
        = QStringLiteral("UNIQUE constraint failed: registration.seminar_id, registration.attendee_id");
    CHECK(sqlite.broke(Constraint::Unique, QString(), sqliteUnique, QStringLiteral("registration"),
                       {QStringLiteral("seminar_id"), QStringLiteral("attendee_id")}));
    CHECK_FALSE(sqlite.broke(Constraint::Unique, QString(), sqliteUnique, QStringLiteral("registration"),
                             {QStringLiteral("checkin_code")}));
    CHECK(sqlite.broke(Constraint::ForeignKey, QString(), QStringLiteral("FOREIGN KEY constraint failed")));
    CHECK_FALSE(sqlite.broke(Constraint::Check, QString(), QStringLiteral("FOREIGN KEY constraint failed")));

    const QString postgresUnique = QStringLiteral(
        "ERROR:  duplicate key value violates unique constraint \"registration_seminar_id_attendee_id_key\"\n"
        "DETAIL:  Key (seminar_id, attendee_id)=(1, 2) already exists.");
    CHECK(postgres.broke(Constraint::Unique, QStringLiteral("23505"), postgresUnique, QStringLiteral("registration"),
                         {QStringLiteral("seminar_id"), QStringLiteral("attendee_id")}));
    CHECK_FALSE(postgres.broke(Constraint::Unique, QStringLiteral("23505"), postgresUnique,
                               QStringLiteral("registration"), {QStringLiteral("checkin_code")}));
    CHECK_FALSE(postgres.broke(Constraint::ForeignKey, QStringLiteral("23505"), postgresUnique));
    CHECK(postgres.broke(Constraint::ForeignKey, QStringLiteral("23503"), QString()));
    CHECK(postgres.broke(Constraint::Check, QStringLiteral("23514"), QString()));
}
