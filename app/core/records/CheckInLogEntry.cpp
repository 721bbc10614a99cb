#include "core/records/CheckInLogEntry.h"

#include <array>
#include <utility>

namespace sd {

namespace {

using Action = CheckInLogEntry::Action;
using Prior = CheckInLogEntry::Prior;

constexpr std::array<std::pair<Action, const char*>, 5> actionKeys {{
    {Action::CheckIn, "check_in"},
    {Action::WalkIn, "walk_in"},
    {Action::Undo, "undo"},
    {Action::ReceiverIssued, "receiver_issued"},
    {Action::ReceiverReturned, "receiver_returned"},
}};

constexpr std::array<std::pair<Prior, const char*>, 6> priorKeys {{
    {Prior::None, ""},
    {Prior::Registered, "registered"},
    {Prior::Waitlisted, "waitlisted"},
    {Prior::Cancelled, "cancelled"},
    {Prior::NotRegistered, "none"},
    {Prior::NewPerson, "new"},
}};

} // namespace

QString CheckInLogEntry::actionKey(Action action)
{
    for (const auto& [value, key] : actionKeys) {
        if (value == action)
            return QString::fromLatin1(key);
    }
    Q_UNREACHABLE();
}

std::optional<CheckInLogEntry::Action> CheckInLogEntry::actionFromKey(const QString& key)
{
    for (const auto& [value, text] : actionKeys) {
        if (key == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString CheckInLogEntry::actionName(Action action)
{
    switch (action) {
    case Action::CheckIn:
        return tr("Checked in");
    case Action::WalkIn:
        return tr("Walk-in");
    case Action::Undo:
        return tr("Undone");
    case Action::ReceiverIssued:
        return tr("Receiver issued");
    case Action::ReceiverReturned:
        return tr("Receiver returned");
    }
    Q_UNREACHABLE();
}

QString CheckInLogEntry::priorKey(Prior prior)
{
    for (const auto& [value, key] : priorKeys) {
        if (value == prior)
            return QString::fromLatin1(key);
    }
    Q_UNREACHABLE();
}

CheckInLogEntry::Prior CheckInLogEntry::priorFromKey(const QString& key)
{
    for (const auto& [value, text] : priorKeys) {
        if (key == QLatin1String(text))
            return value;
    }
    return Prior::None;
}

} // namespace sd
