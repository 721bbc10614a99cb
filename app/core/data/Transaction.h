// A database transaction that rolls back unless committed: every multi-row write goes through one.
// Transactions nest: inside another one, a transaction is a savepoint of it.
#pragma once

#include <QString>

#include "core/Result.h"

namespace sd {

class Database;

class Transaction
{
public:
    // Deferred: takes the write lock at the first write. Immediate: takes it at once, waiting
    // (up to the busy timeout) for another process's write, so that what the transaction reads is
    // still so when it writes: a check-in at two desks at the same moment happens once. Inside
    // another transaction, it shares that one's lock.
    enum class Lock { Deferred, Immediate };

    explicit Transaction(const Database& database, Lock lock = Lock::Deferred);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool begun() const { return m_begun; }
    QString errorText() const { return m_errorText; }
    Status commit();

private:
    bool run(const QString& sql);
    QString savepointName() const;

    const Database& m_database;
    int m_depth = 0; // 1 for the outermost transaction
    bool m_begun = false;
    bool m_finished = false;
    QString m_errorText;
};

} // namespace sd
