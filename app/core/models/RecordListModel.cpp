#include "core/models/RecordListModel.h"

namespace sd {

RecordListModel::RecordListModel(int columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= recordCount())
        return {};
    if (role == IdRole)
        return recordId(index.row());
    if (role == Qt::DisplayRole)
        return cellText(index.row(), index.column());
    return {};
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

qint64 RecordListModel::idAt(int row) const
{
    return row >= 0 && row < recordCount() ? recordId(row) : 0;
}

int RecordListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < recordCount(); ++row) {
        if (recordId(row) == id)
            return row;
    }
    return -1;
}

void RecordListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    if (recordCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(recordCount() - 1, m_columns - 1), {Qt::DisplayRole});
}

} // namespace sd
