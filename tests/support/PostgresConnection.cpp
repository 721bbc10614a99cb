#include "PostgresConnection.h"

#include <atomic>

#include <QSqlError>

#include "CatchQt.h"
#include "PostgresServer.h"

namespace {

// A test that waits for a server which went away fails within seconds instead of hanging.
const QString timeoutOption = QStringLiteral("connect_timeout=10");

QString uniqueConnectionName()
{
    static std::atomic<int> count {0};
    return QStringLiteral("postgres-test-%1").arg(++count);
}

QSqlDatabase addConnection(const QString& name, const QString& database)
{
    INFO("Qt's PostgreSQL driver QPSQL is missing: install libqt6sql6-psql (packaging/install-deps.sh)");
    REQUIRE(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
    // Asked first: without a server the test fails here, before Qt holds a connection under NAME.
    const int port = PostgresServer::port();
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    connection.setDatabaseName(database);
    connection.setPort(port);
    return connection;
}

} // namespace

PostgresConnection::PostgresConnection(const QString& database)
    : m_name(uniqueConnectionName())
{
    // libpq takes a host name that starts with a slash as the folder of the server's socket.
    const QString socketFolder = PostgresServer::folder();
    QSqlDatabase connection = addConnection(m_name, database);
    connection.setHostName(socketFolder);
    connection.setUserName(QStringLiteral("postgres"));
    connection.setConnectOptions(timeoutOption);
}

PostgresConnection::PostgresConnection(const QString& database, const QString& role, const QString& password,
                                       const QString& sslMode)
    : m_name(uniqueConnectionName())
{
    QSqlDatabase connection = addConnection(m_name, database);
    connection.setHostName(QStringLiteral("127.0.0.1"));
    connection.setUserName(role);
    connection.setPassword(password);
    connection.setConnectOptions(QStringLiteral("%1;sslmode=%2").arg(timeoutOption, sslMode));
}

PostgresConnection::~PostgresConnection()
{
    database().close();
    QSqlDatabase::removeDatabase(m_name);
}

bool PostgresConnection::open()
{
    QSqlDatabase connection = database();
    return connection.open();
}

QString PostgresConnection::errorText() const
{
    return database().lastError().text();
}

QSqlDatabase PostgresConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}
