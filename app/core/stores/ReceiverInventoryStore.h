#pragma once

#include <QCoreApplication>

#include "core/Result.h"
#include "core/records/ReceiverInventory.h"

namespace sd {

class Database;

// How many interpretation receivers each seminar has, how many channels their system offers and
// the margin of the forecast. The numbered receivers are the ReceiverStore's.
class ReceiverInventoryStore
{
    Q_DECLARE_TR_FUNCTIONS(ReceiverInventoryStore)

public:
    explicit ReceiverInventoryStore(const Database& database);

    // 0 when the seminar's receivers were never counted.
    Result<int> count(qint64 seminarId) const;
    // The count, channels and margin (no numbered receivers); the defaults when never set.
    Result<ReceiverInventory> read(qint64 seminarId) const;
    // Saves the count, channels and margin of INVENTORY (not its numbered receivers).
    Status write(qint64 seminarId, const ReceiverInventory& inventory);

private:
    const Database& m_database;
};

} // namespace sd
