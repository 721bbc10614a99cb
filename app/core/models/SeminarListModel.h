#pragma once

#include <QDateTime>

#include "core/models/PagedSqlModel.h"

namespace sd {

// Every seminar, upcoming ones first (soonest first), then past ones (latest first).
class SeminarListModel : public PagedSqlModel
{
    Q_OBJECT

public:
    enum ColumnIndex { DateColumn, TitleColumn, VenueColumn, StatusColumn, RegisteredColumn, ColumnCount };

    explicit SeminarListModel(const Database& database, QObject* parent = nullptr);
    // The moment that divides upcoming from past (now, unless a test says otherwise).
    void setNow(const QDateTime& now);

protected:
    QVariant displayValue(int column, const QVariant& stored) const override;
};

} // namespace sd
