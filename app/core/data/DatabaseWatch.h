// Notices the changes that other desks commit to a database, so that this desk shows them.
#pragma once

#include <chrono>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace sd {

class Database;
class ServerProbe;

// Tells when another desk (another window, program or connection) committed a change to the
// database: on PostgreSQL by LISTEN on SqlDialect::changeChannel(), to which every write
// transaction announces itself as it commits (see Transaction); on SQLite by the file's data
// version, which moves with each commit of another connection and never with this one's. A burst of
// changes (a desk checking in one person after another) comes as one signal at most every
// minimumInterval; none comes while this desk is inside a transaction of its own, whose reads would
// include its own unfinished writes: it comes when the transaction ended.
// A desk whose server went away comes back by itself: the server is asked every probeInterval, off
// this thread (ServerProbe), and only once it answers does the desk connect again here, LISTEN and
// signal a change (what other desks did meanwhile was announced to no one here).
class DatabaseWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWatch)

public:
    // How often the database is looked at: SQLite's data version, and (PostgreSQL) the
    // notifications libpq read while a statement of this desk ran, and the LISTEN of a connection
    // made again after a loss.
    static constexpr std::chrono::milliseconds lookInterval {250};
    // The shortest time between two signals.
    static constexpr std::chrono::milliseconds minimumInterval {200};
    // How often a server that went away is asked whether it is back.
    static constexpr std::chrono::milliseconds probeInterval {2000};

    // DATABASE must outlive the watch.
    explicit DatabaseWatch(const Database& database, QObject* parent = nullptr);

Q_SIGNALS:
    // Another desk changed the data: read it again.
    void changedElsewhere();
    // The server went away (REACHABLE false), or is back and connected again (true).
    void serverReachable(bool reachable);

private:
    void look();
    // The server connection is lost: asks the server (every probeInterval) whether it is back.
    void awaitServer();
    void serverAnswered(bool accepting);
    // Makes sure the connection LISTENs (it does not after connecting again); true when it began now.
    bool listen();
    // The notifications libpq holds already, taken (true when one came from another desk).
    bool takeHeldNotifications();
    qint64 dataVersion() const;
    void noteChange();
    void deliver();

    const Database& m_database;
    QTimer m_look;
    QTimer m_quiet; // runs for minimumInterval after each signal
    bool m_pending = false; // a change noticed and not yet signalled
    bool m_listened = false; // the connection LISTENed once
    qint64 m_dataVersion = 0;
    ServerProbe* m_probe = nullptr; // on PostgreSQL
    QElapsedTimer m_sinceAsked; // since the server was last asked
    bool m_serverAway = false; // said so by serverReachable(false)
};

} // namespace sd
