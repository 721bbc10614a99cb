#include "core/models/VenueListModel.h"

#include "core/stores/VenueStore.h"

namespace sd {

VenueListModel::VenueListModel(const Database& database, QObject* parent)
    : RecordListModel(ColumnCount, parent)
    , m_database(database)
{
    reload();
}

void VenueListModel::reload()
{
    replace(m_venues, VenueStore(m_database).all());
}

QString VenueListModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case NameEnColumn:
        return tr("Name (English)");
    case AddressColumn:
        return tr("Address");
    case PostalCodeColumn:
        return tr("Postal code");
    }
    return {};
}

QString VenueListModel::cellText(int row, int column) const
{
    const Venue& venue = m_venues.at(row);
    switch (column) {
    case NameColumn:
        return venue.name;
    case NameEnColumn:
        return venue.nameEn;
    case AddressColumn:
        return venue.address;
    case PostalCodeColumn:
        return venue.postalCode;
    }
    return {};
}

} // namespace sd
