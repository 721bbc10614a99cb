#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "core/records/Booth.h"
#include "core/records/InterpreterShift.h"
#include "core/records/ProgrammeItem.h"
#include "core/records/ReceiverInventory.h"
#include "core/records/Seminar.h"

namespace sd {

struct Attendee;
struct Contact;
struct RegisteredAttendee;
struct Venue;

// What the seminar and booth forms save together, under the version of the seminar or booth.
struct SeminarWithProgramme
{
    Seminar seminar;
    QList<ProgrammeItem> programme;
};
struct BoothWithShifts
{
    Booth booth;
    QList<InterpreterShift> shifts;
};

// Two versions of one record that two desks saved: the one this desk's form holds ("mine") and the
// one stored now, saved by someone else since the form read it ("theirs"), field by field as a
// person reads them, with the fields that differ marked. What the edit-conflict dialog shows.
class VersionConflict
{
    Q_DECLARE_TR_FUNCTIONS(VersionConflict)

public:
    struct Field
    {
        QString label;
        QString mine;
        QString theirs;
        bool differs() const { return mine != theirs; }
    };

    // A person with their registration for a seminar; the registration's fields are left out when
    // it is not stored (registrationId 0: the person alone, as the People page edits them).
    static VersionConflict of(const RegisteredAttendee& mine, const RegisteredAttendee& theirs);
    static VersionConflict of(const Attendee& mine, const Attendee& theirs);
    static VersionConflict of(const Seminar& mine, const Seminar& theirs);
    static VersionConflict of(const Venue& mine, const Venue& theirs);
    static VersionConflict of(const Booth& mine, const Booth& theirs);
    // The programme and the shifts as one field each, an item or shift a line.
    static VersionConflict of(const SeminarWithProgramme& mine, const SeminarWithProgramme& theirs);
    static VersionConflict of(const BoothWithShifts& mine, const BoothWithShifts& theirs);
    static VersionConflict of(const Contact& mine, const Contact& theirs);
    // A seminar's receivers: count, channels, margin, and the numbered ones as one field, a line each.
    static VersionConflict of(const ReceiverInventory& mine, const ReceiverInventory& theirs);

    // Whether theirs is at another version than mine: else the save was refused for another reason.
    bool moved() const { return m_moved; }
    const QList<Field>& fields() const { return m_fields; }
    int differences() const;
    // The version of theirs, and when it was saved (invalid for records that keep no time).
    qint64 theirVersion() const { return m_theirVersion; }
    QDateTime theirSavedAt() const { return m_theirSavedAt; }
    // "Theirs (saved 2027/02/12（金）13:30, version 4)": the heading of their column.
    QString theirHeading() const;

private:
    void add(const QString& label, const QString& mine, const QString& theirs);

    QList<Field> m_fields;
    bool m_moved = false;
    qint64 m_theirVersion = 0;
    QDateTime m_theirSavedAt;
};

} // namespace sd
