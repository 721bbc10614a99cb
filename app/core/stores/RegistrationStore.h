#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include "core/Result.h"
#include "core/data/BulkStatement.h"
#include "core/records/ArrivalCounts.h"
#include "core/records/Attendee.h"
#include "core/records/ReceiverWish.h"
#include "core/records/Registration.h"
#include "core/records/Seminar.h"
#include "core/records/SeminarCounts.h"

namespace sd {

class Database;
class SqlStatement;
class BulkStatement;

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

// The first registrations of a seminar that match a search, and how many match in all.
struct RegistrationMatches
{
    QList<RegisteredAttendee> rows;
    int total = 0;
};

// A badge as it was painted: which registration, and the versions of it and of its attendee that
// it shows.
struct PrintedBadge
{
    qint64 registrationId = 0;
    qint64 registrationVersion = 0;
    qint64 attendeeVersion = 0;

    static PrintedBadge of(const RegisteredAttendee& row)
    {
        return {row.registration.id, row.registration.version, row.attendee.version};
    }
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
    // Counts up the version; leaves the badge's printed time and versions alone.
    Status update(const Registration& registration);
    Status remove(qint64 id);
    // Gives registration ID to another attendee (merging two records of one person), code and all;
    // counts up the version.
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
    // The person ATTENDEE_ID with their registration REGISTRATION_ID as stored now; with
    // REGISTRATION_ID 0, the person alone (and an empty registration).
    Result<RegisteredAttendee> findRegisteredAttendee(qint64 attendeeId, qint64 registrationId) const;
    Result<SeminarCounts> counts(qint64 seminarId) const;
    // Whether the seminar holds most of the attendees (a quarter of them or more): then walking
    // all attendees in reading order is a quick way to its registrations in that order.
    bool holdsMostAttendees(qint64 seminarId) const;
    // The registrations that are not cancelled, counted by preferred language and receiver needed.
    Result<QList<ReceiverWish>> receiverWishes(qint64 seminarId) const;
    // Who is expected and who has come, for the whole seminar or (BY_CATEGORY) one row per category.
    Result<QList<ArrivalCounts>> arrivals(qint64 seminarId, bool byCategory = false) const;

    // The person's registration for the seminar, if they have one.
    Result<std::optional<Registration>> findFor(qint64 seminarId, qint64 attendeeId) const;
    // The seminar's registrations whose attendee matches TYPED as the attendee list's search does
    // (SearchText::searchKeys: names in any script, readings, organisation, e-mail), in gojuon
    // order: the first LIMIT, and how many in all.
    Result<RegistrationMatches> search(qint64 seminarId, const QString& typed, int limit) const;
    // Checks the registration in at AT if its status is still FROM; false when it is not (another
    // desk was quicker, or it changed). Inside a write transaction, that answer is final. Like
    // unmarkAttended(), counts the version up (a form opened before cannot save its status over
    // this one) but leaves a badge printed before as it is: not changed since printed.
    Result<bool> markAttended(qint64 id, Registration::Status from, const QDateTime& at);
    // Takes a check-in back: the registration is TO again, with no check-in time; false when it
    // was not attended.
    Result<bool> unmarkAttended(qint64 id, Registration::Status to);
    // Records that BADGES were printed AT, with the versions they show, in one transaction. Neither
    // the versions nor updated_at move: printing is not a change of the registration.
    Status markBadgesPrinted(const QList<PrintedBadge>& badges, const QDateTime& at = QDateTime::currentDateTimeUtc());
    // How many people checked in at the door as walk-ins still have no printed badge (DoorBadges' queue).
    Result<int> walkInBadgesWaiting(qint64 seminarId) const;

    static QString columnList();
    // ROW is a SqlStatement or a BulkStatement.
    template <typename Row> static Registration read(const Row& row, int firstColumn = 0);

private:
    // The assignments with which a change of status at the door counts the version up.
    static QString statusCountedUp();
    Result<qint64> insertWithCode(const Registration& registration);
    // How a server reads the seminar's registrations in reading order (SQLite plans for itself).
    BulkStatement::ReadPlan largeReadPlan(qint64 seminarId) const;

    const Database& m_database;
    BulkStatement* m_insert = nullptr; // prepared once, kept by the database: imports insert many
};

} // namespace sd
