#pragma once

#include "core/models/PagedSqlModel.h"

namespace sd {

// Every person in the database, whatever seminars they came to, searched and sorted in SQL: what
// the People page lists, fast with 100,000 people. Its ids are attendee ids.
class PersonListModel : public PagedSqlModel
{
    Q_OBJECT

public:
    enum ColumnIndex {
        NameColumn,
        ReadingColumn,
        OrganisationColumn,
        EmailColumn,
        RegistrationsColumn,
        LastSeminarColumn,
        IdColumn,
        ColumnCount
    };

    explicit PersonListModel(const Database& database, QObject* parent = nullptr);

    // Matches names in kanji, kana or Latin script, organisation and e-mail, however typed.
    void setSearchText(const QString& text);

protected:
    QVariant displayValue(int column, const QVariant& stored) const override;
};

} // namespace sd
