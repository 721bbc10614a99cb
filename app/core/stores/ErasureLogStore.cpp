#include "core/stores/ErasureLogStore.h"

#include "core/data/SqlStatement.h"
#include "core/data/StoredTime.h"

namespace sd {

namespace {

QString actionKey(ErasureLogEntry::Action action)
{
    return action == ErasureLogEntry::Action::Erased ? QStringLiteral("erased") : QStringLiteral("restored");
}

} // namespace

ErasureLogStore::ErasureLogStore(const Database& database)
    : m_database(database)
{
}

Status ErasureLogStore::add(const ErasureLogEntry& entry)
{
    auto id = insertRow(m_database,
                        QStringLiteral("INSERT INTO erasure_log (at, action, people, registrations, period_months, "
                                       "last_seminar_before) VALUES (?, ?, ?, ?, ?, ?)"),
                        {storedInstant(entry.at), actionKey(entry.action), entry.people, entry.registrations,
                         entry.periodMonths, storedLocalTime(entry.lastSeminarBefore)});
    if (!id)
        return fail(tr("Could not log the erasure: %1").arg(id.error()));
    return {};
}

Result<QList<ErasureLogEntry>> ErasureLogStore::all() const
{
    return selectRows<ErasureLogEntry>(
        m_database,
        QStringLiteral("SELECT at, action, people, registrations, period_months, last_seminar_before "
                       "FROM erasure_log ORDER BY id"),
        {}, [](const SqlStatement& row) {
            ErasureLogEntry entry;
            entry.at = timeFromStored(row.value(0));
            entry.action = row.value(1).toString() == actionKey(ErasureLogEntry::Action::Erased)
                ? ErasureLogEntry::Action::Erased
                : ErasureLogEntry::Action::Restored;
            entry.people = row.value(2).toInt();
            entry.registrations = row.value(3).toInt();
            entry.periodMonths = row.value(4).toInt();
            entry.lastSeminarBefore = timeFromStored(row.value(5));
            return entry;
        });
}

} // namespace sd
