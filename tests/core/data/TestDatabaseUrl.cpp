#include <catch2/catch.hpp>

#include <QSqlDatabase>

#include "core/data/DatabaseUrl.h"
#include "support/CatchQt.h"

using namespace sd;

namespace {

DatabaseUrl parsed(const QString& text)
{
    auto url = DatabaseUrl::parse(text);
    INFO(url.error().toStdString());
    REQUIRE(url.ok());
    return *url;
}

QString refusal(const QString& text)
{
    auto url = DatabaseUrl::parse(text);
    REQUIRE_FALSE(url.ok());
    return url.error();
}

} // namespace

TEST_CASE("DatabaseUrl tells an address from a file's path")
{
    CHECK(DatabaseUrl::isUrl(QStringLiteral("postgresql://desk@db.example/seminars")));
    CHECK(DatabaseUrl::isUrl(QStringLiteral("postgres://desk@db.example/seminars")));
    CHECK(DatabaseUrl::isUrl(QStringLiteral("mysql://desk@db.example/seminars")));
    CHECK_FALSE(DatabaseUrl::isUrl(QStringLiteral("seminars.sqlite")));
    CHECK_FALSE(DatabaseUrl::isUrl(QStringLiteral("/home/desk/seminars.sqlite")));
    CHECK_FALSE(DatabaseUrl::isUrl(QStringLiteral("C:/seminars.sqlite")));
    CHECK_FALSE(DatabaseUrl::isUrl(QStringLiteral("./postgresql://x")));
}

TEST_CASE("DatabaseUrl reads user, host, port, database and settings")
{
    const DatabaseUrl url = parsed(QStringLiteral("postgresql://desk@db.example:5433/seminars?sslmode=require"));
    CHECK(url.userName() == QStringLiteral("desk"));
    CHECK(url.host() == QStringLiteral("db.example"));
    CHECK(url.port() == 5433);
    CHECK(url.databaseName() == QStringLiteral("seminars"));
    CHECK(url.sslMode() == QStringLiteral("require"));
    CHECK(url.connectOptions() == QStringLiteral("sslmode=require"));
    CHECK(url.toString() == QStringLiteral("postgresql://desk@db.example:5433/seminars?sslmode=require"));

    const DatabaseUrl plain = parsed(QStringLiteral("postgres://desk@localhost/seminars"));
    CHECK(plain.port() == -1);
    CHECK(plain.sslMode().isEmpty());
    CHECK(plain.connectOptions().isEmpty());
    CHECK(plain.toString() == QStringLiteral("postgresql://desk@localhost/seminars"));
    CHECK(parsed(QStringLiteral("POSTGRESQL://desk@localhost/seminars")).host() == QStringLiteral("localhost"));
}

TEST_CASE("DatabaseUrl decodes percent signs in every part")
{
    const DatabaseUrl url = parsed(QStringLiteral("postgresql://%E5%8F%97%E4%BB%98@db.example/semi%20nars"));
    CHECK(url.userName() == QStringLiteral("受付"));
    CHECK(url.databaseName() == QStringLiteral("semi nars"));
    CHECK(url.toString() == QStringLiteral("postgresql://%E5%8F%97%E4%BB%98@db.example/semi%20nars"));
    // An @ written as %40 is part of the user's name, not the end of it.
    CHECK(parsed(QStringLiteral("postgresql://desk%40office@db.example/seminars")).userName()
          == QStringLiteral("desk@office"));
}

TEST_CASE("DatabaseUrl takes a socket folder or an IPv6 address as the host")
{
    const DatabaseUrl socket = parsed(QStringLiteral("postgresql://desk@/seminars?host=%2Frun%2Fpostgresql&port=5433"));
    CHECK(socket.host() == QStringLiteral("/run/postgresql"));
    CHECK(socket.port() == 5433);
    CHECK(socket.toString() == QStringLiteral("postgresql://desk@/seminars?host=%2Frun%2Fpostgresql&port=5433"));
    CHECK(parsed(QStringLiteral("postgresql://desk@/seminars?host=/tmp/my sockets")).host()
          == QStringLiteral("/tmp/my sockets"));

    const DatabaseUrl v6 = parsed(QStringLiteral("postgresql://desk@[::1]:5432/seminars"));
    CHECK(v6.host() == QStringLiteral("::1"));
    CHECK(v6.port() == 5432);
    CHECK(v6.toString() == QStringLiteral("postgresql://desk@[::1]:5432/seminars"));
}

TEST_CASE("DatabaseUrl gives QPSQL its settings")
{
    const DatabaseUrl url = parsed(QStringLiteral(
        "postgresql://desk@db.example:6543/seminars?sslmode=verify-full&sslrootcert=/etc/ca's.pem&connect_timeout=5"));
    CHECK(url.connectOptions()
          == QStringLiteral("sslmode=verify-full;sslrootcert='/etc/ca\\'s.pem';connect_timeout=5"));
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("url-test"));
    url.applyTo(database);
    CHECK(database.hostName() == QStringLiteral("db.example"));
    CHECK(database.port() == 6543);
    CHECK(database.databaseName() == QStringLiteral("seminars"));
    CHECK(database.userName() == QStringLiteral("desk"));
    CHECK(database.connectOptions() == url.connectOptions());
    database = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("url-test"));
}

