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
    // Saves the count, channels and margin of INVENTORY (not its numbered receivers), over the version
    // INVENTORY was read at (0: never saved) and counts it up. Refused, changing nothing, when another
    // desk saved the seminar's receivers since (see VersionedUpdate).
    Status write(qint64 seminarId, const ReceiverInventory& inventory);
    // Stores INVENTORY again, at the version it had, for a seminar brought back (undo of a deletion).
    Status restore(qint64 seminarId, const ReceiverInventory& inventory);

private:
    static QString validationError(const ReceiverInventory& inventory);
    // Stores the first inventory of a seminar; false when another desk stored one first.
    Result<bool> insertFirst(qint64 seminarId, const ReceiverInventory& inventory);

    const Database& m_database;
};

} // namespace sd
