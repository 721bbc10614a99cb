// A whole Seminar Desk database copied into another, of either engine: an SQLite file onto a
// PostgreSQL server when the desks begin to share it, and back (a backup copy of a shared
// database, or leaving the server). Rows, ids, bytes (sort keys, search text) and times are copied
// exactly; what each engine keeps for itself (the data version) is not a row to copy.
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QString>

#include "core/Result.h"

namespace sd {

class Database;

class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    // Told after each table is copied: its name and how many rows it held.
    using Progress = std::function<void(const QString& table, qint64 rows)>;

    // Copies every row of SOURCE into TARGET, an empty database of the same (latest) version, in
    // one transaction on TARGET, and checks the copy before committing: a target holding rows is
    // refused, and a copy that fails or does not check out is rolled back, leaving TARGET as it was.
    static Status copy(const Database& source, const Database& target, const Progress& progress = {});
    // The same into the new SQLite file PATH (an existing file is refused): built under a temporary
    // name and renamed only when copied and checked (see Database::create).
    static Status copyToFile(const Database& source, const QString& path, const Progress& progress = {});
    // A backup copy of SOURCE, of either engine, as the SQLite file PATH: written under a temporary
    // name and renamed over an older copy of that name only when complete (and, from a server,
    // checked). A file is copied by SQLite itself (Database::saveCopyAs).
    static Status backUp(const Database& source, const QString& path, const Progress& progress = {});
    // Whether TARGET holds what SOURCE holds: every table the same rows, value for value.
    static Status check(const Database& source, const Database& target);

private:
    static Status refuseUnlessEmpty(const Database& target);
    static Status copyTable(const Database& source, const Database& target, const QString& table,
                            const QStringList& columns, const Progress& progress);
    static Status moveIdentityCountersPastRows(const Database& target);
};

} // namespace sd
