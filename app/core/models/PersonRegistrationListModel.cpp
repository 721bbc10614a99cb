#include "core/models/PersonRegistrationListModel.h"

#include "core/records/DateTimeText.h"

namespace sd {

PersonRegistrationListModel::PersonRegistrationListModel(const Database& database, QObject* parent)
    : RecordListModel(ColumnCount, parent)
    , m_database(database)
{
}

void PersonRegistrationListModel::setAttendee(qint64 attendeeId)
{
    m_attendeeId = attendeeId;
    reload();
}

void PersonRegistrationListModel::reload()
{
    replace(m_rows,
            m_attendeeId > 0 ? RegistrationStore(m_database).seminarsOf(m_attendeeId)
                             : Result<QList<SeminarRegistration>>(QList<SeminarRegistration>()));
}

QString PersonRegistrationListModel::columnTitle(int column) const
{
    switch (column) {
    case SeminarColumn:
        return tr("Seminar");
    case DateColumn:
        return tr("Date");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QString PersonRegistrationListModel::cellText(int row, int column) const
{
    const SeminarRegistration& each = m_rows.at(row);
    switch (column) {
    case SeminarColumn:
        return each.seminar.localTitle();
    case DateColumn:
        return DateTimeText::dateTime(each.seminar.startsAt);
    case StatusColumn:
        return Registration::statusName(each.registration.status);
    }
    return {};
}

} // namespace sd
