#include "core/checkin/Desk.h"

#include <pwd.h>
#include <unistd.h>

#include <QtGlobal>

namespace sd {

Desk Desk::named(const QString& name)
{
    return {name, currentUser()};
}

QString Desk::currentUser()
{
    // The password database names the user even where the environment was cleared (a service, sudo).
    if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER");
}

CheckInLogEntry Desk::logEntry(qint64 seminarId, qint64 attendeeId, CheckInLogEntry::Action action,
                               const QDateTime& at) const
{
    CheckInLogEntry entry;
    entry.seminarId = seminarId;
    entry.attendeeId = attendeeId;
    entry.action = action;
    entry.at = at;
    entry.desk = name;
    entry.user = user;
    return entry;
}

} // namespace sd
