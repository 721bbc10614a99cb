#include "core/stores/RecordEdits.h"

#include <memory>
#include <utility>

#include <QFileInfo>
#include <QSet>
#include <QUndoStack>

#include "core/data/Transaction.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/BoothStore.h"
#include "core/stores/CheckInLogStore.h"
#include "core/stores/ContactStore.h"
#include "core/stores/PersonMerge.h"
#include "core/stores/ProgrammeStore.h"
#include "core/stores/ReceiverInventoryStore.h"
#include "core/stores/ReceiverLoanStore.h"
#include "core/stores/ReceiverStore.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "core/stores/VenueStore.h"

namespace sd {

namespace {

// What deleting a seminar takes with it.
struct SeminarSnapshot
{
    Seminar seminar;
    QList<ProgrammeItem> programme;
    QList<Registration> registrations;
    QList<Booth> booths;
    QList<InterpreterShift> shifts;
    QList<SeminarContact> contacts;
    // The seminar day's records.
    QList<CheckInLogEntry> log;
    ReceiverInventory inventory; // with the numbered receivers

    QList<ReceiverLoan> loans;
};

struct AttendeeSnapshot
{
    Attendee attendee;
    QList<Registration> registrations;
    QList<qint64> logEntries; // unnamed when the person goes, named again when they come back
    QList<ReceiverLoan> loans;
};

// What an import added and changed, as it was after the import: what its redo puts back.
struct ImportSnapshot
{
    QList<Attendee> added;
    QList<Registration> registrations;
    QList<Attendee> completed;
};

struct BoothSnapshot
{
    Booth booth;
    QList<InterpreterShift> shifts;
};

struct ContactSnapshot
{
    Contact contact;
    QList<std::pair<qint64, Contact::Role>> links;
    QList<InterpreterShift> shifts;
};

Result<SeminarSnapshot> captureSeminarDay(const Database& database, qint64 id, SeminarSnapshot snapshot)
{
    auto log = CheckInLogStore(database).forSeminar(id);
    if (!log)
        return fail(log.error());
    snapshot.log = *log;
    auto inventory = ReceiverInventoryStore(database).read(id);
    if (!inventory)
        return fail(inventory.error());
    snapshot.inventory = *inventory;
    auto receivers = ReceiverStore(database).forSeminar(id);
    if (!receivers)
        return fail(receivers.error());
    snapshot.inventory.numbered = *receivers;
    auto loans = ReceiverLoanStore(database).forSeminar(id);
    if (!loans)
        return fail(loans.error());
    snapshot.loans = *loans;
    return snapshot;
}

Status restoreSeminarDay(const Database& database, const SeminarSnapshot& snapshot)
{
    CheckInLogStore log(database);
    for (const CheckInLogEntry& entry : snapshot.log) {
        if (Status restored = log.restore(entry); !restored)
            return restored;
    }
    if (!snapshot.inventory.isUnset()) {
        if (Status restored = ReceiverInventoryStore(database).restore(snapshot.seminar.id, snapshot.inventory);
            !restored)
            return restored;
    }
    if (Status restored = ReceiverStore(database).replaceAll(snapshot.seminar.id, snapshot.inventory.numbered);
        !restored)
        return restored;
    ReceiverLoanStore loans(database);
    for (const ReceiverLoan& loan : snapshot.loans) {
        if (Status restored = loans.restore(loan); !restored)
            return restored;
    }
    return {};
}

Result<SeminarSnapshot> captureSeminar(const Database& database, qint64 id)
{
    SeminarSnapshot snapshot;
    auto seminar = SeminarStore(database).find(id);
    if (!seminar)
        return fail(seminar.error());
    snapshot.seminar = *seminar;
    auto programme = ProgrammeStore(database).forSeminar(id);
    if (!programme)
        return fail(programme.error());
    snapshot.programme = *programme;
    auto registrations = RegistrationStore(database).forSeminar(id);
    if (!registrations)
        return fail(registrations.error());
    snapshot.registrations = *registrations;
    BoothStore booths(database);
    auto seminarBooths = booths.forSeminar(id);
    if (!seminarBooths)
        return fail(seminarBooths.error());
    snapshot.booths = *seminarBooths;
    for (const Booth& booth : snapshot.booths) {
        auto shifts = booths.shifts(booth.id);
        if (!shifts)
            return fail(shifts.error());
        snapshot.shifts.append(*shifts);
    }
    auto contacts = ContactStore(database).forSeminar(id);
    if (!contacts)
        return fail(contacts.error());
    snapshot.contacts = *contacts;
    return captureSeminarDay(database, id, snapshot);
}

Status restoreSeminar(const Database& database, const SeminarSnapshot& snapshot)
{
    if (Status restored = SeminarStore(database).restore(snapshot.seminar); !restored)
        return restored;
    if (Status restored = ProgrammeStore(database).replace(snapshot.seminar.id, snapshot.programme); !restored)
        return restored;
    RegistrationStore registrations(database);
    for (const Registration& registration : snapshot.registrations) {
        if (Status restored = registrations.restore(registration); !restored)
            return restored;
    }
    BoothStore booths(database);
    for (const Booth& booth : snapshot.booths) {
        if (Status restored = booths.restore(booth); !restored)
            return restored;
    }
    for (const InterpreterShift& shift : snapshot.shifts) {
        if (Status restored = booths.restoreShift(shift); !restored)
            return restored;
    }
    ContactStore contacts(database);
    for (const SeminarContact& link : snapshot.contacts) {
        if (Status linked = contacts.link(snapshot.seminar.id, link.contact.id, link.role); !linked)
            return linked;
    }
    return restoreSeminarDay(database, snapshot);
}

// Saves RECORD's values over the record still at VERSION, which then counts up: a step's redo and
// undo share VERSION (the one this desk's last save of it left), so that either is refused rather
// than saving over what someone else changed since.
template <typename Store, typename Record> Status updateAt(const Database& database, Record record, qint64& version)
{
    record.version = version;
    Status updated = Store(database).update(record);
    if (updated)
        ++version;
    return updated;
}

Result<AttendeeSnapshot> captureAttendee(const Database& database, qint64 id)
{
    auto attendee = AttendeeStore(database).find(id);
    if (!attendee)
        return fail(attendee.error());
    auto registrations = RegistrationStore(database).forAttendee(id);
    if (!registrations)
        return fail(registrations.error());
    auto logEntries = CheckInLogStore(database).idsOfAttendee(id);
    if (!logEntries)
        return fail(logEntries.error());
    auto loans = ReceiverLoanStore(database).forAttendee(id);
    if (!loans)
        return fail(loans.error());
    return AttendeeSnapshot {*attendee, *registrations, *logEntries, *loans};
}

Status restoreAttendee(const Database& database, const AttendeeSnapshot& snapshot)
{
    if (Status restored = AttendeeStore(database).restore(snapshot.attendee); !restored)
        return restored;
    RegistrationStore registrations(database);
    for (const Registration& registration : snapshot.registrations) {
        if (Status restored = registrations.restore(registration); !restored)
            return restored;
    }
    ReceiverLoanStore loans(database);
    for (const ReceiverLoan& loan : snapshot.loans) {
        if (Status restored = loans.restore(loan); !restored)
            return restored;
    }
    return CheckInLogStore(database).nameAttendee(snapshot.logEntries, snapshot.attendee.id);
}

Result<ImportSnapshot> captureImport(const Database& database, qint64 seminarId, const ImportChanges& changes)
{
    // One pass over the tables, not one query a row: an import may add 100,000 people.
    ImportSnapshot snapshot;
    const QSet<qint64> addedIds(changes.addedAttendeeIds.cbegin(), changes.addedAttendeeIds.cend());
    AttendeeStore attendees(database);
    Status visited = attendees.visitAll([&](const Attendee& attendee) {
        if (addedIds.contains(attendee.id))
            snapshot.added.append(attendee);
        return true;
    });
    if (!visited)
        return fail(visited.error());
    auto registrations = RegistrationStore(database).forSeminar(seminarId);
    if (!registrations)
        return fail(registrations.error());
    const QSet<qint64> registrationIds(changes.addedRegistrationIds.cbegin(), changes.addedRegistrationIds.cend());
    for (const Registration& registration : *registrations) {
        if (registrationIds.contains(registration.id))
            snapshot.registrations.append(registration);
    }
    for (const Attendee& before : changes.completedAttendees) {
        auto after = attendees.find(before.id);
        if (!after)
            return fail(after.error());
        snapshot.completed.append(*after);
    }
    return snapshot;
}

// VERSIONS are those the import (or its last redo) left on the people it completed, in the order of
// CHANGES: a person another desk has changed since keeps that change, and the undo is refused.
// They count up only when the whole undo stands.
Status undoImport(const Database& database, const ImportChanges& changes, QList<qint64>& versions)
{
    RegistrationStore registrations(database);
    for (qint64 id : changes.addedRegistrationIds) {
        if (Status removed = registrations.remove(id); !removed)
            return removed;
    }
    AttendeeStore attendees(database);
    for (qint64 id : changes.addedAttendeeIds) {
        if (Status removed = attendees.remove(id); !removed)
            return removed;
    }
    QList<qint64> left = versions;
    for (int index = 0; index < changes.completedAttendees.size(); ++index) {
        if (Status restored = updateAt<AttendeeStore>(database, changes.completedAttendees.at(index), left[index]);
            !restored)
            return restored;
    }
    versions = left;
    return {};
}

// VERSIONS: as for undoImport, those the undo left.
Status redoImport(const Database& database, const ImportSnapshot& snapshot, QList<qint64>& versions)
{
    AttendeeStore attendees(database);
    for (const Attendee& attendee : snapshot.added) {
        if (Status restored = attendees.restore(attendee); !restored)
            return restored;
    }
    RegistrationStore registrations(database);
    for (const Registration& registration : snapshot.registrations) {
        if (Status restored = registrations.restore(registration); !restored)
            return restored;
    }
    QList<qint64> left = versions;
    for (int index = 0; index < snapshot.completed.size(); ++index) {
        if (Status updated = updateAt<AttendeeStore>(database, snapshot.completed.at(index), left[index]); !updated)
            return updated;
    }
    versions = left;
    return {};
}

Result<BoothSnapshot> captureBooth(const Database& database, qint64 id)
{
    BoothStore booths(database);
    auto booth = booths.find(id);
    if (!booth)
        return fail(booth.error());
    auto shifts = booths.shifts(id);
    if (!shifts)
        return fail(shifts.error());
    return BoothSnapshot {*booth, *shifts};
}

Status restoreBooth(const Database& database, const BoothSnapshot& snapshot)
{
    BoothStore booths(database);
    if (Status restored = booths.restore(snapshot.booth); !restored)
        return restored;
    for (const InterpreterShift& shift : snapshot.shifts) {
        if (Status restored = booths.restoreShift(shift); !restored)
            return restored;
    }
    return {};
}

Result<ContactSnapshot> captureContact(const Database& database, qint64 id)
{
    ContactStore contacts(database);
    auto contact = contacts.find(id);
    if (!contact)
        return fail(contact.error());
    auto links = contacts.linksOf(id);
    if (!links)
        return fail(links.error());
    auto shifts = BoothStore(database).shiftsOfInterpreter(id);
    if (!shifts)
        return fail(shifts.error());
    return ContactSnapshot {*contact, *links, *shifts};
}

Status restoreContact(const Database& database, const ContactSnapshot& snapshot)
{
    ContactStore contacts(database);
    if (Status restored = contacts.restore(snapshot.contact); !restored)
        return restored;
    for (const auto& [seminarId, role] : snapshot.links) {
        if (Status linked = contacts.link(seminarId, snapshot.contact.id, role); !linked)
            return linked;
    }
    BoothStore booths(database);
    for (const InterpreterShift& shift : snapshot.shifts) {
        if (Status restored = booths.restoreShift(shift); !restored)
            return restored;
    }
    return {};
}

} // namespace

// One undoable change; the first redo is skipped because the change was made before the push.
class RecordEdits::Step final : public QUndoCommand
{
public:
    Step(RecordEdits& edits, Describe describe, Change redo, Change undo)
        : QUndoCommand(describe())
        , m_edits(edits)
        , m_describe(std::move(describe))
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    {
    }

