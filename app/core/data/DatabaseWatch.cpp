#include "core/data/DatabaseWatch.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>

#include "core/data/Database.h"
#include "core/data/ServerProbe.h"

namespace sd {

DatabaseWatch::DatabaseWatch(const Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(minimumInterval);
    connect(&m_quiet, &QTimer::timeout, this, &DatabaseWatch::deliver);
    m_look.setInterval(lookInterval);
    connect(&m_look, &QTimer::timeout, this, &DatabaseWatch::look);
    if (database.dialect().engine() == SqlDialect::Engine::PostgreSql) {
        // The driver stays the same when the connection is made again; the LISTEN does not (look()).
        connect(database.currentConnection().driver(), &QSqlDriver::notification, this,
                [this](const QString& channel, QSqlDriver::NotificationSource source) {
                    if (channel == SqlDialect::changeChannel() && source == QSqlDriver::OtherSource)
                        noteChange();
                });
        m_probe = new ServerProbe(database.serverHandle(), this);
        connect(m_probe, &ServerProbe::answered, this, &DatabaseWatch::serverAnswered);
        listen();
    } else {
        m_dataVersion = dataVersion();
    }
    m_look.start();
}

void DatabaseWatch::look()
{
    if (m_database.inTransaction())
        return;
    if (m_database.dialect().engine() == SqlDialect::Engine::PostgreSql) {
        // Connecting here could wait for a dead network with the window frozen: the server is
        // asked first, off this thread.
        if (m_database.serverConnectionLost()) {
            awaitServer();
            return;
        }
        if (m_serverAway) {
            m_serverAway = false;
            Q_EMIT serverReachable(true);
        }
        // What changed while the connection was lost was announced to no one here.
        const bool listensAgain = listen();
        if (takeHeldNotifications() || listensAgain)
            noteChange();
        return;
    }
    const qint64 version = dataVersion();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        noteChange();
    }
}

void DatabaseWatch::awaitServer()
{
    if (!m_serverAway) {
        m_serverAway = true;
        m_sinceAsked.invalidate(); // asked at once: it may be back already
        Q_EMIT serverReachable(false);
    }
    if (m_probe->asking() || (m_sinceAsked.isValid() && !m_sinceAsked.hasExpired(probeInterval.count())))
        return;
    m_sinceAsked.start();
    m_probe->ask();
}

void DatabaseWatch::serverAnswered(bool accepting)
{
    // Inside a transaction, the connection is not made again until it ended: the next look asks again.
    if (!accepting || m_database.inTransaction())
        return;
    m_database.reconnectIfLost();
    look();
}

bool DatabaseWatch::listen()
{
    QSqlDatabase connection = m_database.currentConnection();
    QSqlDriver* driver = connection.driver();
    if (!connection.isOpen() || driver->subscribedToNotifications().contains(SqlDialect::changeChannel()))
        return false;
    // Refused when the server is away: tried again at the next look.
    if (!driver->subscribeToNotification(SqlDialect::changeChannel()))
        return false;
    const bool again = m_listened;
    m_listened = true;
    return again;
}

bool DatabaseWatch::takeHeldNotifications()
{
    // A notification that arrives while a statement of this desk runs is read by libpq with the
    // statement's answer and held; the driver looks for notifications only when more comes on the
    // socket, which may be long after.
    PGconn* server = m_database.serverHandle();
    if (!server || PQstatus(server) != CONNECTION_OK || !PQconsumeInput(server))
        return false;
    bool foreign = false;
    while (PGnotify* notification = PQnotifies(server)) {
        foreign = foreign
            || (notification->be_pid != PQbackendPID(server)
                && QLatin1String(notification->relname) == SqlDialect::changeChannel());
        PQfreemem(notification);
    }
    return foreign;
}

qint64 DatabaseWatch::dataVersion() const
{
    // Not through SqlStatement: looking is not a statement of the user's, and must not change what
    // Database::fileProblem() says of the last one. A file that cannot be read now reads as
    // unchanged; the desk's own next statement says why.
    QSqlQuery query(m_database.currentConnection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return m_dataVersion;
    return query.value(0).toLongLong();
}

void DatabaseWatch::noteChange()
{
    m_pending = true;
    if (!m_quiet.isActive())
        deliver();
}

void DatabaseWatch::deliver()
{
    if (!m_pending)
        return;
    if (m_database.inTransaction()) {
        m_quiet.start(); // tried again when it may have ended
        return;
    }
    m_pending = false;
    m_quiet.start();
    Q_EMIT changedElsewhere();
}

} // namespace sd
