#pragma once

#include <QCoreApplication>

#include "core/Result.h"

namespace sd {

class Database;

// How many interpretation receivers each seminar has.
class ReceiverInventoryStore
{
    Q_DECLARE_TR_FUNCTIONS(ReceiverInventoryStore)

public:
    explicit ReceiverInventoryStore(const Database& database);

    // 0 when the seminar's receivers were never counted.
    Result<int> count(qint64 seminarId) const;
    Status setCount(qint64 seminarId, int count);

private:
    const Database& m_database;
};

} // namespace sd
