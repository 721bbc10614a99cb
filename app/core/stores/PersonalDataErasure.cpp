#include "core/stores/PersonalDataErasure.h"

#include <QDir>
#include <QSet>

#include "core/data/BackupCopies.h"
#include "core/data/Database.h"
#include "core/data/Transaction.h"
#include "core/stores/ErasureLogStore.h"

namespace sd {

PersonalDataErasure::PersonalDataErasure(const Database& database, RetentionPeriod period, const QDateTime& now)
    : m_database(database)
    , m_period(period)
    , m_lastSeminarBefore(period.lastSeminarBefore(now))
{
}

Result<QList<AttendeePastRetention>> PersonalDataErasure::pastPeriod() const
{
    return AttendeeStore(m_database).pastRetention(m_lastSeminarBefore);
}

Result<PersonalDataErasure::Outcome> PersonalDataErasure::erase(const QList<qint64>& attendeeIds) const
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return fail(transaction.errorText());
    auto past = pastPeriod();
    if (!past)
        return fail(past.error());
    const QSet<qint64> asked(attendeeIds.cbegin(), attendeeIds.cend());
    Outcome outcome;
    AttendeeStore attendees(m_database);
    for (const AttendeePastRetention& person : *past) {
        if (!asked.contains(person.attendee.id))
            continue;
        if (Status removed = attendees.remove(person.attendee.id); !removed)
            return fail(removed.error());
        outcome.attendeeIds.append(person.attendee.id);
        outcome.registrations += person.registrations;
    }
    if (!outcome.attendeeIds.isEmpty()) {
        const ErasureLogEntry entry {QDateTime::currentDateTimeUtc(),
                                     ErasureLogEntry::Action::Erased,
                                     int(outcome.attendeeIds.size()),
                                     outcome.registrations,
                                     m_period.months(),
                                     m_lastSeminarBefore};
        if (Status logged = ErasureLogStore(m_database).add(entry); !logged)
            return fail(logged.error());
    }
    if (Status committed = transaction.commit(); !committed)
        return fail(committed.error());
    if (Status cleared = m_database.clearJournal(); !cleared)
        outcome.journalProblem = cleared.error();
    return outcome;
}

Status PersonalDataErasure::logRestored(int people, int registrations) const
{
    return ErasureLogStore(m_database)
        .add({QDateTime::currentDateTimeUtc(), ErasureLogEntry::Action::Restored, people, registrations,
              m_period.months(), m_lastSeminarBefore});
}

QString PersonalDataErasure::promise() const
{
    if (m_database.dialect().engine() == SqlDialect::Engine::PostgreSql) {
        return tr("The people erased leave the shared database's tables at once. The server keeps the space of "
                  "their deleted rows until it vacuums the tables (it does so by itself, or its administrator runs "
                  "VACUUM FULL), and its backups (pg_dump files) hold them until they are deleted. The log keeps "
                  "how many were erased and when, never who.");
    }
    return promise(m_database.path());
}

QString PersonalDataErasure::promise(const QString& databasePath)
{
    QStringList copies;
    for (const QString& copy : BackupCopies::existing(databasePath))
        copies.append(tr("“%1”", "a backup copy's file name, quoted").arg(QDir::toNativeSeparators(copy)));
    if (copies.isEmpty()) {
        return tr("The people erased leave the database file: SQLite overwrites their rows, and the journal beside "
                  "it is emptied into the file at once. The log keeps how many were erased and when, never who. "
                  "Backup copies made before an upgrade would still hold them until rotated out (only the newest "
                  "%1 are kept: a copy is deleted when %1 newer ones have been made); there are none now. Copies "
                  "you saved yourself hold them until you delete them.")
            .arg(BackupCopies::kept);
    }
    return tr("The people erased leave the database file: SQLite overwrites their rows, and the journal beside it "
              "is emptied into the file at once. The log keeps how many were erased and when, never who. Backup "
              "copies made before an upgrade still hold them until rotated out (only the newest %1 are kept: a "
              "copy is deleted when %1 newer ones have been made): delete %2 to erase them at once. Copies you "
              "saved yourself hold them until you delete them.")
        .arg(BackupCopies::kept)
        .arg(copies.join(tr(", ", "between the backup copies' file names")));
}

} // namespace sd
