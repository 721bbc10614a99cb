#include "SecondPostgresServer.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "CatchQt.h"
#include "PostgresServer.h"

namespace {

// Runs postgres-server.sh with ARGUMENTS; gives its error output when it fails, else "".
QString runScript(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("sh"),
                  QStringList {QStringLiteral(SEMINAR_DESK_SOURCE_DIR "/tests/postgres/postgres-server.sh")}
                      + arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromUtf8(process.readAllStandardError()) + QStringLiteral(" (failed)");
    return QString();
}

void requireScript(const QStringList& arguments)
{
    const QString failure = runScript(arguments);
    INFO("postgres-server.sh " << arguments.join(QLatin1Char(' ')).toStdString() << ": " << failure.toStdString());
    REQUIRE(failure.isEmpty());
}

} // namespace

SecondPostgresServer::SecondPostgresServer(int number)
    : m_folder(PostgresServer::folder() + QStringLiteral("-%1").arg(number))
    , m_port(PostgresServer::port() + 1000 * number)
{
    REQUIRE(number >= 1);
    REQUIRE(number <= 9);
    requireScript({QStringLiteral("start"), m_folder, QString::number(m_port)});
}

SecondPostgresServer::~SecondPostgresServer()
{
    // A destructor may not fail the test; the next start makes a fresh cluster anyway.
    runScript({QStringLiteral("stop"), m_folder});
}

void SecondPostgresServer::halt()
{
    requireScript({QStringLiteral("halt"), m_folder});
}

void SecondPostgresServer::resume()
{
    requireScript({QStringLiteral("resume"), m_folder});
}

sd::DatabaseUrl SecondPostgresServer::urlOf(const QString& name) const
{
    auto url = sd::DatabaseUrl::parse(
        QStringLiteral("postgresql://postgres@/%1?host=%2&port=%3").arg(name, m_folder).arg(m_port));
    INFO(url.error().toStdString());
    REQUIRE(url.ok());
    return *url;
}

void SecondPostgresServer::run(const QStringList& statements) const
{
    const QString name = QStringLiteral("second-postgres-server-%1").arg(m_port);
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        connection.setHostName(m_folder);
        connection.setPort(m_port);
        connection.setDatabaseName(QStringLiteral("postgres"));
        connection.setUserName(QStringLiteral("postgres"));
        const bool opened = connection.open();
        INFO(connection.lastError().text().toStdString());
        CHECK(opened);
        QSqlQuery query(connection);
        for (const QString& statement : statements) {
            const bool ran = opened && query.exec(statement);
            INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
            CHECK(ran);
        }
    }
    QSqlDatabase::removeDatabase(name);
}
