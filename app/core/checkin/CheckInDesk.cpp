#include "core/checkin/CheckInDesk.h"

#include <memory>

#include "core/checkin/CodeReader.h"
#include "core/records/SearchText.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/CheckInLogStore.h"
#include "core/stores/ReceiverLoanStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/SeminarStore.h"

namespace sd {

namespace {

using Prior = CheckInLogEntry::Prior;
using Action = CheckInLogEntry::Action;

// How many people a walk-in's name or e-mail is compared with.
constexpr int knownPeopleLimit = 50;

Registration::Status statusOf(Prior prior)
{
    switch (prior) {
    case Prior::Waitlisted:
        return Registration::Status::Waitlisted;
    case Prior::Cancelled:
        return Registration::Status::Cancelled;
    case Prior::None:
    case Prior::Registered:
    case Prior::NotRegistered:
    case Prior::NewPerson:
        break;
    }
    return Registration::Status::Registered;
}

Prior priorOf(Registration::Status status)
{
    switch (status) {
    case Registration::Status::Waitlisted:
        return Prior::Waitlisted;
    case Registration::Status::Cancelled:
        return Prior::Cancelled;
    case Registration::Status::Registered:
    case Registration::Status::Attended:
        break;
    }
    return Prior::Registered;
}

// Registered at the door: the person had no registration for the seminar, or was not in the database.
bool madeAtTheDoor(Prior prior)
{
    return prior == Prior::NotRegistered || prior == Prior::NewPerson;
}

Status logArrival(const Database& database, const Desk& desk, const Registration& registration, Prior prior,
                  const QDateTime& at)
{
    CheckInLogEntry entry = desk.logEntry(registration.seminarId, registration.attendeeId,
                                          madeAtTheDoor(prior) ? Action::WalkIn : Action::CheckIn, at);
    entry.prior = prior;
    auto logged = CheckInLogStore(database).insert(entry);
    return logged ? Status() : Status(fail(logged.error()));
}

// The step's redo: the check-in again, as it was first made.
Status redoArrival(const Database& database, const Desk& desk, const CheckInDesk::Now& now,
                   const Registration& registration, const Attendee& attendee, Prior prior)
{
    const QDateTime at = now();
    if (prior == Prior::NewPerson) {
        if (Status restored = AttendeeStore(database).restore(attendee); !restored)
            return restored;
    }
    if (madeAtTheDoor(prior)) {
        Registration again = registration;
        again.checkedInAt = at;
        if (Status restored = RegistrationStore(database).restore(again); !restored)
            return restored;
    } else {
        auto marked = RegistrationStore(database).markAttended(registration.id, statusOf(prior), at);
        if (!marked)
            return fail(marked.error());
        if (!*marked)
            return fail(CheckInDesk::tr("%1 was changed at another desk meanwhile: the check-in is not made again.")
                            .arg(attendee.displayName()));
    }
    return logArrival(database, desk, registration, prior, at);
}

// The step's undo: the person as they were before the check-in, and a line in the log that says so.
Status undoArrival(const Database& database, const Desk& desk, const CheckInDesk::Now& now,
                   const Registration& registration, const Attendee& attendee, Prior prior)
{
    const QString name = attendee.displayName();
    CheckInLogEntry entry = desk.logEntry(registration.seminarId, registration.attendeeId, Action::Undo, now());
    entry.undoes = madeAtTheDoor(prior) ? Action::WalkIn : Action::CheckIn;
    if (auto logged = CheckInLogStore(database).insert(entry); !logged)
        return fail(logged.error());
    if (prior == Prior::NewPerson) {
        auto receiver = ReceiverLoanStore(database).outstandingFor(registration.seminarId, attendee.id);
        if (!receiver)
            return fail(receiver.error());
        if (*receiver)
            return fail(CheckInDesk::tr("%1 has a receiver: take it back first.").arg(name));
        // The person goes; the log keeps its lines, naming no one.
        return AttendeeStore(database).remove(attendee.id);
    }
    if (prior == Prior::NotRegistered)
        return RegistrationStore(database).remove(registration.id);
    auto unmarked = RegistrationStore(database).unmarkAttended(registration.id, statusOf(prior));
    if (!unmarked)
        return fail(unmarked.error());
    if (!*unmarked)
        return fail(CheckInDesk::tr("%1 is no longer checked in: nothing to undo.").arg(name));
    return {};
}

} // namespace

// A check-in as its step redoes and undoes it.
struct CheckInDesk::Arrival
{
    Registration registration; // as the check-in left it
    Attendee attendee; // all of them: a new person is put back whole when the step is redone
    Prior prior = Prior::None;
};

CheckInDesk::CheckInDesk(const Database& database, RecordEdits& edits, qint64 seminarId, Desk desk, Now now)
    : m_database(database)
    , m_edits(edits)
    , m_seminarId(seminarId)
    , m_desk(std::move(desk))
    , m_now(std::move(now))
{
}

QDateTime CheckInDesk::currentTime()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

Result<CheckInAnswer> CheckInDesk::checkInCode(const QString& typed)
{
    CheckInAnswer unknown;
    unknown.code = typed.trimmed();
    const std::optional<CodeReader::Reading> reading = CodeReader::read(typed);
    if (!reading)
        return unknown;
    unknown.code = reading->code;
    auto registration = RegistrationStore(m_database).findByCheckInCode(reading->code);
    if (!registration)
        return unknown;
    auto attendee = AttendeeStore(m_database).find(registration->attendeeId);
    if (!attendee)
        return fail(attendee.error());
    Result<CheckInAnswer> answer = fail(QString());
    if (registration->seminarId == m_seminarId) {
        answer = arrive(*attendee, false);
    } else {
        // Someone registered for both brought the other badge: check them in here all the same.
        auto here = RegistrationStore(m_database).findFor(m_seminarId, attendee->id);
        if (!here)
            return fail(here.error());
        if (*here) {
            answer = arrive(*attendee, false);
        } else {
            CheckInAnswer other;
            other.outcome = CheckInAnswer::Outcome::OtherSeminar;
            other.attendee = *attendee;
            other.otherSeminarId = registration->seminarId;
            auto seminar = SeminarStore(m_database).find(registration->seminarId);
            other.otherSeminarTitle = seminar ? seminar->title(QLocale().name().left(2)) : QString();
            answer = other;
        }
    }
    if (answer)
        answer->code = reading->code;
    return answer;
}

Result<CheckInAnswer> CheckInDesk::checkIn(qint64 registrationId)
{
    auto registration = RegistrationStore(m_database).find(registrationId);
    if (!registration)
        return fail(registration.error());
    if (registration->seminarId != m_seminarId)
        return fail(tr("The registration %1 is for another seminar.").arg(registrationId));
    auto attendee = AttendeeStore(m_database).find(registration->attendeeId);
    if (!attendee)
        return fail(attendee.error());
    return arrive(*attendee, false);
}

Result<CheckInAnswer> CheckInDesk::registerAndCheckIn(const CheckInAnswer& answer)
{
    if (!answer.canRegisterHere() || answer.attendee.id == 0)
        return fail(tr("Only someone cancelled, waitlisted or not registered can be registered at the door."));
    return arrive(answer.attendee, true);
}

Result<CheckInAnswer> CheckInDesk::walkIn(const Attendee& person, bool receiverNeeded)
{
    if (const QString invalid = AttendeeStore::validationError(person); !invalid.isEmpty())
        return fail(invalid);
    return arrive(person, true, receiverNeeded);
}

// Inside the write transaction: the person (added when new) with their registration for this
// seminar as it is now, and what they are before the check-in.
Result<CheckInDesk::Arrival> CheckInDesk::currentPlace(const Attendee& attendee) const
{
    Arrival place {Registration(), attendee, Prior::NotRegistered};
    if (attendee.id == 0) {
        place.prior = Prior::NewPerson;
        auto added = AttendeeStore(m_database).insert(attendee);
        if (!added)
            return fail(added.error());
        auto stored = AttendeeStore(m_database).find(*added);
        if (!stored)
            return fail(stored.error());
        place.attendee = *stored;
        return place;
    }
    auto current = RegistrationStore(m_database).findFor(m_seminarId, attendee.id);
    if (!current)
        return fail(current.error());
    if (*current) {
        place.registration = **current;
        place.prior = priorOf(place.registration.status);
    }
    return place;
}

// Inside the write transaction: checks in the person of PLACE at AT, registering them at the door
// when they have no registration, and logs it.
Status CheckInDesk::checkInNow(Arrival& place, const QDateTime& at, bool receiverNeeded) const
{
    RegistrationStore registrations(m_database);
    Registration& registration = place.registration;
    if (madeAtTheDoor(place.prior)) {
        registration.seminarId = m_seminarId;
        registration.attendeeId = place.attendee.id;
        registration.status = Registration::Status::Attended;
        registration.checkedInAt = at;
        registration.receiverNeeded = receiverNeeded;
        registration.source = Registration::walkInSource();
        auto id = registrations.insert(registration);
        if (!id)
            return fail(id.error());
        registration.id = *id;
    } else {
        // Read inside this transaction, which holds the write lock: no other desk can have
        // changed it since, so a refusal here would be a fault, not a race.
        auto marked = registrations.markAttended(registration.id, registration.status, at);
        if (!marked)
            return fail(marked.error());
        if (!*marked)
            return fail(tr("%1 could not be checked in: the registration changed.").arg(place.attendee.displayName()));
    }
    // As stored, with its code and version: the step's redo puts a walk-in back as it was.
    auto stored = registrations.find(registration.id);
    if (!stored)
        return fail(stored.error());
    registration = *stored;
    return logArrival(m_database, m_desk, registration, place.prior, at);
}

// Everything that checks someone in comes here: in one write transaction, the person's
// registration is read again and, if they are expected (or REGISTERING says to register them),
// checked in; only then is a step pushed.
Result<CheckInAnswer> CheckInDesk::arrive(const Attendee& attendee, bool registering, bool receiverNeeded)
{
    CheckInAnswer answer;
    answer.attendee = attendee;
    auto arrival = std::make_shared<Arrival>(); // filled in by the first run, kept by the step
    const auto first = [&]() -> Result<bool> {
        auto place = currentPlace(attendee);
        if (!place)
            return fail(place.error());
        answer.attendee = place->attendee;
        answer.registration = place->registration;
        answer.outcome = outcomeBefore(*place, registering);
        if (answer.outcome != CheckInAnswer::Outcome::CheckedIn)
            return false;
        answer.checkedInAt = m_now();
        if (Status checkedIn = checkInNow(*place, answer.checkedInAt, receiverNeeded); !checkedIn)
            return fail(checkedIn.error());
        answer.registration = place->registration;
        answer.prior = place->prior;
        *arrival = *place;
        return true;
    };
    const Database& database = m_database;
    const Desk desk = m_desk;
    const Now now = m_now;
    const auto describe = [walkIn = attendee.id == 0, name = attendee.displayName()] {
        return walkIn ? tr("Walk-in “%1”").arg(name) : tr("Check In “%1”").arg(name);
    };
    auto changed = m_edits.performIfChanged(
        describe, first,
        [&database, desk, now, arrival] {
            return redoArrival(database, desk, now, arrival->registration, arrival->attendee, arrival->prior);
        },
        [&database, desk, now, arrival] {
            return undoArrival(database, desk, now, arrival->registration, arrival->attendee, arrival->prior);
        });
    if (!changed)
        return fail(changed.error());
    if (answer.outcome == CheckInAnswer::Outcome::AlreadyCheckedIn)
        describeEarlierArrival(answer);
    return answer;
}

// What the desk answers before anything changes: CheckedIn when the person is to be checked in.
CheckInAnswer::Outcome CheckInDesk::outcomeBefore(const Arrival& place, bool registering)
{
    if (place.registration.id > 0 && place.registration.status == Registration::Status::Attended)
        return CheckInAnswer::Outcome::AlreadyCheckedIn;
    if (registering)
        return CheckInAnswer::Outcome::CheckedIn;
    switch (place.prior) {
    case Prior::Cancelled:
        return CheckInAnswer::Outcome::Cancelled;
    case Prior::Waitlisted:
        return CheckInAnswer::Outcome::Waitlisted;
    case Prior::NotRegistered:
        return CheckInAnswer::Outcome::NotRegistered;
    case Prior::None:
    case Prior::Registered:
    case Prior::NewPerson:
        break;
    }
    return CheckInAnswer::Outcome::CheckedIn;
}

void CheckInDesk::describeEarlierArrival(CheckInAnswer& answer) const
{
    answer.checkedInAt = answer.registration.checkedInAt;
    auto last = CheckInLogStore(m_database).lastArrival(m_seminarId, answer.attendee.id);
    if (last && *last) {
        answer.desk = (*last)->desk;
        if (!answer.checkedInAt.isValid())
            answer.checkedInAt = (*last)->at;
    }
}

Result<CheckInAnswer> CheckInDesk::undoCheckIn(const QString& typed)
{
    const std::optional<CodeReader::Reading> reading = CodeReader::read(typed);
    auto registration = reading ? RegistrationStore(m_database).findByCheckInCode(reading->code)
                                : Result<Registration>(fail(QString()));
    if (!registration || registration->seminarId != m_seminarId)
        return fail(tr("No one registered for this seminar has the check-in code “%1”.").arg(typed.trimmed()));
    auto attendee = AttendeeStore(m_database).find(registration->attendeeId);
    if (!attendee)
        return fail(attendee.error());
    const QString name = attendee->displayName();
    if (registration->status != Registration::Status::Attended)
        return fail(tr("%1 is not checked in: nothing to undo.").arg(name));
    auto last = CheckInLogStore(m_database).lastArrival(m_seminarId, attendee->id);
    if (!last)
        return fail(last.error());
    if (!*last)
        return fail(tr("%1 was not checked in at a desk: change their status in their form instead.").arg(name));
    const Prior prior = (*last)->prior;
    const Database& database = m_database;
    const Desk desk = m_desk;
    const Now now = m_now;
    const Registration checkedIn = *registration;
    const Attendee person = *attendee;
    auto undone
        = m_edits.performIfChanged([name] { return tr("Undo Check-in of “%1”").arg(name); },
                                   [&]() -> Result<bool> {
                                       Status reverted = undoArrival(database, desk, now, checkedIn, person, prior);
                                       return reverted ? Result<bool>(true) : Result<bool>(fail(reverted.error()));
                                   },
                                   [&database, desk, now, checkedIn, person, prior] {
                                       return undoArrival(database, desk, now, checkedIn, person, prior);
                                   },
                                   [&database, desk, now, checkedIn, person, prior] {
                                       return redoArrival(database, desk, now, checkedIn, person, prior);
                                   });
    if (!undone)
        return fail(undone.error());
    CheckInAnswer answer;
    answer.outcome = CheckInAnswer::Outcome::Undone;
    answer.attendee = person;
    answer.code = checkedIn.checkInCode;
    answer.prior = prior;
    if (!madeAtTheDoor(prior)) {
        answer.registration = checkedIn;
        answer.registration.status = statusOf(prior);
        answer.registration.checkedInAt = QDateTime();
    }
    return answer;
}

Result<RegistrationMatches> CheckInDesk::matches(const QString& typed, int limit) const
{
    return RegistrationStore(m_database).search(m_seminarId, typed, limit);
}

Result<QList<Attendee>> CheckInDesk::peopleMatching(const QString& typed, int limit) const
{
    return AttendeeStore(m_database).withSearchKeys(SearchText::searchKeys(typed), AttendeeStore::KeyMatch::All, limit);
}

Result<CheckInAnswer> CheckInDesk::checkInAttendee(qint64 attendeeId)
{
    auto attendee = AttendeeStore(m_database).find(attendeeId);
    if (!attendee)
        return fail(attendee.error());
    return arrive(*attendee, false);
}

Result<QList<Attendee>> CheckInDesk::knownPeople(const Attendee& person) const
{
    const auto folded = [](const QString& text) {
        return SearchText::fold(text);
    };
    QStringList names {folded(person.familyName + person.givenName), folded(person.givenName + person.familyName)};
    names.removeAll(QString());
    const QString email = folded(person.email);
    QList<QByteArray> keys;
    for (const QString& name : names)
        keys.append(name.toUtf8());
    if (!email.isEmpty())
        keys.append(email.toUtf8());
    auto candidates = AttendeeStore(m_database).withSearchKeys(keys, AttendeeStore::KeyMatch::Any, knownPeopleLimit);
    if (!candidates)
        return fail(candidates.error());
    // The search text holds each name within others; only the whole name, or the whole address, is the same person.
    QList<Attendee> known;
    for (const Attendee& candidate : *candidates) {
        const bool sameName = names.contains(folded(candidate.familyName + candidate.givenName))
            || (!candidate.latinName.isEmpty() && names.contains(folded(candidate.latinName)));
        const bool sameEmail = !email.isEmpty() && folded(candidate.email) == email;
        if (sameName || sameEmail)
            known.append(candidate);
    }
    return known;
}

Result<ArrivalCounts> CheckInDesk::counts() const
{
    auto arrivals = RegistrationStore(m_database).arrivals(m_seminarId);
    if (!arrivals)
        return fail(arrivals.error());
    auto receivers = ReceiverLoanStore(m_database).counts(m_seminarId);
    if (!receivers)
        return fail(receivers.error());
    ArrivalCounts counts = arrivals->value(0);
    counts.receiversOut = receivers->outstanding();
    return counts;
}

Result<QList<ArrivalCounts>> CheckInDesk::countsByCategory() const
{
    auto arrivals = RegistrationStore(m_database).arrivals(m_seminarId, true);
    if (!arrivals)
        return fail(arrivals.error());
    auto receivers = ReceiverLoanStore(m_database).outstandingByCategory(m_seminarId);
    if (!receivers)
        return fail(receivers.error());
    QList<ArrivalCounts> counts = *arrivals;
    for (ArrivalCounts& category : counts)
        category.receiversOut = receivers->value(category.category);
    return counts;
}

} // namespace sd
