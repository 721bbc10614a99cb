// Every change the desk makes to records, as undoable steps on one QUndoStack.
#pragma once

#include <functional>

#include <QList>
#include <QObject>

#include "core/Result.h"
#include "core/csv/CsvImporter.h"
#include "core/records/Attendee.h"
#include "core/records/Booth.h"
#include "core/records/Contact.h"
#include "core/records/InterpreterShift.h"
#include "core/records/ProgrammeItem.h"
#include "core/records/Registration.h"
#include "core/records/Seminar.h"
#include "core/records/Venue.h"
#include "core/stores/PersonalDataErasure.h"

class QUndoStack;

namespace sd {

class Database;
class PersonMerge;

// Each method does its change at once (in one transaction) and, when it worked, puts a step on
// the undo stack that undoes and redoes it. A deletion's step keeps what it deleted, so undoing it
// brings the record back with the same id and the rows that depend on it.
class RecordEdits final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordEdits)

public:
    using Change = std::function<Status()>;
    // Names a step in the language of the moment (a step outlives a change of language).
    using Describe = std::function<QString()>;

    explicit RecordEdits(const Database& database, QObject* parent = nullptr);
    ~RecordEdits() override;

    QUndoStack* undoStack() const { return m_stack; }
    // The program's language changed: every step on the stack is named again in the new one.
    void retranslate();

    // A seminar with its programme (see ProgrammeStore), saved and undone as one.
    Result<qint64> addSeminar(const Seminar& seminar, const QList<ProgrammeItem>& programme);
    Status editSeminar(const Seminar& seminar, const QList<ProgrammeItem>& programme);
    Status deleteSeminar(qint64 seminarId);

    Result<qint64> addVenue(const Venue& venue);
    Status editVenue(const Venue& venue);
    Status deleteVenue(qint64 venueId);

    // Adds a new attendee and registers them (REGISTRATION's attendee id is filled in); gives the
    // registration's id.
    Result<qint64> addRegisteredAttendee(const Attendee& attendee, const Registration& registration);
    Status editRegisteredAttendee(const Attendee& attendee, const Registration& registration);
    // Takes the attendee off the seminar; the person stays in the database.
    Status deleteRegistration(qint64 registrationId);
    // A person alone, registered for no seminar (the People page).
    Result<qint64> addAttendee(const Attendee& attendee);
    Status editAttendee(const Attendee& attendee);
    // Deletes the people with every registration of theirs (erasure of personal data), as one step.
    Status erasePeople(const QList<qint64>& attendeeIds);
    // Makes two records of one person one, as MERGE says, in one transaction and one step: the
    // person kept takes the values chosen and the other's registrations; the other record goes.
    Status mergePeople(const PersonMerge& merge);
    // Imports PATH with IMPORTER (all or nothing, in a transaction of its own) and, when it was
    // applied, puts one step on the stack: undo removes the people and registrations it added and
    // puts back the fields it filled in; redo brings them back with the same ids and check-in codes.
    ImportReport importCsv(const CsvImporter& importer, const QString& path);
    // Erases those of ATTENDEE_IDS who are past ERASURE's retention period, as one step (see
    // PersonalDataErasure). Undoing it brings them back with their registrations: only while this
    // stack lives, that is while the window stays open, for nothing of them is kept anywhere else.
    Result<PersonalDataErasure::Outcome> erasePastRetention(const PersonalDataErasure& erasure,
                                                            const QList<qint64>& attendeeIds);

    Result<qint64> addBooth(const Booth& booth, const QList<InterpreterShift>& shifts);
    Status editBooth(const Booth& booth, const QList<InterpreterShift>& shifts);
    Status deleteBooth(qint64 boothId);

    Result<qint64> addContact(const Contact& contact);
    Status editContact(const Contact& contact);
    Status deleteContact(qint64 contactId);
    Status linkContact(qint64 seminarId, qint64 contactId, Contact::Role role);
    Status unlinkContact(qint64 seminarId, qint64 contactId, Contact::Role role);

    // For the seminar day (check-ins, receivers), whose changes learn only inside their
    // transaction whether there is anything to do (someone is checked in already at another desk):
    // FIRST runs now in one write transaction and says whether it changed anything; only then is a
    // step pushed that redoes with REDO and undoes with UNDO.
    Result<bool> performIfChanged(Describe describe, const std::function<Result<bool>()>& first, Change redo,
                                  Change undo);

Q_SIGNALS:
    // Records changed: by a new edit, an undo or a redo.
    void changed();
    // An undo or redo could not be applied (the record changed meanwhile); the step is dropped.
    void failed(const QString& message);
    // The steps have new names (see retranslate()).
    void retranslated();

private:
    class Step;

    Status inTransaction(const Change& change) const;
    // Pushes a step for a change already made.
    void record(Describe describe, Change redo, Change undo);
    // Makes REDO now and, when it worked, pushes the step.
    Status perform(Describe describe, Change redo, Change undo);
    // Inserts RECORD through STORE and pushes the step that removes it again (a venue, a contact,
    // a person alone: records with nothing hanging on them yet).
    template <typename Store, typename Record> Result<qint64> addAlone(const Record& record, Describe describe);
    // Updates RECORD over the version it was read at, and pushes the step that puts the stored one
    // back; both refused after another desk's change.
    template <typename Store, typename Record> Status editAlone(const Record& record, Describe describe);

    const Database& m_database;
    QUndoStack* m_stack = nullptr;
};

} // namespace sd
