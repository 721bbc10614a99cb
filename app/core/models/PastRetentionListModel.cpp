#include "core/models/PastRetentionListModel.h"

#include "core/records/DateTimeText.h"

namespace sd {

PastRetentionListModel::PastRetentionListModel(const PersonalDataErasure& erasure, QObject* parent)
    : RecordListModel(ColumnCount, parent)
    , m_erasure(erasure)
{
    reload();
}

void PastRetentionListModel::reload()
{
    replace(m_people, m_erasure.pastPeriod());
}

QList<qint64> PastRetentionListModel::attendeeIds() const
{
    QList<qint64> ids;
    ids.reserve(m_people.size());
    for (const AttendeePastRetention& person : m_people)
        ids.append(person.attendee.id);
    return ids;
}

QString PastRetentionListModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case OrganisationColumn:
        return tr("Organisation");
    case LastSeminarColumn:
        return tr("Last seminar ended");
    case RegistrationsColumn:
        return tr("Registrations");
    }
    return {};
}

QString PastRetentionListModel::cellText(int row, int column) const
{
    const AttendeePastRetention& person = m_people.at(row);
    switch (column) {
    case NameColumn:
        return person.attendee.displayName();
    case OrganisationColumn:
        return person.attendee.organisation;
    case LastSeminarColumn:
        // Someone registered for no seminar is counted from the last change of their record.
        if (!person.lastSeminarEndsAt.isValid()) {
            return tr("none (record changed %1)")
                .arg(DateTimeText::date(person.attendee.updatedAt.toLocalTime().date()));
        }
        return DateTimeText::date(person.lastSeminarEndsAt.date());
    case RegistrationsColumn:
        return QString::number(person.registrations);
    }
    return {};
}

} // namespace sd