TEST_CASE("DatabaseUrl refuses a password without repeating it")
{
    const QString message = refusal(QStringLiteral("postgresql://desk:s3cret@db.example/seminars"));
    CHECK(message.contains(QStringLiteral("password")));
    CHECK(message.contains(QStringLiteral("postgresql://desk@db.example/seminars")));
    CHECK(message.contains(QStringLiteral("~/.pgpass")));
    CHECK_FALSE(message.contains(QStringLiteral("s3cret")));
    CHECK_FALSE(refusal(QStringLiteral("postgresql://desk:@db.example/seminars")).contains(QStringLiteral("desk:")));
}

TEST_CASE("DatabaseUrl refuses bad addresses naming what is wrong")
{
    CHECK(refusal(QStringLiteral("mysql://desk@db.example/seminars"))
              .contains(QStringLiteral("not the address of a PostgreSQL database")));
    CHECK(refusal(QStringLiteral("postgresql://db.example/seminars")).contains(QStringLiteral("names no user")));
    CHECK(refusal(QStringLiteral("postgresql://desk@db.example")).contains(QStringLiteral("names no database")));
    CHECK(refusal(QStringLiteral("postgresql://desk@db.example/")).contains(QStringLiteral("names no database")));
    CHECK(refusal(QStringLiteral("postgresql://desk@/seminars")).contains(QStringLiteral("names no host")));
    CHECK(refusal(QStringLiteral("postgresql://desk@db.example:54x/seminars")).contains(QStringLiteral("“54x”")));
    CHECK(
        refusal(QStringLiteral("postgresql://desk@db.example:70000/seminars")).contains(QStringLiteral("1 to 65535")));
    CHECK(refusal(QStringLiteral("postgresql://desk@db.example:/seminars")).contains(QStringLiteral("port")));
    CHECK(refusal(QStringLiteral("postgresql://desk@[::1/seminars")).contains(QStringLiteral("]")));
    CHECK(refusal(QStringLiteral("postgresql://desk@db.example/semi%2xnars")).contains(QStringLiteral("%25")));
    CHECK(refusal(QStringLiteral("postgresql://desk@db.example/seminars?sslmode=sometimes"))
              .contains(QStringLiteral("verify-full")));
    CHECK(refusal(QStringLiteral("postgresql://desk@db.example/seminars?password=x"))
              .contains(QStringLiteral("“password”")));
    CHECK(refusal(QStringLiteral("postgresql://desk@db.example/seminars?host=/tmp"))
              .contains(QStringLiteral("host twice")));
    CHECK(refusal(QStringLiteral("postgresql://desk@db.example:5432/seminars?port=5433"))
              .contains(QStringLiteral("port twice")));
    CHECK(refusal(QStringLiteral("postgresql://desk@db.example/seminars?sslmode=require&sslmode=disable"))
              .contains(QStringLiteral("sslmode twice")));
    CHECK(refusal(QStringLiteral("postgresql://desk@db.example/seminars?sslrootcert=/a;b"))
              .contains(QStringLiteral(";")));
    CHECK(refusal(QStringLiteral("postgresql://desk@db.example/seminars?connect_timeout=soon"))
              .contains(QStringLiteral("seconds")));
}

TEST_CASE("DatabaseUrl builds the address of a form's fields")
{
    const auto url = DatabaseUrl::fromParts(QStringLiteral("db.example"), 5433, QStringLiteral("seminars 2027"),
                                            QStringLiteral("desk"), QStringLiteral("require"));
    REQUIRE(url.ok());
    CHECK(url->toString() == QStringLiteral("postgresql://desk@db.example:5433/seminars%202027?sslmode=require"));
    CHECK(url->databaseName() == QStringLiteral("seminars 2027"));
    CHECK(url->displayName() == QStringLiteral("desk@db.example/seminars 2027"));

    const auto socket = DatabaseUrl::fromParts(QStringLiteral("/run/postgresql"), 5432, QStringLiteral("seminars"),
                                               QStringLiteral("desk"), QString());
    REQUIRE(socket.ok());
    CHECK(socket->host() == QStringLiteral("/run/postgresql"));
    CHECK(socket->port() == 5432);
    CHECK(socket->sslMode().isEmpty());

    const auto ipv6 = DatabaseUrl::fromParts(QStringLiteral("::1"), 5432, QStringLiteral("seminars"),
                                             QStringLiteral("desk"), QStringLiteral("disable"));
    REQUIRE(ipv6.ok());
    CHECK(ipv6->host() == QStringLiteral("::1"));

    // What a user types is never taken as a part of the address's syntax.
    const auto odd = DatabaseUrl::fromParts(QStringLiteral("db.example"), 5432, QStringLiteral("a?b/c"),
                                            QStringLiteral("me@office:x"), QString());
    REQUIRE(odd.ok());
    CHECK(odd->userName() == QStringLiteral("me@office:x"));
    CHECK(odd->databaseName() == QStringLiteral("a?b/c"));

    CHECK_FALSE(
        DatabaseUrl::fromParts(QString(), 5432, QStringLiteral("seminars"), QStringLiteral("desk"), QString()).ok());
}
