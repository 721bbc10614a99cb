#include "PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "CatchQt.h"
#include "PostgresConnection.h"

namespace PostgresServer {

QString folder()
{
    const QString server = qEnvironmentVariable("SEMINAR_DESK_POSTGRES_SERVER");
    INFO("SEMINAR_DESK_POSTGRES_SERVER names the tests' PostgreSQL server: ctest starts it (fixture "
         "postgres-server)");
    REQUIRE(server.startsWith(QLatin1Char('/')));
    INFO("the server in " << server.toStdString() << " has not started: see its server.log");
    REQUIRE(QFileInfo::exists(QDir(server).filePath(QStringLiteral("port"))));
    return server;
}

int port()
{
    // postgres-server.sh writes the port once the server accepts connections.
    QFile file(QDir(folder()).filePath(QStringLiteral("port")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    bool isNumber = false;
    const int number = file.readAll().trimmed().toInt(&isNumber);
    REQUIRE(isNumber);
    return number;
}

QString freshDatabase()
{
    // CREATE DATABASE takes no bound values: the name is made here of letters and hex digits only.
    const QString name = QStringLiteral("sd_test_") + QUuid::createUuid().toString(QUuid::Id128);
    PostgresConnection server(QStringLiteral("postgres"));
    const bool opened = server.open();
    INFO("the tests' PostgreSQL server in " << folder().toStdString() << ": " << server.errorText().toStdString());
    REQUIRE(opened);
    {
        QSqlQuery query(server.database());
        const bool created = query.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(name));
        INFO(query.lastError().text().toStdString());
        REQUIRE(created);
    }
    return name;
}

sd::DatabaseUrl urlOf(const QString& name)
{
    auto url = sd::DatabaseUrl::parse(
        QStringLiteral("postgresql://postgres@/%1?host=%2&port=%3").arg(name, folder()).arg(port()));
    INFO(url.error().toStdString());
    REQUIRE(url.ok());
    return *url;
}

QString createOwner(const QString& name, const QString& password)
{
    // CREATE ROLE takes no bound values: the role's name is made here, the password is the test's own.
    const QString role = QStringLiteral("owner_") + QUuid::createUuid().toString(QUuid::Id128);
    PostgresConnection server(QStringLiteral("postgres"));
    REQUIRE(server.open());
    for (const QString& sql : {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password),
                               QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(name, role)}) {
        QSqlQuery query(server.database());
        const bool done = query.exec(sql);
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(done);
    }
    return role;
}

sd::DatabaseUrl tcpUrlOf(const QString& name, const QString& role)
{
    auto url = sd::DatabaseUrl::parse(
        QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=disable").arg(role).arg(port()).arg(name));
    INFO(url.error().toStdString());
    REQUIRE(url.ok());
    return *url;
}

} // namespace PostgresServer
