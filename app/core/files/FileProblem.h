// Why a file could not be read or written, said in words with the file's name: another program
// writing to it, a read-only folder, a full disk, a damaged database. What a user can act on,
// where "disk I/O error" or "Unknown error" would leave them guessing.
#pragma once

#include <QCoreApplication>
#include <QString>

class QFileDevice;

namespace sd {

class FileProblem
{
    Q_DECLARE_TR_FUNCTIONS(FileProblem)

public:
    static QString anotherWriter(const QString& path);
    static QString diskFull(const QString& path);
    // Says whether the file or its folder is the read-only one.
    static QString readOnly(const QString& path);
    // DETAIL is SQLite's own words; BACKUP_COPY (or "") the copy to restore.
    static QString damaged(const QString& path, const QString& detail, const QString& backupCopy);

    // The cause of an SQLite failure with the (extended) result CODE and the system's ERRNO on the
    // database PATH, when it lies with the file rather than with the rows: "" for a constraint, a
    // type or an SQL error. DETAIL is SQLite's message; BACKUP_COPY as for damaged().
    static QString ofSqlite(int code, int systemErrno, const QString& path, const QString& detail,
                            const QString& backupCopy);
    // Why FILE, being written to PATH, failed: a full disk, a read-only folder, or the system's words.
    static QString ofWrite(const QFileDevice& file, const QString& path);
};

} // namespace sd
