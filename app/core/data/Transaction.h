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
    explicit Transaction(const Database& database);
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
