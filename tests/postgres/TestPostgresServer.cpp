// The tests' own PostgreSQL server (fixture postgres-server): what the tests on PostgreSQL rely on.
#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include "support/CatchQt.h"
#include "support/PostgresConnection.h"
#include "support/PostgresServer.h"

namespace {

// The password of the roles these tests create; a constant of the test, never typed by anyone.
const QString rolePassword = QStringLiteral("desk-Password-1");

// The first column of the first row of SQL's answer on CONNECTION.
QVariant valueOf(const PostgresConnection& connection, const QString& sql)
{
    QSqlQuery query(connection.database());
    const bool answered = query.exec(sql) && query.next();
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(answered);
    return query.value(0);
}

// Opens CONNECTION and fails the test with the server's reason when it cannot.
void requireOpen(PostgresConnection& connection)
{
    const bool opened = connection.open();
    INFO(connection.errorText().toStdString());
    REQUIRE(opened);
}

// Creates a role that may log in with rolePassword (CREATE ROLE takes no bound values: its name is
// made here of letters and hex digits) and gives its name.
QString createdRole()
{
    const QString role = QStringLiteral("desk_") + QUuid::createUuid().toString(QUuid::Id128);
    PostgresConnection superuser(QStringLiteral("postgres"));
    requireOpen(superuser);
    QSqlQuery query(superuser.database());
    const bool created = query.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, rolePassword));
    INFO(query.lastError().text().toStdString());
    REQUIRE(created);
    return role;
}

int userTableCount(const PostgresConnection& connection)
{
    return valueOf(connection,
                   QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                  "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"))
        .toInt();
}

} // namespace

TEST_CASE("The tests' PostgreSQL server is PostgreSQL 15 and keeps its databases in UTF-8")
{
    PostgresConnection connection(PostgresServer::freshDatabase());
    requireOpen(connection);
    const int version = valueOf(connection, QStringLiteral("SHOW server_version_num")).toInt();
    CHECK(version >= 150000);
    CHECK(version < 160000);
    CHECK(valueOf(connection, QStringLiteral("SHOW server_encoding")).toString() == QStringLiteral("UTF8"));
    CHECK(valueOf(connection,
                  QStringLiteral("SELECT pg_encoding_to_char(encoding) FROM pg_database "
                                 "WHERE datname = current_database()"))
              .toString()
          == QStringLiteral("UTF8"));
    CHECK(valueOf(connection, QStringLiteral("SHOW lc_collate")).toString() == QStringLiteral("C.UTF-8"));
    // Japanese text goes in and comes back as it was.
    const QString name = QStringLiteral("山田 太郎");
    QSqlQuery query(connection.database());
    REQUIRE(query.prepare(QStringLiteral("SELECT ?::text, length(?::text)")));
    query.addBindValue(name);
    query.addBindValue(name);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == name);
    CHECK(query.value(1).toInt() == 5);
}

TEST_CASE("Two fresh databases on the tests' server are distinct and empty")
{
    const QString firstName = PostgresServer::freshDatabase();
    const QString secondName = PostgresServer::freshDatabase();
    CHECK(firstName != secondName);
    PostgresConnection first(firstName);
    PostgresConnection second(secondName);
    requireOpen(first);
    requireOpen(second);
    CHECK(valueOf(first, QStringLiteral("SELECT current_database()")).toString() == firstName);
    CHECK(valueOf(second, QStringLiteral("SELECT current_database()")).toString() == secondName);
    CHECK(userTableCount(first) == 0);
    CHECK(userTableCount(second) == 0);

    QSqlQuery create(first.database());
    REQUIRE(create.exec(QStringLiteral("CREATE TABLE venue (id integer PRIMARY KEY, name text NOT NULL)")));
    CHECK(userTableCount(first) == 1);
    CHECK(userTableCount(second) == 0);
}

TEST_CASE("A connection over TCP to the tests' server is encrypted when it asks for TLS and only then")
{
    const QString database = PostgresServer::freshDatabase();
    const QString role = createdRole();
    const QString sslQuery = QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()");

    PostgresConnection encrypted(database, role, rolePassword, QStringLiteral("require"));
    requireOpen(encrypted);
    CHECK(valueOf(encrypted, sslQuery).toBool());
    CHECK(valueOf(encrypted, QStringLiteral("SELECT current_user")).toString() == role);

    PostgresConnection plain(database, role, rolePassword, QStringLiteral("disable"));
    requireOpen(plain);
    CHECK_FALSE(valueOf(plain, sslQuery).toBool());
}

TEST_CASE("A role logs in to the tests' server over TCP with its password and not with a wrong one")
{
    const QString database = PostgresServer::freshDatabase();
    const QString role = createdRole();
    const auto sslMode = GENERATE(QStringLiteral("require"), QStringLiteral("disable"));
    INFO("sslmode=" << sslMode.toStdString());

    PostgresConnection rightPassword(database, role, rolePassword, sslMode);
    requireOpen(rightPassword);
    CHECK(valueOf(rightPassword, QStringLiteral("SELECT session_user")).toString() == role);

    PostgresConnection wrongPassword(database, role, QStringLiteral("not-the-password"), sslMode);
    CHECK_FALSE(wrongPassword.open());
    CHECK(wrongPassword.errorText().contains(QStringLiteral("password authentication failed")));

    PostgresConnection noPassword(database, role, QString(), sslMode);
    CHECK_FALSE(noPassword.open());
}
