#include "core/stores/ReceiverStore.h"

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"
#include "core/data/Transaction.h"

namespace sd {

namespace {

Receiver readReceiver(const SqlStatement& row)
{
    Receiver receiver;
    receiver.id = row.value(0).toLongLong();
    receiver.seminarId = row.value(1).toLongLong();
    receiver.serial = row.value(2).toString();
    receiver.channel = row.value(3).toInt();
    return receiver;
}

const QString columns = QStringLiteral("id, seminar_id, serial, channel");

} // namespace

ReceiverStore::ReceiverStore(const Database& database)
    : m_database(database)
{
}

Result<QList<Receiver>> ReceiverStore::forSeminar(qint64 seminarId) const
{
    return selectRows<Receiver>(
        m_database, QStringLiteral("SELECT %1 FROM receiver WHERE seminar_id = ? ORDER BY serial").arg(columns),
        {seminarId}, readReceiver);
}

Result<std::optional<Receiver>> ReceiverStore::find(qint64 seminarId, const QString& serial) const
{
    auto found = selectRows<Receiver>(
        m_database, QStringLiteral("SELECT %1 FROM receiver WHERE seminar_id = ? AND serial = ?").arg(columns),
        {seminarId, serial}, readReceiver);
    if (!found)
        return fail(tr("Could not read the receivers: %1").arg(found.error()));
    if (found->isEmpty())
        return std::optional<Receiver>();
    return std::optional<Receiver>(found->constFirst());
}

Status ReceiverStore::replaceAll(qint64 seminarId, const QList<Receiver>& receivers)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return fail(transaction.errorText());
    SqlStatement clear(m_database, QStringLiteral("DELETE FROM receiver WHERE seminar_id = ?"));
    if (Status cleared = clear.exec({seminarId}); !cleared)
        return fail(tr("Could not save the receivers: %1").arg(cleared.error()));
    SqlStatement insert(m_database,
                        QStringLiteral("INSERT INTO receiver (seminar_id, serial, channel) VALUES (?, ?, ?)"));
    for (const Receiver& receiver : receivers) {
        const QVariant channel = receiver.channel > 0 ? QVariant(receiver.channel) : QVariant();
        if (Status inserted = insert.exec({seminarId, receiver.serial, channel}); !inserted) {
            if (insert.failedOn(SqlDialect::Constraint::Unique))
                return fail(tr("The receiver number “%1” is listed twice.").arg(receiver.serial));
            if (insert.failedOn(SqlDialect::Constraint::Check))
                return fail(tr("A receiver needs a number, and its channel must be 1 or more."));
            return fail(tr("Could not save the receivers: %1").arg(inserted.error()));
        }
    }
    return transaction.commit();
}

} // namespace sd
