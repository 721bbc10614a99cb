#pragma once

#include <QList>

#include "core/models/RecordListModel.h"
#include "core/stores/ContactStore.h"

namespace sd {

class Database;

// The contacts linked to a seminar, each with its role there (one row per link: a contact can be
// both organiser and enquiries). Ids are the contacts'.
class SeminarContactListModel final : public RecordListModel
{
    Q_OBJECT

public:
    enum ColumnIndex { RoleColumn, NameColumn, OrganisationColumn, TelColumn, EmailColumn, ColumnCount };

    explicit SeminarContactListModel(const Database& database, QObject* parent = nullptr);

    void setSeminar(qint64 seminarId);
    void reload() override;
    // The link shown in ROW (its contact and role); ROW must be a row of the list.
    const SeminarContact& linkAt(int row) const { return m_links.at(row); }

protected:
    int recordCount() const override { return int(m_links.size()); }
    qint64 recordId(int row) const override { return m_links.at(row).contact.id; }
    QString columnTitle(int column) const override;
    QString cellText(int row, int column) const override;

private:
    const Database& m_database;
    qint64 m_seminarId = 0;
    QList<SeminarContact> m_links;
};

} // namespace sd
