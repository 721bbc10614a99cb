#include "core/print/BadgeSelection.h"

#include "core/stores/RegistrationStore.h"

namespace sd {

BadgeSelection BadgeSelection::registrations(const QList<qint64>& ids)
{
    BadgeSelection selection;
    selection.m_kind = Kind::Registrations;
    selection.m_ids = QSet<qint64>(ids.begin(), ids.end());
    return selection;
}

BadgeSelection BadgeSelection::ofKind(Kind kind)
{
    BadgeSelection selection;
    selection.m_kind = kind;
    return selection;
}

std::optional<BadgeSelection::Kind> BadgeSelection::kindFromKey(const QString& key)
{
    if (key == QLatin1String("all"))
        return Kind::All;
    if (key == QLatin1String("unprinted"))
        return Kind::NeverPrinted;
    if (key == QLatin1String("changed"))
        return Kind::ChangedSincePrinted;
    return std::nullopt;
}

QString BadgeSelection::kindName(Kind kind)
{
    switch (kind) {
    case Kind::All:
        return tr("Everyone registered");
    case Kind::Registrations:
        return tr("The selected registrations");
    case Kind::NeverPrinted:
        return tr("Badges never printed");
    case Kind::ChangedSincePrinted:
        return tr("Badges changed since printed");
    }
    Q_UNREACHABLE();
}

bool BadgeSelection::includes(const RegisteredAttendee& row) const
{
    const Registration& registration = row.registration;
    if (m_kind == Kind::Registrations)
        return m_ids.contains(registration.id);
    if (registration.status != Registration::Status::Registered
        && registration.status != Registration::Status::Attended)
        return false;
    const bool printed = registration.badgePrintedAt.isValid();
    switch (m_kind) {
    case Kind::All:
    case Kind::Registrations:
        return true;
    case Kind::NeverPrinted:
        return !printed;
    case Kind::ChangedSincePrinted:
        // By the change counters, not the clock: an edit in the second of the print counts too.
        return printed
            && (registration.version != registration.badgePrintedVersion
                || row.attendee.version != registration.badgePrintedAttendeeVersion);
    }
    Q_UNREACHABLE();
}

Status BadgeSelection::visit(const Database& database, qint64 seminarId,
                             const std::function<bool(const RegisteredAttendee&)>& visitor) const
{
    return RegistrationStore(database).visitRegisteredAttendees(
        seminarId, [&](const RegisteredAttendee& row) { return includes(row) ? visitor(row) : true; });
}

Result<int> BadgeSelection::count(const Database& database, qint64 seminarId) const
{
    int count = 0;
    Status visited = visit(database, seminarId, [&count](const RegisteredAttendee&) {
        ++count;
        return true;
    });
    if (!visited)
        return fail(visited.error());
    return count;
}

} // namespace sd