    void retranslate() { setText(m_describe()); }

    void redo() override
    {
        if (m_done) {
            m_done = false;
            return;
        }
        run(m_redo);
    }
    void undo() override { run(m_undo); }

private:
    void run(const Change& change)
    {
        if (Status ran = m_edits.inTransaction(change); !ran) {
            setObsolete(true);
            Q_EMIT m_edits.failed(ran.error());
        }
        Q_EMIT m_edits.changed();
    }

    RecordEdits& m_edits;
    Describe m_describe;
    Change m_redo;
    Change m_undo;
    bool m_done = true;
};

RecordEdits::RecordEdits(const Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_stack(new QUndoStack(this))
{
}

RecordEdits::~RecordEdits() = default;

void RecordEdits::retranslate()
{
    // The stack hands out its steps as const; they are this class's own, made here.
    for (int index = 0; index < m_stack->count(); ++index) {
        if (auto* step = dynamic_cast<Step*>(const_cast<QUndoCommand*>(m_stack->command(index))))
            step->retranslate();
    }
    Q_EMIT retranslated();
}

Status RecordEdits::inTransaction(const Change& change) const
{
    // What an edit reads (the record before, for its undo) is still so when it writes, however
    // many desks share the file.
    Transaction transaction(m_database);
    if (!transaction.begun())
        return fail(transaction.errorText());
    if (Status changed = change(); !changed)
        return changed;
    return transaction.commit();
}

void RecordEdits::record(Describe describe, Change redo, Change undo)
{
    m_stack->push(new Step(*this, std::move(describe), std::move(redo), std::move(undo)));
    Q_EMIT changed();
}

Status RecordEdits::perform(Describe describe, Change redo, Change undo)
{
    if (Status done = inTransaction(redo); !done)
        return done;
    record(std::move(describe), std::move(redo), std::move(undo));
    return {};
}

Result<bool> RecordEdits::performIfChanged(Describe describe, const std::function<Result<bool>()>& first, Change redo,
                                           Change undo)
{
    bool changed = false;
    Status done = inTransaction([&]() -> Status {
        auto result = first();
        if (!result)
            return fail(result.error());
        changed = *result;
        return {};
    });
    if (!done)
        return fail(done.error());
    if (changed)
        record(std::move(describe), std::move(redo), std::move(undo));
    return changed;
}

template <typename Store, typename Record> Result<qint64> RecordEdits::addAlone(const Record& record, Describe describe)
{
    auto id = Store(m_database).insert(record);
    if (!id)
        return id;
    Record added = record;
    added.id = *id;
    const Database& database = m_database;
    this->record(
        std::move(describe), [&database, added] { return Store(database).restore(added); },
        [&database, added] { return Store(database).remove(added.id); });
    return id;
}

template <typename Store, typename Record> Status RecordEdits::editAlone(const Record& record, Describe describe)
{
    auto before = Store(m_database).find(record.id);
    if (!before)
        return fail(before.error());
    const Database& database = m_database;
    const auto version = std::make_shared<qint64>(record.version);
    return perform(
        std::move(describe), [&database, record, version] { return updateAt<Store>(database, record, *version); },
        [&database, old = *before, version] { return updateAt<Store>(database, old, *version); });
}

Result<qint64> RecordEdits::addSeminar(const Seminar& seminar, const QList<ProgrammeItem>& programme)
{
    Seminar added = seminar;
    Status saved = inTransaction([&]() -> Status {
        auto id = SeminarStore(m_database).insert(seminar);
        if (!id)
            return fail(id.error());
        added.id = *id;
        return ProgrammeStore(m_database).replace(added.id, programme);
    });
    if (!saved)
        return fail(saved.error());
    auto kept = ProgrammeStore(m_database).forSeminar(added.id);
    if (!kept)
        return fail(kept.error());
    const Database& database = m_database;
    record([added] { return tr("Add Seminar “%1”").arg(added.localTitle()); },
           [&database, added, items = *kept] {
               if (Status restored = SeminarStore(database).restore(added); !restored)
                   return restored;
               return ProgrammeStore(database).replace(added.id, items);
           },
           [&database, added] { return SeminarStore(database).remove(added.id); });
    return added.id;
}

Status RecordEdits::editSeminar(const Seminar& seminar, const QList<ProgrammeItem>& programme)
{
    auto before = SeminarStore(m_database).find(seminar.id);
    if (!before)
        return fail(before.error());
    auto programmeBefore = ProgrammeStore(m_database).forSeminar(seminar.id);
    if (!programmeBefore)
        return fail(programmeBefore.error());
    const Database& database = m_database;
    const auto version = std::make_shared<qint64>(seminar.version);
    const auto save = [&database, version](const Seminar& saved, const QList<ProgrammeItem>& items) -> Change {
        return [&database, version, saved, items] {
            if (Status updated = updateAt<SeminarStore>(database, saved, *version); !updated)
                return updated;
            return ProgrammeStore(database).replace(saved.id, items);
        };
    };
    return perform([seminar] { return tr("Edit Seminar “%1”").arg(seminar.localTitle()); }, save(seminar, programme),
                   save(*before, *programmeBefore));
}

Status RecordEdits::deleteSeminar(qint64 seminarId)
{
    auto snapshot = captureSeminar(m_database, seminarId);
    if (!snapshot)
        return fail(snapshot.error());
    const Database& database = m_database;
    return perform([seminar = snapshot->seminar] { return tr("Delete Seminar “%1”").arg(seminar.localTitle()); },
                   [&database, seminarId] { return SeminarStore(database).remove(seminarId); },
                   [&database, kept = *snapshot] { return restoreSeminar(database, kept); });
}

Result<qint64> RecordEdits::addVenue(const Venue& venue)
{
    return addAlone<VenueStore>(venue, [name = venue.name] { return tr("Add Venue “%1”").arg(name); });
}

Status RecordEdits::editVenue(const Venue& venue)
{
    return editAlone<VenueStore>(venue, [name = venue.name] { return tr("Edit Venue “%1”").arg(name); });
}

Status RecordEdits::deleteVenue(qint64 venueId)
{
    auto venue = VenueStore(m_database).find(venueId);
    if (!venue)
        return fail(venue.error());
    const Database& database = m_database;
    return perform([name = venue->name] { return tr("Delete Venue “%1”").arg(name); },
                   [&database, venueId] { return VenueStore(database).remove(venueId); },
                   [&database, kept = *venue] { return VenueStore(database).restore(kept); });
}

Result<qint64> RecordEdits::addRegisteredAttendee(const Attendee& attendee, const Registration& registration)
{
    qint64 registrationId = 0;
    qint64 attendeeId = 0;
    Status added = inTransaction([&]() -> Status {
        auto newAttendee = AttendeeStore(m_database).insert(attendee);
        if (!newAttendee)
            return fail(newAttendee.error());
        attendeeId = *newAttendee;
        Registration withAttendee = registration;
        withAttendee.attendeeId = attendeeId;
        auto newRegistration = RegistrationStore(m_database).insert(withAttendee);
        if (!newRegistration)
            return fail(newRegistration.error());
        registrationId = *newRegistration;
        return {};
    });
    if (!added)
        return fail(added.error());
    auto snapshot = captureAttendee(m_database, attendeeId);
    if (!snapshot)
        return fail(snapshot.error());
    const Database& database = m_database;
    record([name = attendee.displayName()] { return tr("Add Attendee “%1”").arg(name); },
           [&database, kept = *snapshot] { return restoreAttendee(database, kept); },
           [&database, attendeeId] { return AttendeeStore(database).remove(attendeeId); });
    return registrationId;
}

Status RecordEdits::editRegisteredAttendee(const Attendee& attendee, const Registration& registration)
{
    auto beforeAttendee = AttendeeStore(m_database).find(attendee.id);
    if (!beforeAttendee)
        return fail(beforeAttendee.error());
    auto beforeRegistration = RegistrationStore(m_database).find(registration.id);
    if (!beforeRegistration)
        return fail(beforeRegistration.error());
    const Database& database = m_database;
    const auto version = std::make_shared<qint64>(attendee.version);
    const auto registrationVersion = std::make_shared<qint64>(registration.version);
    const auto save
        = [&database, version, registrationVersion](const Attendee& person, const Registration& place) -> Change {
        return [&database, version, registrationVersion, person, place] {
            if (Status saved = updateAt<AttendeeStore>(database, person, *version); !saved)
                return saved;
            return updateAt<RegistrationStore>(database, place, *registrationVersion);
        };
    };
    // The check-in time is settled now, so that a redo gives back the same one.
    Registration changed = registration;
    changed.checkedInAt = registration.checkInTimeAt(QDateTime::currentDateTimeUtc());
    return perform([name = attendee.displayName()] { return tr("Edit Attendee “%1”").arg(name); },
                   save(attendee, changed), save(*beforeAttendee, *beforeRegistration));
}

Status RecordEdits::deleteRegistration(qint64 registrationId)
{
    auto registration = RegistrationStore(m_database).find(registrationId);
    if (!registration)
        return fail(registration.error());
    auto attendee = AttendeeStore(m_database).find(registration->attendeeId);
    if (!attendee)
        return fail(attendee.error());
    const Database& database = m_database;
    return perform([name = attendee->displayName()] { return tr("Remove Registration of “%1”").arg(name); },
                   [&database, registrationId] { return RegistrationStore(database).remove(registrationId); },
                   [&database, kept = *registration] { return RegistrationStore(database).restore(kept); });
}

Result<qint64> RecordEdits::addAttendee(const Attendee& attendee)
{
    return addAlone<AttendeeStore>(attendee,
                                   [name = attendee.displayName()] { return tr("Add Attendee “%1”").arg(name); });
}

Status RecordEdits::editAttendee(const Attendee& attendee)
{
    return editAlone<AttendeeStore>(attendee,
                                    [name = attendee.displayName()] { return tr("Edit Attendee “%1”").arg(name); });
}

Status RecordEdits::erasePeople(const QList<qint64>& attendeeIds)
{
    QList<AttendeeSnapshot> snapshots;
    for (qint64 id : attendeeIds) {
        auto snapshot = captureAttendee(m_database, id);
        if (!snapshot)
            return fail(snapshot.error());
        snapshots.append(*snapshot);
    }
    if (snapshots.isEmpty())
        return {};
    const Database& database = m_database;
    const Describe describe = snapshots.size() == 1
        ? Describe(
            [name = snapshots.constFirst().attendee.displayName()] { return tr("Erase Attendee “%1”").arg(name); })
        : Describe([count = int(snapshots.size())] { return tr("Erase %n People", nullptr, count); });
    return perform(
        describe,
        [&database, attendeeIds]() -> Status {
            AttendeeStore attendees(database);
            for (qint64 id : attendeeIds) {
                if (Status removed = attendees.remove(id); !removed)
                    return removed;
            }
            return {};
        },
        [&database, snapshots]() -> Status {
            for (const AttendeeSnapshot& snapshot : snapshots) {
                if (Status restored = restoreAttendee(database, snapshot); !restored)
                    return restored;
            }
            return {};
        });
}

Status RecordEdits::mergePeople(const PersonMerge& merge)
{
    const Attendee merged = merge.merged();
    const Attendee keptBefore = merge.person(PersonMerge::Side::Kept).attendee;
    const Attendee other = merge.person(PersonMerge::Side::Other).attendee;
    const QList<Registration> moving = merge.moving();
    const QList<Registration> dropped = merge.dropped();
    // The other record's check-in log lines and receivers go to the record kept: removing it would
    // unname the lines and take the receivers it holds off the ledger.
    auto logEntries = CheckInLogStore(m_database).idsOfAttendee(other.id);
    if (!logEntries)
        return fail(logEntries.error());
    auto loans = ReceiverLoanStore(m_database).forAttendee(other.id);
    if (!loans)
        return fail(loans.error());
    const Database& database = m_database;
    const auto version = std::make_shared<qint64>(merged.version);
    // Clashing registrations go first, so that the one that stays can move in beside none.
    const Change redo = [&database, merged, version, otherId = other.id, moving, dropped, logEntries = *logEntries,
                         loans = *loans]() -> Status {
        RegistrationStore registrations(database);
        for (const Registration& each : dropped) {
            if (Status removed = registrations.remove(each.id); !removed)
                return removed;
        }
        for (const Registration& each : moving) {
            if (Status moved = registrations.moveTo(each.id, merged.id); !moved)
                return moved;
        }
        if (Status updated = updateAt<AttendeeStore>(database, merged, *version); !updated)
            return updated;
        AttendeeStore attendees(database);
        if (Status named = CheckInLogStore(database).nameAttendee(logEntries, merged.id); !named)
            return named;
        if (Status removed = attendees.remove(otherId); !removed)
            return removed;
        ReceiverLoanStore loanStore(database);
        for (ReceiverLoan loan : loans) {
            loan.attendeeId = merged.id;
            if (Status moved = loanStore.restore(loan); !moved)
                return moved;
        }
        return {};
    };
    const Change undo = [&database, keptBefore, version, other, moving, dropped, logEntries = *logEntries,
                         loans = *loans]() -> Status {
        ReceiverLoanStore loanStore(database);
        for (const ReceiverLoan& loan : loans) {
            if (Status removed = loanStore.remove(loan.id); !removed)
                return removed;
        }
        AttendeeStore attendees(database);
        if (Status restored = attendees.restore(other); !restored)
            return restored;
        for (const ReceiverLoan& loan : loans) {
            if (Status restored = loanStore.restore(loan); !restored)
                return restored;
        }
        if (Status named = CheckInLogStore(database).nameAttendee(logEntries, other.id); !named)
            return named;
        RegistrationStore registrations(database);
        for (const Registration& each : moving) {
            if (Status moved = registrations.moveTo(each.id, other.id); !moved)
                return moved;
        }
        for (const Registration& each : dropped) {
            if (Status restored = registrations.restore(each); !restored)
                return restored;
        }
        return updateAt<AttendeeStore>(database, keptBefore, *version);
    };
    return perform([kept = merged.displayName(),
                    gone = other.displayName()] { return tr("Merge “%1” into “%2”").arg(gone, kept); },
                   redo, undo);
}

ImportReport RecordEdits::importCsv(const CsvImporter& importer, const QString& path)
{
    ImportReport report = importer.run(path, CsvImporter::Mode::Apply);
    if (!report.applied)
        return report;
    const Database& database = m_database;
    const qint64 seminarId = importer.seminarId();
    // The redo's snapshot is taken when the import is undone (the state it undoes), and let go
    // once redone: a large import's rows are held only while it stands undone.
    auto snapshot = std::make_shared<ImportSnapshot>();
    auto versions = std::make_shared<QList<qint64>>();
    AttendeeStore attendees(m_database);
    for (const Attendee& before : report.changes.completedAttendees) {
        auto after = attendees.find(before.id);
        versions->append(after ? after->version : 0); // 0: deleted meanwhile, the undo says so
    }
    record([file = QFileInfo(path).fileName()] { return tr("Import “%1”").arg(file); },
           [&database, snapshot, versions] {
               Status redone = redoImport(database, *snapshot, *versions);
               if (redone)
                   *snapshot = {};
               return redone;
           },
           [&database, seminarId, changes = report.changes, snapshot, versions] {
               auto captured = captureImport(database, seminarId, changes);
               if (!captured)
                   return Status(fail(captured.error()));
               *snapshot = std::move(*captured);
               return undoImport(database, changes, *versions);
           });
    return report;
}

Result<PersonalDataErasure::Outcome> RecordEdits::erasePastRetention(const PersonalDataErasure& erasure,
                                                                     const QList<qint64>& attendeeIds)
{
    QList<AttendeeSnapshot> snapshots;
    for (qint64 id : attendeeIds) {
        auto snapshot = captureAttendee(m_database, id);
        if (!snapshot)
            return fail(snapshot.error());
        snapshots.append(*snapshot);
    }
    auto outcome = erasure.erase(attendeeIds);
    if (!outcome)
        return outcome;
    // Only those erased come back: the others were not past the period after all.
    QList<AttendeeSnapshot> erased;
    for (const AttendeeSnapshot& snapshot : snapshots) {
        if (outcome->attendeeIds.contains(snapshot.attendee.id))
            erased.append(snapshot);
    }
    if (erased.isEmpty())
        return outcome;
    const QList<qint64> ids = outcome->attendeeIds;
    const int registrations = outcome->registrations;
    record([count = int(erased.size())] { return tr("Erase %n Person(s) Past the Retention Period", nullptr, count); },
           [erasure, ids]() -> Status {
               if (auto again = erasure.erase(ids); !again)
                   return fail(again.error());
               return {};
           },
           [&database = m_database, erasure, erased, registrations]() -> Status {
               for (const AttendeeSnapshot& snapshot : erased) {
                   if (Status restored = restoreAttendee(database, snapshot); !restored)
                       return restored;
               }
               return erasure.logRestored(int(erased.size()), registrations);
           });
    return outcome;
}

Result<qint64> RecordEdits::addBooth(const Booth& booth, const QList<InterpreterShift>& shifts)
{
    qint64 boothId = 0;
    Status added = inTransaction([&]() -> Status {
        BoothStore booths(m_database);
        auto id = booths.insert(booth);
        if (!id)
            return fail(id.error());
        boothId = *id;
        return booths.replaceShifts(boothId, shifts);
    });
    if (!added)
        return fail(added.error());
    auto snapshot = captureBooth(m_database, boothId);
    if (!snapshot)
        return fail(snapshot.error());
    const Database& database = m_database;
    record([name = booth.name] { return tr("Add Booth “%1”").arg(name); },
           [&database, kept = *snapshot] { return restoreBooth(database, kept); },
           [&database, boothId] { return BoothStore(database).remove(boothId); });
    return boothId;
}

Status RecordEdits::editBooth(const Booth& booth, const QList<InterpreterShift>& shifts)
{
    auto before = captureBooth(m_database, booth.id);
    if (!before)
        return fail(before.error());
    const Database& database = m_database;
    const auto version = std::make_shared<qint64>(booth.version);
    const auto save = [&database, version](const Booth& saved, const QList<InterpreterShift>& savedShifts) -> Change {
        return [&database, version, saved, savedShifts] {
            if (Status updated = updateAt<BoothStore>(database, saved, *version); !updated)
                return updated;
            return BoothStore(database).replaceShifts(saved.id, savedShifts);
        };
    };
    return perform([name = booth.name] { return tr("Edit Booth “%1”").arg(name); }, save(booth, shifts),
                   save(before->booth, before->shifts));
}

Status RecordEdits::deleteBooth(qint64 boothId)
{
    auto snapshot = captureBooth(m_database, boothId);
    if (!snapshot)
        return fail(snapshot.error());
    const Database& database = m_database;
    return perform([name = snapshot->booth.name] { return tr("Delete Booth “%1”").arg(name); },
                   [&database, boothId] { return BoothStore(database).remove(boothId); },
                   [&database, kept = *snapshot] { return restoreBooth(database, kept); });
}

Result<qint64> RecordEdits::addContact(const Contact& contact)
{
    return addAlone<ContactStore>(contact, [name = contact.name] { return tr("Add Contact “%1”").arg(name); });
}

Status RecordEdits::editContact(const Contact& contact)
{
    return editAlone<ContactStore>(contact, [name = contact.name] { return tr("Edit Contact “%1”").arg(name); });
}

Status RecordEdits::deleteContact(qint64 contactId)
{
    auto snapshot = captureContact(m_database, contactId);
    if (!snapshot)
        return fail(snapshot.error());
    const Database& database = m_database;
    return perform([name = snapshot->contact.name] { return tr("Delete Contact “%1”").arg(name); },
                   [&database, contactId] { return ContactStore(database).remove(contactId); },
                   [&database, kept = *snapshot] { return restoreContact(database, kept); });
}

Status RecordEdits::linkContact(qint64 seminarId, qint64 contactId, Contact::Role role)
{
    auto contact = ContactStore(m_database).find(contactId);
    if (!contact)
        return fail(contact.error());
    const Database& database = m_database;
    return perform(
        [name = contact->name, role] { return tr("Add “%1” as %2").arg(name, Contact::roleName(role)); },
        [&database, seminarId, contactId, role] { return ContactStore(database).link(seminarId, contactId, role); },
        [&database, seminarId, contactId, role] { return ContactStore(database).unlink(seminarId, contactId, role); });
}

Status RecordEdits::unlinkContact(qint64 seminarId, qint64 contactId, Contact::Role role)
{
    auto contact = ContactStore(m_database).find(contactId);
    if (!contact)
        return fail(contact.error());
    const Database& database = m_database;
    return perform(
        [name = contact->name, role] { return tr("Remove “%1” as %2").arg(name, Contact::roleName(role)); },
        [&database, seminarId, contactId, role] { return ContactStore(database).unlink(seminarId, contactId, role); },
        [&database, seminarId, contactId, role] { return ContactStore(database).link(seminarId, contactId, role); });
}

} // namespace sd
