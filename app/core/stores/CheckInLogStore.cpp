#include "core/stores/CheckInLogStore.h"

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"
#include "core/data/StoredTime.h"
#include "core/data/Transaction.h"

namespace sd {

namespace {

const QString columns
    = QStringLiteral("id, seminar_id, attendee_id, action, at, desk, user_name, prior, undoes, serial, deposit");

QVariantList valuesOf(const CheckInLogEntry& entry)
{
    return {entry.seminarId,
            entry.attendeeId > 0 ? QVariant(entry.attendeeId) : QVariant(),
            CheckInLogEntry::actionKey(entry.action),
            storedInstant(entry.at),
            entry.desk,
            entry.user,
            CheckInLogEntry::priorKey(entry.prior),
            entry.undoes ? CheckInLogEntry::actionKey(*entry.undoes) : QString(),
            entry.serial,
            entry.deposit};
}

CheckInLogEntry readEntry(const SqlStatement& row)
{
    CheckInLogEntry entry;
    entry.id = row.value(0).toLongLong();
    entry.seminarId = row.value(1).toLongLong();
    entry.attendeeId = row.value(2).toLongLong();
    entry.action = CheckInLogEntry::actionFromKey(row.value(3).toString()).value_or(CheckInLogEntry::Action::CheckIn);
    entry.at = timeFromStored(row.value(4));
    entry.desk = row.value(5).toString();
    entry.user = row.value(6).toString();
    entry.prior = CheckInLogEntry::priorFromKey(row.value(7).toString());
    entry.undoes = CheckInLogEntry::actionFromKey(row.value(8).toString());
    entry.serial = row.value(9).toString();
    entry.deposit = row.value(10).toString();
    return entry;
}

} // namespace

CheckInLogStore::CheckInLogStore(const Database& database)
    : m_database(database)
{
}

Result<qint64> CheckInLogStore::insert(const CheckInLogEntry& entry)
{
    auto id = insertRow(m_database,
                        QStringLiteral("INSERT INTO checkin_log (seminar_id, attendee_id, action, at, desk, user_name, "
                                       "prior, undoes, serial, deposit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        valuesOf(entry));
    if (!id)
        return fail(tr("Could not write the check-in log: %1").arg(id.error()));
    return id;
}

Status CheckInLogStore::restore(const CheckInLogEntry& entry)
{
    QVariantList values {entry.id};
    values.append(valuesOf(entry));
    auto id = insertRow(m_database,
                        QStringLiteral("INSERT INTO checkin_log (id, seminar_id, attendee_id, action, at, desk, "
                                       "user_name, prior, undoes, serial, deposit) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        values);
    if (!id)
        return fail(tr("Could not restore the check-in log: %1").arg(id.error()));
    return {};
}

Result<QList<CheckInLogEntry>> CheckInLogStore::forSeminar(qint64 seminarId) const
{
    return selectRows<CheckInLogEntry>(
        m_database, QStringLiteral("SELECT %1 FROM checkin_log WHERE seminar_id = ? ORDER BY id").arg(columns),
        {seminarId}, readEntry);
}

Result<QList<qint64>> CheckInLogStore::idsOfAttendee(qint64 attendeeId) const
{
    return selectRows<qint64>(m_database,
                              QStringLiteral("SELECT id FROM checkin_log WHERE attendee_id = ? ORDER BY id"),
                              {attendeeId}, [](const SqlStatement& row) { return row.value(0).toLongLong(); });
}

Status CheckInLogStore::nameAttendee(const QList<qint64>& ids, qint64 attendeeId)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return fail(transaction.errorText());
    SqlStatement statement(m_database, QStringLiteral("UPDATE checkin_log SET attendee_id = ? WHERE id = ?"));
    for (qint64 id : ids) {
        if (Status ran = statement.exec({attendeeId, id}); !ran)
            return fail(tr("Could not restore the check-in log: %1").arg(ran.error()));
    }
    return transaction.commit();
}

Result<std::optional<CheckInLogEntry>> CheckInLogStore::lastArrival(qint64 seminarId, qint64 attendeeId) const
{
    auto entries = selectRows<CheckInLogEntry>(
        m_database,
        QStringLiteral("SELECT %1 FROM checkin_log WHERE attendee_id = ? AND seminar_id = ? "
                       "AND action IN ('check_in', 'walk_in') ORDER BY id DESC LIMIT 1")
            .arg(columns),
        {attendeeId, seminarId}, readEntry);
    if (!entries)
        return fail(entries.error());
    if (entries->isEmpty())
        return std::optional<CheckInLogEntry>();
    return std::optional<CheckInLogEntry>(entries->constFirst());
}

} // namespace sd
