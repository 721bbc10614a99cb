// One open Seminar Desk database, checked and migrated on opening: an SQLite file (tuned too), or a
// database on a PostgreSQL server (see DatabaseUrl).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <utility>
#include <vector>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "core/Result.h"
#include "core/data/SqlDialect.h"

struct sqlite3;
struct pg_conn;
struct pg_result;

namespace sd {

class DatabaseUrl;
class BulkStatement;
class CopyStatement;
class CopyOutStatement;

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // What open() does when the file is not there: a file named by the user must exist (a typo
    // must not become a new, empty database); New Database and the default database create it.
    enum class IfMissing { Create, Refuse };

    // Opens FILE, creating it (see create()) when it does not exist and IF_MISSING allows. What the
    // file is is decided before anything is written to it (see DatabaseFile): a Seminar Desk database
    // is opened, and upgraded after a backup copy is kept (see BackupCopies and notice()); a blank
    // file becomes a new database in its own text encoding, readable by its owner only; anything
    // else is refused and left byte for byte as it was.
    static Result<std::unique_ptr<Database>> open(const QString& path, IfMissing ifMissing = IfMissing::Create);
    // Opens the database URL names on a PostgreSQL server, as the user URL names, with PASSWORD
    // (when empty, libpq reads ~/.pgpass, or the server asks for none). An empty database becomes a
    // Seminar Desk database; one of ours is migrated to the latest version (each migration in one
    // transaction, programs opening it at once taking turns); a database of a newer Seminar Desk,
    // or one holding another program's tables, is refused and left as it was, and so is one that
    // needs migrating when the user's role may not change its schema (the desks' role, which only
    // reads and writes rows: the owner's role migrates, see the README).
    // A connection that the server drops (it stopped, the network went) fails the statement or
    // transaction then running, with a message naming the server (fileProblem()); the next
    // statement or transaction outside one connects again, with the same address and password.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url, const QString& password = QString());
    // Makes the new database PATH (an existing file is refused) and runs FILL on it before it appears:
    // it is built under a temporary name beside PATH, readable by its owner only, and renamed when
    // complete, so an interrupted creation never leaves a database that looks whole.
    static Status create(const QString& path, const std::function<Status(const Database&)>& fill = {});
    // The database in the user's data folder, used when no file is named (the folder is made here).
    static QString defaultPath();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const;
    // The file's path, or the server database's address (DatabaseUrl::toString()).
    const QString& path() const { return m_path; }
    const SqlDialect& dialect() const { return m_dialect; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    static constexpr int applicationId = 0x53446b31; // "SDk1" in the SQLite header
    // The page cache kept for reading; bulk writes take more (see BulkWrite).
    static constexpr int cacheKibibytes = 4 * 1024;
    // How long a connection waits for another program's write to finish (FileProblem's "busy"
    // message names the same 5 seconds).
    static constexpr int busyTimeoutMs = 5000;

    // The INSERT statement SQL prepared for rows that come by the hundred thousand (see
    // BulkStatement): while a BulkWrite lives, on PostgreSQL one that queues its rows for COPY.
    // Prepared once; the database keeps it until it closes.
    BulkStatement& insertStatement(const QString& sql) const;

    // What every statement calls before it runs: reads the rest of the rows of a large read that
    // the server is sending (see CopyOutStatement), connects again when the server connection was lost
    // (see open()), and writes the rows that bulk inserts queued (see CopyStatement), parents before
    // the rows that refer to them. Fails when they could not be written.
    Status prepareToRun() const;
    // The number of the connection, counted up each time it connects again: a statement prepared on
    // an earlier one prepares itself again (the server forgot it with the old connection).
    int connectionNumber() const { return m_connectionNumber; }

    // Writes a consistent copy of the whole database to TARGET (replacing it only on success),
    // readable by its owner only.
    Status saveCopyAs(const QString& target) const;

    // What opening did that the user should hear of ("" when nothing): the backup copy kept
    // before an upgrade.
    const QString& notice() const { return m_notice; }

    // Why the last statement or transaction on this connection failed, when the cause lies with the
    // file or the server and not with the rows (another program writing, a full disk, a read-only
    // folder, a damaged file; a server that went away): a message naming the file or the server;
    // "" when it failed for its rows, or worked.
    const QString& fileProblem() const { return m_fileProblem; }
    // Statements and transactions tell the database how each ended: noteFailure() right after
    // the driver reported a failure (it gives fileProblem()), noteSuccess() when one worked.
    const QString& noteFailure() const;
    void noteSuccess() const
    {
        if (!m_fileProblem.isNull())
            m_fileProblem = QString();
        if (!m_queuedRowsFailure.isNull())
            m_queuedRowsFailure = QString();
    }

    // Whether a transaction is open on this connection (what it reads now includes its own writes).
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Copies every page of the write-ahead log into the database file and empties the log, so that
    // rows deleted with secure_delete leave both files. Inside a transaction, it is done when the
    // outermost one commits. Nothing on a server (the server recycles its own log).
    Status clearJournal() const;

private:
    Database(QString connectionName, QString path, SqlDialect dialect);
    static Result<std::unique_ptr<Database>> connect(const QString& path);
    static Result<std::unique_ptr<Database>> connect(const DatabaseUrl& url, const QString& password);
    // The data version of a database on a server, or why it is not one Seminar Desk may open.
    Result<int> serverVersion() const;
    // Whether ROLE may take the server database from data VERSION to the latest: it must own its
    // tables and may create tables (the owner's role may, the desks' role may not).
    Status checkMayMigrate(int version, const QString& role) const;
    // Why the server connection failed ("" when it stands): lost just now, or not reached again.
    QString serverProblem() const;
    // Connects again when the server connection was lost and no transaction is open.
    void reconnectIfLost() const;
    // Whether the server connection is lost (dropped now, seen by libpq, or not made again): the
    // next statement then connects again.
    bool serverConnectionLost() const;
    bool hasTable(const QString& name) const;
    Status configure(bool newFile) const;
    Status migrate(int fromVersion) const;
    Status applyMigration(int version, const QString& sql) const;
    Status keepBackupCopy(int version);
    // Gives MESSAGE's own words unless the last failure was the file's.
    QString failureText(const QString& message) const;

    // The connection as it stands, not connecting again (see reconnectIfLost).
    QSqlDatabase currentConnection() const;
    // The connection's own SQLite handle (null if the driver is not SQLite's).
    sqlite3* sqliteHandle() const;
    // The connection's own libpq handle (null if the driver is not PostgreSQL's), as it is: neither
    // connecting again nor writing queued rows.
    pg_conn* serverHandle() const;
    // The server's words, on one line, for a command that failed with RESULT (null: the connection's).
    QString serverMessage(const pg_result* result) const;
    void setCacheSize(int kibibytes) const;
    // Writes the rows queued by CopyStatements (see prepareToRun()).
    Status writeQueuedRows() const;

    friend class Transaction;
    friend class SqliteStatement;
    friend class CopyStatement;
    friend class CopyOutStatement;
    friend class BulkWrite;
    friend class SchemaDescription; // reads SQLite's column collations through its handle
    friend class DatabaseWatch; // listens on the connection as it stands, connects again when it was lost

    QString m_connectionName;
    QString m_path;
    SqlDialect m_dialect;
    mutable int m_transactionDepth = 0; // transactions nest as savepoints inside the outermost
    mutable bool m_clearJournalAfterCommit = false;
    mutable std::map<QString, std::unique_ptr<BulkStatement>> m_insertStatements;
    mutable int m_bulkWrites = 0; // BulkWrites alive
    // By their SQL, in the order they were made.
    mutable std::vector<std::pair<QString, std::unique_ptr<CopyStatement>>> m_copyStatements;
    mutable bool m_writingQueuedRows = false;
    mutable CopyOutStatement* m_copyOut = nullptr; // the large read whose rows the server is sending
    // Why queued rows could not be written when nothing could report it at once (a commit): the
    // commit then fails, and noteFailure() gives this.
    mutable QString m_queuedRowsFailure;
    mutable int m_connectionNumber = 0;
    mutable QString m_fileProblem;
    mutable bool m_connectionLost = false; // the server dropped the connection (see reconnectIfLost)
    mutable QString m_reconnectFailure; // why connecting again after the loss failed ("" : not tried)
    QString m_notice;
};

} // namespace sd
