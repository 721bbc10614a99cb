#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "core/records/Attendee.h"
#include "core/records/CheckInLogEntry.h"
#include "core/records/Registration.h"

namespace sd {

// What the desk answers to a code or a name: each outcome distinct, with what the desk shows.
struct CheckInAnswer
{
    Q_DECLARE_TR_FUNCTIONS(CheckInAnswer)

public:
    enum class Outcome {
        CheckedIn,
        AlreadyCheckedIn, // nothing changed: when and at which desk they came
        Cancelled, // their registration was cancelled
        Waitlisted,
        NotRegistered, // in the database, not registered for this seminar
        OtherSeminar, // a badge of another seminar, for someone not registered for this one
        UnknownCode,
        Undone, // a check-in taken back
    };

    Outcome outcome = Outcome::UnknownCode;
    Registration registration; // id 0 when they have none for this seminar
    Attendee attendee; // id 0 for an unknown code
    QString code; // the code read, for the outcomes of a code
    QDateTime checkedInAt; // CheckedIn, AlreadyCheckedIn
    QString desk; // AlreadyCheckedIn: the desk they came through (empty: not at a desk)
    CheckInLogEntry::Prior prior = CheckInLogEntry::Prior::None; // CheckedIn: what they were before
    qint64 otherSeminarId = 0; // OtherSeminar
    QString otherSeminarTitle;

    // Whether one more step registers them for this seminar and checks them in.
    bool canRegisterHere() const;
    // The sentence the desk shows, in the program's language.
    QString message() const;

    static QString outcomeKey(Outcome outcome); // stable, for JSON
    static QString outcomeName(Outcome outcome);
    // "13:05" today, with the date on another day.
    static QString timeText(const QDateTime& time);
};

} // namespace sd
