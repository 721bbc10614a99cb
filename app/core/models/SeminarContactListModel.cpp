#include "core/models/SeminarContactListModel.h"

#include "core/records/PhoneNumber.h"
#include "core/settings/Translations.h"

namespace sd {

SeminarContactListModel::SeminarContactListModel(const Database& database, QObject* parent)
    : RecordListModel(ColumnCount, parent)
    , m_database(database)
{
}

void SeminarContactListModel::setSeminar(qint64 seminarId)
{
    m_seminarId = seminarId;
    reload();
}

void SeminarContactListModel::reload()
{
    replace(m_links,
            m_seminarId > 0 ? ContactStore(m_database).forSeminar(m_seminarId)
                            : Result<QList<SeminarContact>>(QList<SeminarContact>()));
}

QString SeminarContactListModel::columnTitle(int column) const
{
    switch (column) {
    case RoleColumn:
        return tr("Role");
    case NameColumn:
        return tr("Name");
    case OrganisationColumn:
        return tr("Organisation");
    case TelColumn:
        return tr("Telephone");
    case EmailColumn:
        return tr("E-mail");
    }
    return {};
}

QString SeminarContactListModel::cellText(int row, int column) const
{
    const SeminarContact& link = m_links.at(row);
    switch (column) {
    case RoleColumn:
        return Contact::roleName(link.role);
    case NameColumn:
        return link.contact.name;
    case OrganisationColumn:
        return link.contact.organisation;
    case TelColumn:
        return PhoneNumber::display(link.contact.tel, Translations::current());
    case EmailColumn:
        return link.contact.email;
    }
    return {};
}

} // namespace sd
