#include "core/records/Registration.h"

namespace sd {

QDateTime Registration::checkInTimeAt(const QDateTime& now) const
{
    if (status != Status::Attended)
        return {};
    return checkedInAt.isValid() ? checkedInAt : now;
}

QList<Registration::Status> Registration::statuses()
{
    return {Status::Registered, Status::Waitlisted, Status::Cancelled, Status::Attended};
}

QString Registration::statusKey(Status status)
{
    switch (status) {
    case Status::Registered:
        return QStringLiteral("registered");
    case Status::Waitlisted:
        return QStringLiteral("waitlisted");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Attended:
        return QStringLiteral("attended");
    }
    Q_UNREACHABLE();
}

std::optional<Registration::Status> Registration::statusFromKey(const QString& key)
{
    for (Status status : statuses()) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString Registration::statusName(Status status)
{
    switch (status) {
    case Status::Registered:
        return tr("Registered");
    case Status::Waitlisted:
        return tr("Waitlisted");
    case Status::Cancelled:
        return tr("Cancelled");
    case Status::Attended:
        return tr("Attended");
    }
    Q_UNREACHABLE();
}

} // namespace sd
