#pragma once

#include <QAbstractItemModel>
#include <QList>

#include "core/checkin/AttendanceSummary.h"

namespace sd {

// An attendance summary on screen, as a tree: everyone, then each category and each organisation
// under a heading of their own, with registered, attended, walk-ins, no-shows and the rate. The
// figures are AttendanceSummary's, shown as they are.
class AttendanceFiguresModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum ColumnIndex {
        LabelColumn,
        RegisteredColumn,
        AttendedColumn,
        WalkInsColumn,
        NoShowsColumn,
        RateColumn,
        ColumnCount
    };
    // The rows at the top; the two groups hold a row a category or an organisation.
    enum TopRow { EveryoneRow, CategoryGroupRow, OrganisationGroupRow, TopRowCount };

    explicit AttendanceFiguresModel(QObject* parent = nullptr);

    void setSummary(const AttendanceSummary& summary);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The figures a row shows; null for the two group headings.
    const AttendanceSummary::Figures* figuresAt(const QModelIndex& index) const;
    QString labelAt(const QModelIndex& index) const;
    static QString cellText(const AttendanceSummary::Figures& figures, int column);

    AttendanceSummary::Figures m_total;
    QList<AttendanceSummary::Figures> m_byCategory;
    QList<AttendanceSummary::Figures> m_byOrganisation;
};

} // namespace sd
