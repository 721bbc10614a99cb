#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include "core/Result.h"
#include "core/records/Attendee.h"
#include "core/records/Registration.h"
#include "core/records/Seminar.h"
#include "core/records/SeminarCounts.h"

namespace sd {

class Database;
class SqlStatement;
class SqliteStatement;

// A registration together with the person it belongs to: what lists, exports and badges show.
struct RegisteredAttendee
{
    Registration registration;
    Attendee attendee;
};

// A registration together with its seminar: what a person's list of seminars shows.
struct SeminarRegistration
{
    Registration registration;
    Seminar seminar;
};

// Registrations of attendees to seminars.
class RegistrationStore
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationStore)

public:
    explicit RegistrationStore(const Database& database);
    ~RegistrationStore();
    Q_DISABLE_COPY_MOVE(RegistrationStore)

    // Gives the registration a check-in code and a registration time when it has none.
    Result<qint64> insert(const Registration& registration);
    Status update(const Registration& registration);
    Status remove(qint64 id);
    // Gives registration ID to another attendee (merging two records of one person), code and all.
    Status moveTo(qint64 id, qint64 attendeeId);
    // Puts a deleted registration back with its id and check-in code (undoing a deletion).
    Status restore(const Registration& registration);
    Result<Registration> find(qint64 id) const;
    Result<Registration> findByCheckInCode(const QString& code) const;
    Result<QList<Registration>> forSeminar(qint64 seminarId) const;
    Result<QList<Registration>> forAttendee(qint64 attendeeId) const;
    // The attendee's registrations with their seminars, the latest seminar first.
    Result<QList<SeminarRegistration>> seminarsOf(qint64 attendeeId) const;
    // The attendees registered for the seminar (in any status).
    Result<QSet<qint64>> attendeeIdsOf(qint64 seminarId) const;

    // Visits the seminar's registrations with their attendees in gojuon order, one at a time,
    // so that 100,000 of them never sit in memory together. VISIT returns false to stop.
    Status visitRegisteredAttendees(qint64 seminarId,
                                    const std::function<bool(const RegisteredAttendee&)>& visit) const;
    Result<QList<RegisteredAttendee>> registeredAttendees(qint64 seminarId) const;
    Result<SeminarCounts> counts(qint64 seminarId) const;
    // Records that the badges of IDS were printed AT, in one transaction; leaves updated_at alone,
    // so that "changed since printed" still compares with the last real change.
    Status markBadgesPrinted(const QList<qint64>& ids, const QDateTime& at = QDateTime::currentDateTimeUtc());

    static QString columnList();
    // ROW is a SqlStatement or a SqliteStatement.
    template <typename Row> static Registration read(const Row& row, int firstColumn = 0);

private:
    Result<qint64> insertWithCode(const Registration& registration);

    const Database& m_database;
    SqliteStatement* m_insert = nullptr; // prepared once, kept by the database: imports insert many
};

} // namespace sd
