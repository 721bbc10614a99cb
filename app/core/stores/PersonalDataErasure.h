// Erases the data of the people the desk has kept longer than the retention period: the one
// implementation behind the People page and `seminar-desk erase`.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "core/Result.h"
#include "core/records/RetentionPeriod.h"
#include "core/stores/AttendeeStore.h"

namespace sd {

class Database;

class PersonalDataErasure
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataErasure)

public:
    struct Outcome
    {
        QList<qint64> attendeeIds; // the people erased
        int registrations = 0; // theirs, erased with them
        // Why the write-ahead log still holds pages from before ("" when it was emptied): another
        // program reading the database kept it; it is emptied when that one lets go.
        QString journalProblem;
    };

    PersonalDataErasure(const Database& database, RetentionPeriod period,
                        const QDateTime& now = QDateTime::currentDateTime());

    const RetentionPeriod& period() const { return m_period; }
    QDateTime lastSeminarBefore() const { return m_lastSeminarBefore; }
    // Who is past the period now, in gojuon order.
    Result<QList<AttendeePastRetention>> pastPeriod() const;
    // Erases those of ATTENDEE_IDS who are still past the period (someone may have registered them
    // again meanwhile) with their registrations, in one transaction, and logs how many. SQLite
    // overwrites what it deletes (secure_delete, set on every connection) and the log is emptied
    // into the file afterwards, so their rows leave both files.
    Result<Outcome> erase(const QList<qint64>& attendeeIds) const;
    // Logs that an undo brought PEOPLE back with their REGISTRATIONS.
    Status logRestored(int people, int registrations) const;

    // What an erasure promises, for the confirmation and the command's report: said of the
    // database at DATABASE_PATH, naming the backup copies beside it that still hold the people.
    static QString promise(const QString& databasePath);
    // The same, said of the database this erasure works on.
    QString promise() const;

private:
    const Database& m_database;
    RetentionPeriod m_period;
    QDateTime m_lastSeminarBefore;
};

} // namespace sd
