#include "core/checkin/CheckInAnswer.h"

#include <QLocale>

namespace sd {

bool CheckInAnswer::canRegisterHere() const
{
    return outcome == Outcome::Cancelled || outcome == Outcome::Waitlisted || outcome == Outcome::NotRegistered
        || outcome == Outcome::OtherSeminar;
}

QString CheckInAnswer::timeText(const QDateTime& time)
{
    const QDateTime local = time.toLocalTime();
    if (local.date() == QDate::currentDate())
        return local.toString(QStringLiteral("HH:mm"));
    return QLocale().toString(local, QLocale::ShortFormat);
}

QString CheckInAnswer::message() const
{
    const QString name = attendee.displayName();
    switch (outcome) {
    case Outcome::CheckedIn:
        switch (prior) {
        case CheckInLogEntry::Prior::Cancelled:
            return tr("%1 had cancelled: registered again and checked in.").arg(name);
        case CheckInLogEntry::Prior::Waitlisted:
            return tr("%1 was on the waiting list: registered and checked in.").arg(name);
        case CheckInLogEntry::Prior::NotRegistered:
        case CheckInLogEntry::Prior::NewPerson:
            return tr("%1 registered at the door and checked in.").arg(name);
        case CheckInLogEntry::Prior::None:
        case CheckInLogEntry::Prior::Registered:
            break;
        }
        return tr("%1 checked in.").arg(name);
    case Outcome::AlreadyCheckedIn:
        if (desk.isEmpty())
            return tr("%1 is already checked in (%2).").arg(name, timeText(checkedInAt));
        return tr("%1 is already checked in: at %2 at %3.").arg(name, timeText(checkedInAt), desk);
    case Outcome::Cancelled:
        return tr("%1 cancelled their registration.").arg(name);
    case Outcome::Waitlisted:
        return tr("%1 is on the waiting list.").arg(name);
    case Outcome::NotRegistered:
        return tr("%1 is not registered for this seminar.").arg(name);
    case Outcome::OtherSeminar:
        return tr("This badge is for another seminar (“%1”); %2 is not registered for this one.")
            .arg(otherSeminarTitle, name);
    case Outcome::UnknownCode:
        return tr("No one has the check-in code “%1”.").arg(code);
    case Outcome::Undone:
        return tr("The check-in of %1 is undone.").arg(name);
    }
    Q_UNREACHABLE();
}

QString CheckInAnswer::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::CheckedIn:
        return QStringLiteral("checked_in");
    case Outcome::AlreadyCheckedIn:
        return QStringLiteral("already_checked_in");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Waitlisted:
        return QStringLiteral("waitlisted");
    case Outcome::NotRegistered:
        return QStringLiteral("not_registered");
    case Outcome::OtherSeminar:
        return QStringLiteral("other_seminar");
    case Outcome::UnknownCode:
        return QStringLiteral("unknown_code");
    case Outcome::Undone:
        return QStringLiteral("undone");
    }
    Q_UNREACHABLE();
}

QString CheckInAnswer::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::CheckedIn:
        return tr("Checked in");
    case Outcome::AlreadyCheckedIn:
        return tr("Already checked in");
    case Outcome::Cancelled:
        return tr("Cancelled");
    case Outcome::Waitlisted:
        return tr("Waitlisted");
    case Outcome::NotRegistered:
        return tr("Not registered");
    case Outcome::OtherSeminar:
        return tr("Another seminar's badge");
    case Outcome::UnknownCode:
        return tr("Unknown code");
    case Outcome::Undone:
        return tr("Check-in undone");
    }
    Q_UNREACHABLE();
}

} // namespace sd
