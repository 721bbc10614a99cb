#include "core/stores/ReceiverInventoryStore.h"

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"
#include "core/stores/VersionedUpdate.h"

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

namespace {

QVariantList valuesOf(const ReceiverInventory& inventory)
{
    return {inventory.count, inventory.systemChannels, inventory.marginPercent};
}

} // namespace

Result<ReceiverInventory> ReceiverInventoryStore::read(qint64 seminarId) const
{
    auto rows = selectRows<ReceiverInventory>(
        m_database,
        QStringLiteral("SELECT receiver_count, system_channels, margin_percent, version FROM receiver_inventory "
                       "WHERE seminar_id = ?"),
        {seminarId}, [](const SqlStatement& row) {
            ReceiverInventory inventory;
            inventory.count = row.value(0).toInt();
            inventory.systemChannels = row.value(1).toInt();
            inventory.marginPercent = row.value(2).toInt();
            inventory.version = row.value(3).toLongLong();
            return inventory;
        });
    if (!rows)
        return fail(tr("Could not read the receivers: %1").arg(rows.error()));
    return rows->value(0, ReceiverInventory());
}

QString ReceiverInventoryStore::validationError(const ReceiverInventory& inventory)
{
    if (inventory.count < 0)
        return tr("The number of receivers cannot be negative.");
    if (inventory.systemChannels < 0 || inventory.systemChannels > ReceiverInventory::mostSystemChannels)
        return tr("The receivers' channels are a number from 0 (not stated) to %1, not %2.")
            .arg(ReceiverInventory::mostSystemChannels)
            .arg(inventory.systemChannels);
    if (inventory.marginPercent < 0 || inventory.marginPercent > ReceiverInventory::mostMarginPercent)
        return tr("The margin is a percentage from 0 to %1, not %2.")
            .arg(ReceiverInventory::mostMarginPercent)
            .arg(inventory.marginPercent);
    return {};
}

Status ReceiverInventoryStore::write(qint64 seminarId, const ReceiverInventory& inventory)
{
    if (const QString invalid = validationError(inventory); !invalid.isEmpty())
        return fail(invalid);
    if (inventory.version == 0) {
        auto inserted = insertFirst(seminarId, inventory);
        if (!inserted)
            return fail(inserted.error());
        if (*inserted)
            return {};
        // Another desk stored the seminar's first inventory meanwhile: the update at version 0 is
        // refused with both versions, as any save over another desk's.
    }
    VersionedUpdate update(m_database, QStringLiteral("receiver_inventory"),
                           QStringLiteral("receiver_count = ?, system_channels = ?, margin_percent = ?"),
                           QStringLiteral("seminar_id"));
    if (Status saved = update.exec(valuesOf(inventory), seminarId, inventory.version,
                                   tr("There is no seminar with the number %1.").arg(seminarId));
        !saved)
        return fail(tr("Could not save the receivers: %1").arg(saved.error()));
    return {};
}

Result<bool> ReceiverInventoryStore::insertFirst(qint64 seminarId, const ReceiverInventory& inventory)
{
    SqlStatement statement(
        m_database,
        QStringLiteral("INSERT INTO receiver_inventory (seminar_id, receiver_count, system_channels, margin_percent) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (seminar_id) DO NOTHING"));
    QVariantList values {seminarId};
    values.append(valuesOf(inventory));
    if (Status ran = statement.exec(values); !ran) {
        if (statement.failedOn(SqlDialect::Constraint::ForeignKey))
            return fail(tr("There is no seminar with the number %1.").arg(seminarId));
        return fail(tr("Could not save the receivers: %1").arg(ran.error()));
    }
    return statement.rowsAffected() > 0;
}

Status ReceiverInventoryStore::restore(qint64 seminarId, const ReceiverInventory& inventory)
{
    if (const QString invalid = validationError(inventory); !invalid.isEmpty())
        return fail(invalid);
    QVariantList values {seminarId};
    values.append(valuesOf(inventory));
    values.append(qMax<qint64>(inventory.version, 1)); // back with the version it had
    SqlStatement statement(m_database,
                           QStringLiteral("INSERT INTO receiver_inventory (seminar_id, receiver_count, "
                                          "system_channels, margin_percent, version) VALUES (?, ?, ?, ?, ?)"));
    if (Status ran = statement.exec(values); !ran)
        return fail(tr("Could not save the receivers: %1").arg(ran.error()));
    return {};
}

} // namespace sd
