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
    auto inventory = read(seminarId);
    if (!inventory)
        return fail(inventory.error());
    return inventory->count;
}

Result<ReceiverInventory> ReceiverInventoryStore::read(qint64 seminarId) const
{
    auto rows = selectRows<ReceiverInventory>(
        m_database,
        QStringLiteral("SELECT receiver_count, system_channels, margin_percent FROM receiver_inventory "
                       "WHERE seminar_id = ?"),
        {seminarId}, [](const SqlStatement& row) {
            ReceiverInventory inventory;
            inventory.count = row.value(0).toInt();
            inventory.systemChannels = row.value(1).toInt();
            inventory.marginPercent = row.value(2).toInt();
            return inventory;
        });
    if (!rows)
        return fail(tr("Could not read the receivers: %1").arg(rows.error()));
    return rows->value(0, ReceiverInventory());
}

Status ReceiverInventoryStore::write(qint64 seminarId, const ReceiverInventory& inventory)
{
    if (inventory.count < 0)
        return fail(tr("The number of receivers cannot be negative."));
    if (inventory.systemChannels < 0 || inventory.systemChannels > ReceiverInventory::mostSystemChannels)
        return fail(tr("The receivers' channels are a number from 0 (not stated) to %1, not %2.")
                        .arg(ReceiverInventory::mostSystemChannels)
                        .arg(inventory.systemChannels));
    if (inventory.marginPercent < 0 || inventory.marginPercent > ReceiverInventory::mostMarginPercent)
        return fail(tr("The margin is a percentage from 0 to %1, not %2.")
                        .arg(ReceiverInventory::mostMarginPercent)
                        .arg(inventory.marginPercent));
    SqlStatement statement(
        m_database,
        QStringLiteral("INSERT INTO receiver_inventory (seminar_id, receiver_count, system_channels, margin_percent) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (seminar_id) DO UPDATE SET "
                       "receiver_count = excluded.receiver_count, system_channels = excluded.system_channels, "
                       "margin_percent = excluded.margin_percent"));
    if (Status ran = statement.exec({seminarId, inventory.count, inventory.systemChannels, inventory.marginPercent});
        !ran) {
        if (statement.failedOn(SqlDialect::Constraint::ForeignKey))
            return fail(tr("There is no seminar with the number %1.").arg(seminarId));
        return fail(tr("Could not save the receivers: %1").arg(ran.error()));
    }
    return {};
}

} // namespace sd
