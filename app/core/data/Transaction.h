// A database transaction that rolls back unless committed: every multi-row write goes through one.
// Transactions nest: inside another one, a transaction is a savepoint of it.
// On SQLite a write transaction takes the write lock when it begins (BEGIN IMMEDIATE), waiting up
// to the busy timeout for another program to finish: one that read first and wrote later could not
// wait, and would fail at its first write (see SqlDialect::beginWrite).
// The outermost write transaction tells the other desks, when it commits, that the data changed
// (SqlDialect::announceChange, DatabaseWatch).
#pragma once

#include <QString>

#include "core/Result.h"

namespace sd {

class Database;

class Transaction
{
public:
    enum class Intent { Write, Read };

    // A Read transaction only gives one consistent view of the database (a dry run): it takes no
    // write lock.
    explicit Transaction(const Database& database, Intent intent = Intent::Write);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool begun() const { return m_begun; }
    QString errorText() const { return m_errorText; }
    Status commit();

private:
    bool run(const QString& sql);
    QString savepointName() const;

    const Database& m_database;
    Intent m_intent;
    int m_depth = 0; // 1 for the outermost transaction
    bool m_begun = false;
    bool m_finished = false;
    QString m_errorText;
};

} // namespace sd
