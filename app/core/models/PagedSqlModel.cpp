#include "core/models/PagedSqlModel.h"

#include <QCoreApplication>
#include <QTimer>

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"

namespace sd {

namespace {

constexpr int pagesKept = 32;
constexpr int countDelayMs = 60;

} // namespace

PagedSqlModel::PagedSqlModel(const Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
}

void PagedSqlModel::setSource(const QString& idExpression, const QString& fromClause, const QList<Column>& columns,
                              const QString& defaultOrder)
{
    m_idExpression = idExpression;
    m_from = fromClause;
    m_columns = columns;
    m_defaultOrder = defaultOrder;
}

void PagedSqlModel::setDefaultOrder(const QString& orderClause, const QVariantList& values)
{
    m_defaultOrder = orderClause;
    m_orderValues = values;
    reload();
}

void PagedSqlModel::setFilter(const QString& whereClause, const QVariantList& values, Counting counting)
{
    m_where = whereClause;
    m_whereValues = values;
    reset(counting);
}

QString PagedSqlModel::whereClause() const
{
    return m_where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_where;
}

QString PagedSqlModel::orderClause() const
{
    QString order;
    if (m_sortColumn >= 0 && m_sortColumn < m_columns.size() && !m_columns.at(m_sortColumn).orderBy.isEmpty()) {
        // Empty values first going up, last going down, on both engines (PostgreSQL's own order
        // would be the other way round).
        const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC NULLS FIRST")
                                                                    : QStringLiteral(" DESC NULLS LAST");
        // Each comma-separated part of the sort expression follows the chosen direction.
        const QStringList parts = m_columns.at(m_sortColumn).orderBy.split(QLatin1Char(','));
        for (const QString& part : parts)
            order += part.trimmed() + direction + QStringLiteral(", ");
    }
    order += m_defaultOrder.isEmpty() ? m_idExpression : m_defaultOrder;
    return QStringLiteral(" ORDER BY ") + order;
}

void PagedSqlModel::reload()
{
    reset(Counting::AtOnce);
}

void PagedSqlModel::reset(Counting counting)
{
    beginResetModel();
    ++m_generation;
    m_pages.clear();
    m_pageUse.clear();
    m_rowCount = 0;
    m_countPending = false;
    m_lastError.clear();
    if (!m_from.isEmpty()) {
        // The first page comes first: when it is not full it is the whole result, and counting
        // would read every row again for nothing.
        const QList<QVariantList>* first = page(0);
        const int firstRows = first ? int(first->size()) : 0;
        if (firstRows < pageSize) {
            m_rowCount = firstRows;
        } else if (counting == Counting::Deferred) {
            m_rowCount = firstRows;
            m_countPending = true;
        } else {
            m_rowCount = countRows();
        }
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        Q_EMIT loadFailed(m_lastError);
    if (!m_countPending) {
        Q_EMIT rowCountSettled(m_rowCount);
        return;
    }
    // After a pause long enough for the first page to be painted; the next keystroke makes this
    // count stale, so typing quickly counts only once, at the end.
    QTimer::singleShot(countDelayMs, this, [this, generation = m_generation] {
        if (generation == m_generation)
            finishDeferredCount();
    });
}

void PagedSqlModel::finishDeferredCount()
{
    m_countPending = false;
    const int rows = countRows();
    if (!m_lastError.isEmpty())
        Q_EMIT loadFailed(m_lastError);
    if (rows > m_rowCount) {
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    }
    Q_EMIT rowCountSettled(m_rowCount);
}

int PagedSqlModel::countRows() const
{
    SqlStatement count(m_database, QStringLiteral("SELECT count(*) ") + m_from + whereClause());
    const Status ran = count.exec(m_whereValues);
    if (ran && count.next())
        return count.value(0).toInt();
    m_lastError = ran ? count.errorText() : ran.error();
    return 0;
}

const QList<QVariantList>* PagedSqlModel::page(int index) const
{
    auto cached = m_pages.constFind(index);
    if (cached != m_pages.constEnd()) {
        m_pageUse.removeOne(index);
        m_pageUse.append(index);
        return &cached.value();
    }
    QStringList expressions {m_idExpression};
    for (const Column& column : m_columns)
        expressions.append(column.expression);
    SqlStatement select(m_database,
                        QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", ")) + QLatin1Char(' ') + m_from
                            + whereClause() + orderClause() + QStringLiteral(" LIMIT ? OFFSET ?"));
    QVariantList values = m_whereValues + m_orderValues;
    values << pageSize << index * pageSize;
    if (Status ran = select.exec(values); !ran) {
        m_lastError = ran.error();
        return nullptr;
    }
    QList<QVariantList> rows;
    rows.reserve(pageSize);
    while (select.next()) {
        QVariantList row;
        row.reserve(expressions.size());
        for (int i = 0; i < expressions.size(); ++i)
            row.append(select.value(i));
        rows.append(row);
    }
    if (m_pageUse.size() >= pagesKept)
        m_pages.remove(m_pageUse.takeFirst());
    m_pageUse.append(index);
    return &m_pages.insert(index, rows).value();
}

int PagedSqlModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PagedSqlModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PagedSqlModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount)
        return {};
    if (role != Qt::DisplayRole && role != IdRole && role != Qt::DecorationRole && role != Qt::EditRole)
        return {};
    const QList<QVariantList>* rows = page(index.row() / pageSize);
    const int offset = index.row() % pageSize;
    if (!rows || offset >= rows->size())
        return {};
    const QVariantList& row = rows->at(offset);
    if (role == IdRole)
        return row.at(0);
    const QVariant stored = row.at(index.column() + 1);
    if (role == Qt::DecorationRole)
        return decoration(index.column(), stored);
    return role == Qt::EditRole ? stored : displayValue(index.column(), stored);
}

QVariant PagedSqlModel::displayValue(int /*column*/, const QVariant& stored) const
{
    return stored;
}

QVariant PagedSqlModel::decoration(int /*column*/, const QVariant& /*stored*/) const
{
    return {};
}

QVariant PagedSqlModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return QCoreApplication::translate(metaObject()->className(), m_columns.at(section).header);
}

void PagedSqlModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1), {Qt::DisplayRole});
}

void PagedSqlModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

qint64 PagedSqlModel::idAt(int row) const
{
    return data(index(row, 0), IdRole).toLongLong();
}

int PagedSqlModel::rowOf(qint64 id) const
{
    // Numbering the rows in SQL finds the row without fetching every page before it.
    SqlStatement select(m_database,
                        QStringLiteral("SELECT position FROM (SELECT ") + m_idExpression
                            + QStringLiteral(" AS row_id, row_number() OVER (") + orderClause()
                            + QStringLiteral(") AS position ") + m_from + whereClause()
                            + QStringLiteral(") AS numbered WHERE row_id = ?"));
    QVariantList values = m_orderValues + m_whereValues;
    values.append(id);
    if (Status ran = select.exec(values); !ran || !select.next())
        return -1;
    return select.value(0).toInt() - 1;
}

} // namespace sd
