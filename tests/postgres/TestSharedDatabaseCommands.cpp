// The commands on a database of the tests' PostgreSQL server, end to end: --db postgresql://...,
// and the password that never comes on the command line.
#include <catch2/catch.hpp>

#include <QJsonObject>

#include "core/data/ServerPassword.h"
#include "support/CatchQt.h"
#include "support/CliRun.h"
#include "support/PostgresServer.h"

namespace {

// The password of the roles these tests create; a constant of the test, never typed by anyone.
const QString ownerPassword = QStringLiteral("owner-Password-1");

// Where libpq looks for a password, emptied for the commands: no PGPASSWORD, no ~/.pgpass.
const QStringList noPassword {QStringLiteral("PGPASSWORD="), QStringLiteral("PGPASSFILE=/nonexistent/.pgpass")};

CliRun listSeminars(const QString& address, const QStringList& environment = noPassword)
{
    return CliRun::runWithEnvironment({QStringLiteral("list"), QStringLiteral("seminars"), QStringLiteral("--db"),
                                       address, QStringLiteral("--format"), QStringLiteral("json")},
                                      environment);
}

} // namespace

TEST_CASE("list seminars --db postgresql://… opens an empty server database and lists none", "[cli]")
{
    const QString address = PostgresServer::urlOf(PostgresServer::freshDatabase()).toString();
    const CliRun list = listSeminars(address);
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    CHECK(list.jsonArray().isEmpty());
}

TEST_CASE("demo fills an empty server database, which list then shows, and refuses a second time", "[cli]")
{
    const QString address = PostgresServer::urlOf(PostgresServer::freshDatabase()).toString();
    const CliRun demo
        = CliRun::run({QStringLiteral("demo"), address, QStringLiteral("--attendees"), QStringLiteral("12")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.trimmed() == QStringLiteral("Filled %1 with the demo seminar and 12 attendees.").arg(address));

    const CliRun list = listSeminars(address);
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    const QJsonArray seminars = list.jsonArray();
    REQUIRE(seminars.size() == 1);
    CHECK(
        seminars.first().toObject()[QStringLiteral("title_ja")].toString().startsWith(QStringLiteral("チーム北九州")));

    const CliRun again = CliRun::run({QStringLiteral("demo"), address});
    CHECK(again.exitCode == 1);
    CHECK(again.err.trimmed()
          == QStringLiteral("“%1” already holds seminars or people; the demo is only written to an empty database.")
                 .arg(address));
}

TEST_CASE("A server that asks for a password is told it through PGPASSWORD or ~/.pgpass, never the command line",
          "[cli]")
{
    const QString database = PostgresServer::freshDatabase();
    const QString role = PostgresServer::createOwner(database, ownerPassword);
    const sd::DatabaseUrl url = PostgresServer::tcpUrlOf(database, role);

    const CliRun refused = listSeminars(url.toString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.trimmed() == sd::ServerPassword::commandMessage(url));
    CHECK(refused.err.contains(QStringLiteral("PGPASSWORD")));

    const CliRun withVariable = listSeminars(url.toString(), {QStringLiteral("PGPASSWORD=") + ownerPassword});
    INFO(withVariable.err.toStdString());
    CHECK(withVariable.exitCode == 0);
    CHECK(withVariable.jsonArray().isEmpty());

    // A password in the address is refused before anything connects.
    QString withPassword = url.toString();
    withPassword.replace(role + QLatin1Char('@'), role + QLatin1Char(':') + ownerPassword + QLatin1Char('@'));
    const CliRun inAddress = listSeminars(withPassword);
    CHECK(inAddress.exitCode == 1);
    CHECK(inAddress.err.contains(QStringLiteral("contains a password")));
    CHECK_FALSE(inAddress.err.contains(ownerPassword));
}

TEST_CASE("ServerPassword tells a server that wants a password from one that does not, or cannot be reached")
{
    const QString database = PostgresServer::freshDatabase();
    const QString role = PostgresServer::createOwner(database, ownerPassword);
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/.pgpass");
    CHECK(sd::ServerPassword::isMissing(PostgresServer::tcpUrlOf(database, role)));
    CHECK_FALSE(sd::ServerPassword::isMissing(PostgresServer::urlOf(database))); // the socket trusts
    auto unreachable = sd::DatabaseUrl::parse(QStringLiteral("postgresql://desk@127.0.0.1:1/none?connect_timeout=2"));
    REQUIRE(unreachable.ok());
    CHECK_FALSE(sd::ServerPassword::isMissing(*unreachable));
    qputenv("PGPASSWORD", ownerPassword.toUtf8());
    CHECK_FALSE(sd::ServerPassword::isMissing(PostgresServer::tcpUrlOf(database, role)));
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
}

TEST_CASE("check of a server database says it checks SQLite files and what checks a server", "[cli]")
{
    const QString address = PostgresServer::urlOf(PostgresServer::freshDatabase()).toString();
    const CliRun check = CliRun::run({QStringLiteral("check"), QStringLiteral("--db"), address});
    CHECK(check.exitCode == 2);
    CHECK(check.err.startsWith(
        QStringLiteral("seminar-desk check: checks SQLite database files. “%1” is a database on a PostgreSQL server")
            .arg(address)));
    CHECK(check.out.isEmpty());
}
