#include "core/stores/ReceiverInventoryStore.h"

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"

namespace sd {

ReceiverInventoryStore::ReceiverInventoryStore(const Database& database)
    : m_database(database)
{
}

Result<int> ReceiverInventoryStore::count(qint64 seminarId) const
{
    auto counts = selectRows<int>(m_database,
                                  QStringLiteral("SELECT receiver_count FROM receiver_inventory WHERE seminar_id = ?"),
                                  {seminarId}, [](const SqlStatement& row) { return row.value(0).toInt(); });
    if (!counts)
        return fail(tr("Could not read the receivers: %1").arg(counts.error()));
    return counts->value(0, 0);
}

Status ReceiverInventoryStore::setCount(qint64 seminarId, int count)
{
    if (count < 0)
        return fail(tr("The number of receivers cannot be negative."));
    SqlStatement statement(
        m_database,
        QStringLiteral("INSERT INTO receiver_inventory (seminar_id, receiver_count) VALUES (?, ?) "
                       "ON CONFLICT (seminar_id) DO UPDATE SET receiver_count = excluded.receiver_count"));
    if (Status ran = statement.exec({seminarId, count}); !ran) {
        if (statement.failedOn(QStringLiteral("FOREIGN KEY")))
            return fail(tr("There is no seminar with the number %1.").arg(seminarId));
        return fail(tr("Could not save the receivers: %1").arg(ran.error()));
    }
    return {};
}

} // namespace sd
