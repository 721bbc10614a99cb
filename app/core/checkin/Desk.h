// Which desk the seminar day's work is done at, and by whom: what the check-in log records.
#pragma once

#include <QDateTime>
#include <QString>

#include "core/records/CheckInLogEntry.h"

namespace sd {

struct Desk
{
    QString name; // from Settings (AppSettings::deskName), or --desk on the command line
    QString user; // the computer's user

    // The desk named NAME, staffed by the user running the program.
    static Desk named(const QString& name);
    // The login name of the user running the program.
    static QString currentUser();

    // A log line of this desk: ACTION for the person ATTENDEE_ID at the seminar, AT.
    CheckInLogEntry logEntry(qint64 seminarId, qint64 attendeeId, CheckInLogEntry::Action action,
                             const QDateTime& at) const;
};

} // namespace sd
