#pragma once

#include <QList>

#include "core/models/RecordListModel.h"
#include "core/stores/PersonalDataErasure.h"

namespace sd {

// The people past the retention period, as the erasure that will erase them sees them (the same
// list as `seminar-desk erase --dry-run`), in gojuon order. Ids are the attendees'.
class PastRetentionListModel final : public RecordListModel
{
    Q_OBJECT

public:
    enum ColumnIndex { NameColumn, OrganisationColumn, RegistrationsColumn, LastSeminarColumn, ColumnCount };

    explicit PastRetentionListModel(const PersonalDataErasure& erasure, QObject* parent = nullptr);

    const PersonalDataErasure& erasure() const { return m_erasure; }
    void reload() override;
    // Everyone listed: the people an erasure is asked for.
    QList<qint64> attendeeIds() const;

protected:
    int recordCount() const override { return int(m_people.size()); }
    qint64 recordId(int row) const override { return m_people.at(row).attendee.id; }
    QString columnTitle(int column) const override;
    QString cellText(int row, int column) const override;

private:
    PersonalDataErasure m_erasure;
    QList<AttendeePastRetention> m_people;
};

} // namespace sd
