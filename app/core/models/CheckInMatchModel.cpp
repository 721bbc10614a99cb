#include "core/models/CheckInMatchModel.h"

namespace sd {

CheckInMatchModel::CheckInMatchModel(QObject* parent)
    : RecordListModel(ColumnCount, parent)
{
}

void CheckInMatchModel::showRegistrations(Result<RegistrationMatches> matches)
{
    if (!matches) {
        show(Content::Registrations, fail(matches.error()), 0);
        return;
    }
    QList<Row> rows;
    for (const RegisteredAttendee& each : matches->rows)
        rows.append(
            {each.registration.id, each.attendee, each.registration.status, QString(), each.registration.checkInCode});
    show(Content::Registrations, rows, matches->total);
}

void CheckInMatchModel::showPeople(Result<QList<Attendee>> people)
{
    if (!people) {
        show(Content::People, fail(people.error()), 0);
        return;
    }
    QList<Row> rows;
    for (const Attendee& each : *people)
        rows.append({each.id, each, std::nullopt, QString(), QString()});
    show(Content::People, rows, int(rows.size()));
}

void CheckInMatchModel::showHolders(Result<QList<LentReceiver>> holders)
{
    if (!holders) {
        show(Content::Holders, fail(holders.error()), 0);
        return;
    }
    QList<Row> rows;
    for (const LentReceiver& each : *holders)
        rows.append({each.holder.id, each.holder, std::nullopt, each.loan.serial, each.checkInCode});
    show(Content::Holders, rows, int(rows.size()));
}

void CheckInMatchModel::clear()
{
    show(m_content, QList<Row>(), 0);
}

void CheckInMatchModel::show(Content content, Result<QList<Row>> rows, int total)
{
    m_content = content;
    m_total = total;
    replace(m_rows, std::move(rows));
}

QString CheckInMatchModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case ReadingColumn:
        return tr("Reading");
    case OrganisationColumn:
        return tr("Organisation");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QString CheckInMatchModel::cellText(int row, int column) const
{
    const Row& shown = m_rows.at(row);
    switch (column) {
    case NameColumn:
        return shown.person.displayName();
    case ReadingColumn:
        return shown.person.name().displayReading();
    case OrganisationColumn:
        return shown.person.organisation;
    case StatusColumn:
        if (shown.status)
            return Registration::statusName(*shown.status);
        if (m_content == Content::People)
            return tr("Not registered for this seminar");
        return shown.serial.isEmpty() ? tr("Receiver (no number)") : tr("Receiver %1").arg(shown.serial);
    }
    return {};
}

} // namespace sd
