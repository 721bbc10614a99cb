#include "core/models/AttendanceFiguresModel.h"

#include <QFont>

#include "core/records/Attendee.h"

namespace sd {

namespace {

// The internal id of a row under a group: the group's row, plus one; 0 for the top rows.
constexpr quintptr topLevel = 0;

} // namespace

AttendanceFiguresModel::AttendanceFiguresModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void AttendanceFiguresModel::setSummary(const AttendanceSummary& summary)
{
    beginResetModel();
    m_total = summary.total();
    m_byCategory = summary.byCategory();
    m_byOrganisation = summary.byOrganisation();
    endResetModel();
}

QModelIndex AttendanceFiguresModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : topLevel);
}

QModelIndex AttendanceFiguresModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int AttendanceFiguresModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return TopRowCount;
    if (parent.internalId() != topLevel || parent.column() != 0)
        return 0;
    switch (parent.row()) {
    case CategoryGroupRow:
        return int(m_byCategory.size());
    case OrganisationGroupRow:
        return int(m_byOrganisation.size());
    default:
        return 0;
    }
}

int AttendanceFiguresModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const AttendanceSummary::Figures* AttendanceFiguresModel::figuresAt(const QModelIndex& index) const
{
    if (index.internalId() == topLevel)
        return index.row() == EveryoneRow ? &m_total : nullptr;
    const auto& group = index.internalId() - 1 == CategoryGroupRow ? m_byCategory : m_byOrganisation;
    return &group.at(index.row());
}

QString AttendanceFiguresModel::labelAt(const QModelIndex& index) const
{
    if (index.internalId() == topLevel) {
        switch (index.row()) {
        case EveryoneRow:
            return tr("Everyone");
        case CategoryGroupRow:
            return tr("By category");
        default:
            return tr("By organisation");
        }
    }
    const AttendanceSummary::Figures& figures = *figuresAt(index);
    if (index.internalId() - 1 == CategoryGroupRow)
        return Attendee::categoryName(figures.label);
    return figures.label.isEmpty() ? tr("(no organisation)") : figures.label;
}

QString AttendanceFiguresModel::cellText(const AttendanceSummary::Figures& figures, int column)
{
    switch (column) {
    case RegisteredColumn:
        return QString::number(figures.registered);
    case AttendedColumn:
        return QString::number(figures.attended);
    case WalkInsColumn:
        return QString::number(figures.walkIns);
    case NoShowsColumn:
        return QString::number(figures.noShows);
    case RateColumn:
        return figures.rateText(QLocale());
    default:
        return {};
    }
}

QVariant AttendanceFiguresModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AttendanceSummary::Figures* figures = figuresAt(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == LabelColumn)
            return labelAt(index);
        return figures ? cellText(*figures, index.column()) : QString();
    case Qt::ToolTipRole:
        // An organisation's long name, cut short in a narrow column.
        return index.column() == LabelColumn ? QVariant(labelAt(index)) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter | (index.column() == LabelColumn ? Qt::AlignLeft : Qt::AlignRight));
    case Qt::FontRole:
        // The whole seminar and the headings of the groups stand out from the rows under them.
        if (index.internalId() == topLevel) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant AttendanceFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter | (section == LabelColumn ? Qt::AlignLeft : Qt::AlignRight));
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RegisteredColumn:
            return tr("Registered beforehand and still expected: not cancelled or waitlisted.");
        case AttendedColumn:
            return tr("Everyone checked in, walk-ins included.");
        case WalkInsColumn:
            return tr("Registered at the door.");
        case NoShowsColumn:
            return tr("Registered beforehand, never checked in.");
        case RateColumn:
            return tr("Of those registered beforehand, the share who came.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RegisteredColumn:
        return tr("Registered");
    case AttendedColumn:
        return tr("Attended");
    case WalkInsColumn:
        return tr("Walk-ins");
    case NoShowsColumn:
        return tr("No-shows");
    case RateColumn:
        return tr("Rate");
    default:
        return QString();
    }
}

} // namespace sd
