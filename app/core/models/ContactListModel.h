#pragma once

#include "core/models/PagedSqlModel.h"

namespace sd {

// The shared contact book in gojuon order, searchable by name, reading, organisation and e-mail.
class ContactListModel : public PagedSqlModel
{
    Q_OBJECT

public:
    enum ColumnIndex {
        NameColumn,
        ReadingColumn,
        OrganisationColumn,
        JobTitleColumn,
        TelColumn,
        EmailColumn,
        ColumnCount
    };

    explicit ContactListModel(const Database& database, QObject* parent = nullptr);
    void setSearchText(const QString& text);

protected:
    // Telephone numbers in the form of the program's language (see PhoneNumber).
    QVariant displayValue(int column, const QVariant& stored) const override;
};

} // namespace sd
