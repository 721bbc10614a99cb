// One open Seminar Desk database: an SQLite file, checked, migrated and tuned on opening.
#pragma once

#include <map>
#include <memory>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "core/Result.h"

struct sqlite3;

namespace sd {

class SqliteStatement;

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // What open() does when the file is not there: a file named by the user must exist (a typo
    // must not become a new, empty database); New Database and the default database create it.
    enum class IfMissing { Create, Refuse };

    // Opens FILE, creating it (readable by its owner only) when it does not exist and IF_MISSING
    // allows. A file that is not a Seminar Desk database, or one written by a newer version, is
    // refused and left untouched.
    static Result<std::unique_ptr<Database>> open(const QString& path, IfMissing ifMissing = IfMissing::Create);
    // The database in the user's data folder, used when no file is named (the folder is made here).
    static QString defaultPath();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    static constexpr int applicationId = 0x53446b31; // "SDk1" in the SQLite header
    // The page cache kept for reading; bulk writes take more (see BulkWriteCache).
    static constexpr int cacheKibibytes = 4 * 1024;

    // The INSERT statement SQL prepared on SQLite's own handle, for rows that come by the hundred
    // thousand (see SqliteStatement). Prepared once; the database keeps it until it closes.
    SqliteStatement& insertStatement(const QString& sql) const;

    // Writes a consistent copy of the whole database to TARGET (replacing it only on success).
    Status saveCopyAs(const QString& target) const;

private:
    Database(QString connectionName, QString path);
    static Status checkFileHeader(const QString& path);
    static Status createEmptyPrivateFile(const QString& path);
    Status checkIdentity() const;
    Status configure() const;
    Status migrate() const;
    Status applyMigration(int version, const QString& sql) const;

    // The connection's own SQLite handle (null if the driver is not SQLite's).
    sqlite3* sqliteHandle() const;
    void setCacheSize(int kibibytes) const;

    friend class Transaction;
    friend class SqliteStatement;
    friend class BulkWriteCache;

    QString m_connectionName;
    QString m_path;
    mutable int m_transactionDepth = 0; // transactions nest as savepoints inside the outermost
    mutable std::map<QString, std::unique_ptr<SqliteStatement>> m_insertStatements;
};

} // namespace sd
