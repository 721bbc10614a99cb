#pragma once

#include <QList>

#include "core/models/RecordListModel.h"
#include "core/records/Venue.h"

namespace sd {

class Database;

// Every venue, shared by the seminars held there.
class VenueListModel final : public RecordListModel
{
    Q_OBJECT

public:
    enum ColumnIndex { NameColumn, NameEnColumn, AddressColumn, PostalCodeColumn, ColumnCount };

    explicit VenueListModel(const Database& database, QObject* parent = nullptr);

    void reload() override;

protected:
    int recordCount() const override { return int(m_venues.size()); }
    qint64 recordId(int row) const override { return m_venues.at(row).id; }
    QString columnTitle(int column) const override;
    QString cellText(int row, int column) const override;

private:
    const Database& m_database;
    QList<Venue> m_venues;
};

} // namespace sd
