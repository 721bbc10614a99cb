#pragma once

#include <QList>

#include "core/models/RecordListModel.h"
#include "core/stores/RegistrationStore.h"

namespace sd {

class Database;

// One person's registrations across seminars, the latest seminar first: the lower half of the
// People page. Ids are the registrations'.
class PersonRegistrationListModel final : public RecordListModel
{
    Q_OBJECT

public:
    enum ColumnIndex { SeminarColumn, DateColumn, StatusColumn, ColumnCount };

    explicit PersonRegistrationListModel(const Database& database, QObject* parent = nullptr);

    qint64 attendeeId() const { return m_attendeeId; }
    // The person whose registrations are listed (0: none).
    void setAttendee(qint64 attendeeId);
    void reload() override;
    // The registration shown in ROW, with its seminar; ROW must be a row of the list.
    const SeminarRegistration& registrationAt(int row) const { return m_rows.at(row); }

protected:
    int recordCount() const override { return int(m_rows.size()); }
    qint64 recordId(int row) const override { return m_rows.at(row).registration.id; }
    QString columnTitle(int column) const override;
    QString cellText(int row, int column) const override;

private:
    const Database& m_database;
    qint64 m_attendeeId = 0;
    QList<SeminarRegistration> m_rows;
};

} // namespace sd
