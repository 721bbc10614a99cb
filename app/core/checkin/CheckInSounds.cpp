#include "core/checkin/CheckInSounds.h"

namespace sd {

CheckInSounds::CheckInSounds(bool on)
    : m_on(on)
{
}

QString CheckInSounds::soundFor(CheckInAnswer::Outcome outcome) const
{
    return m_on ? soundOf(outcome) : QString();
}

QString CheckInSounds::soundOf(CheckInAnswer::Outcome outcome)
{
    using Outcome = CheckInAnswer::Outcome;
    switch (outcome) {
    case Outcome::CheckedIn:
        return QStringLiteral(":/sounds/checked-in.wav");
    case Outcome::AlreadyCheckedIn:
        return QStringLiteral(":/sounds/already-checked-in.wav");
    case Outcome::Cancelled:
        return QStringLiteral(":/sounds/cancelled.wav");
    case Outcome::Waitlisted:
        return QStringLiteral(":/sounds/waitlisted.wav");
    case Outcome::NotRegistered:
        return QStringLiteral(":/sounds/not-registered.wav");
    case Outcome::OtherSeminar:
        return QStringLiteral(":/sounds/other-seminar.wav");
    case Outcome::UnknownCode:
        return QStringLiteral(":/sounds/unknown-code.wav");
    case Outcome::Undone:
        break;
    }
    return {};
}

QList<CheckInAnswer::Outcome> CheckInSounds::soundingOutcomes()
{
    using Outcome = CheckInAnswer::Outcome;
    return {Outcome::CheckedIn,     Outcome::AlreadyCheckedIn, Outcome::Cancelled,  Outcome::Waitlisted,
            Outcome::NotRegistered, Outcome::OtherSeminar,     Outcome::UnknownCode};
}

} // namespace sd
