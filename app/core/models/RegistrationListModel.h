#pragma once

#include <QStringList>

#include "core/models/PagedSqlModel.h"

namespace sd {

// The attendees registered for one seminar, filtered and sorted in SQL: what the desk's main
// list shows, fast with 100,000 rows. Its ids are registration ids.
class RegistrationListModel : public PagedSqlModel
{
    Q_OBJECT

public:
    enum ColumnIndex {
        NameColumn,
        ReadingColumn,
        StatusColumn,
        CategoryColumn,
        OrganisationColumn,
        LatinNameColumn,
        ReceiverColumn,
        CheckInCodeColumn,
        RegisteredColumn,
        EmailColumn,
        ColumnCount
    };

    explicit RegistrationListModel(const Database& database, QObject* parent = nullptr);

    qint64 seminarId() const { return m_seminarId; }
    void setSeminar(qint64 seminarId);
    // Matches names in kanji, kana, Latin script or the reading's romaji, organisation and e-mail,
    // however typed (accents or none), and the check-in code on a badge.
    void setSearchText(const QString& text);
    // Registration status keys to show; empty: all.
    void setStatuses(const QStringList& statusKeys);
    // Attendee category key to show; empty: all.
    void setCategory(const QString& categoryKey);

protected:
    QVariant displayValue(int column, const QVariant& stored) const override;

private:
    void applyFilter(Counting counting = Counting::AtOnce);

    qint64 m_seminarId = 0;
    QString m_searchText;
    QStringList m_statuses;
    QString m_category;
};

} // namespace sd
