// The check-in desk of one seminar: what the Check-in page, the door mode and `seminar-desk checkin`
// call. Every check-in is one write transaction that starts IMMEDIATE and changes the registration
// only if it is still as it was read, so two desks (two windows, two processes on one file) never
// check one person in twice: the second is told when and where the first did. Each check-in is a
// step on the desk's undo stack (RecordEdits), and the check-in log records it and its undo.
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include "core/Result.h"
#include "core/checkin/CheckInAnswer.h"
#include "core/checkin/Desk.h"
#include "core/records/ArrivalCounts.h"
#include "core/records/Attendee.h"
#include "core/stores/RegistrationStore.h"

namespace sd {

class Database;
class RecordEdits;

class CheckInDesk
{
    Q_DECLARE_TR_FUNCTIONS(CheckInDesk)

public:
    // The time of the check-ins; tests give their own.
    using Now = std::function<QDateTime()>;
    // How many matches of a typed name are shown.
    static constexpr int matchLimit = 20;

    CheckInDesk(const Database& database, RecordEdits& edits, qint64 seminarId, Desk desk,
                Now now = &CheckInDesk::currentTime);

    // Now, to the second: as much of a time as the database keeps, so that what a desk answers
    // at once is what another desk reads later.
    static QDateTime currentTime();

    const Database& database() const { return m_database; }
    qint64 seminarId() const { return m_seminarId; }
    const Desk& desk() const { return m_desk; }

    // The code as scanned or typed (CodeReader reads it): an expected person of this seminar is
    // checked in at once; every other answer changes nothing. A badge of another seminar checks in
    // its holder's registration for this one, if they have one.
    Result<CheckInAnswer> checkInCode(const QString& typed);
    // The registration chosen among the matches of a typed name.
    Result<CheckInAnswer> checkIn(qint64 registrationId);
    // A person of the database chosen by name among everyone (peopleMatching): checked in when
    // they are expected; NotRegistered when they have no registration for this seminar.
    Result<CheckInAnswer> checkInAttendee(qint64 attendeeId);
    // After Cancelled, Waitlisted, NotRegistered or OtherSeminar: registers the person for this
    // seminar and checks them in, in one step.
    Result<CheckInAnswer> registerAndCheckIn(const CheckInAnswer& answer);
    // Takes back the check-in of the registration with the code TYPED as the log recorded it
    // (`checkin --undo`; the desk's window undoes with its undo stack). Registered at the door,
    // they are no longer registered; new at the door, they are no longer in the database.
    Result<CheckInAnswer> undoCheckIn(const QString& typed);

    // The registrations whose attendee matches a typed name (kanji, kana or Latin letters; also
    // organisation and e-mail), in gojuon order.
    Result<RegistrationMatches> matches(const QString& typed, int limit = matchLimit) const;
    // Everyone in the database a typed name matches, registered for this seminar or not: where
    // to look when it matches no one registered.
    Result<QList<Attendee>> peopleMatching(const QString& typed, int limit = matchLimit) const;

    // People already in the database whom PERSON, about to be added at the door, may be: the same
    // name (in either order, or as their Latin-script name) or the same e-mail address.
    Result<QList<Attendee>> knownPeople(const Attendee& person) const;
    // Registers PERSON at the door and checks them in: an attendee of the database when PERSON has
    // an id (chosen among knownPeople), else a new one.
    Result<CheckInAnswer> walkIn(const Attendee& person, bool receiverNeeded);

    // Expected, checked in, walk-ins, not yet arrived and receivers out, for the whole seminar.
    Result<ArrivalCounts> counts() const;
    // The same per category of people.
    Result<QList<ArrivalCounts>> countsByCategory() const;

private:
    struct Arrival;

    Result<CheckInAnswer> arrive(const Attendee& attendee, bool registering, bool receiverNeeded = false);
    Result<Arrival> currentPlace(const Attendee& attendee) const;
    static CheckInAnswer::Outcome outcomeBefore(const Arrival& place, bool registering);
    Status checkInNow(Arrival& place, const QDateTime& at, bool receiverNeeded) const;
    void describeEarlierArrival(CheckInAnswer& answer) const;

    const Database& m_database;
    RecordEdits& m_edits;
    qint64 m_seminarId;
    Desk m_desk;
    Now m_now;
};

} // namespace sd
