#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariantList>

namespace sd {

class Database;

// A read-only table over one SELECT that filters and sorts in SQL and fetches rows a page at a
// time: a view of 100,000 rows costs one COUNT(*) and the pages on screen, never the whole table.
// Qt::UserRole of any cell is the row's id.
class PagedSqlModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int pageSize = 256;

    struct Column
    {
        const char* header; // marked with QT_TR_NOOP: shown in the model's context, in the language of the moment
        QString expression; // what SELECT reads for the column
        QString orderBy; // what ORDER BY uses for it; empty: the column cannot be sorted
    };

    explicit PagedSqlModel(const Database& database, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    qint64 idAt(int row) const;
    // The row showing ID, or -1 when it is not in the current filter.
    int rowOf(qint64 id) const;
    QString lastError() const { return m_lastError; }
    // Whether rowCount() is still only the first page's, the full count coming from the event loop.
    bool isCounting() const { return m_countPending; }

Q_SIGNALS:
    // The number of rows is known (after a reset, or when a deferred count has finished).
    void rowCountSettled(int rows);
    // A reset or a count could not read the rows; the list shows what it has (perhaps nothing).
    void loadFailed(const QString& message);

public Q_SLOTS:
    // Reads the count again and forgets the fetched pages: call after the data changed.
    void reload();
    // The program's language changed: the headers and the values shown follow, the rows stay.
    void retranslate();

protected:
    // FROM_CLAUSE is "FROM ... JOIN ..."; ID_EXPRESSION the unique id each row is known by.
    void setSource(const QString& idExpression, const QString& fromClause, const QList<Column>& columns,
                   const QString& defaultOrder);
    const Database& database() const { return m_database; }
    // Replaces the FROM clause given to setSource (the same rows, reached another way).
    void setFromClause(const QString& fromClause) { m_from = fromClause; }
    // The order after the user's chosen column, with ? for each of VALUES.
    void setDefaultOrder(const QString& orderClause, const QVariantList& values);
    // WHEN the full count is taken after a reset: at once, or (while the user types) from the event
    // loop, once the first page is on screen, so that a keystroke costs one pass over the rows.
    enum class Counting { AtOnce, Deferred };
    // WHERE_CLAUSE without the word WHERE (empty: every row), with ? for each of VALUES.
    void setFilter(const QString& whereClause, const QVariantList& values, Counting counting = Counting::AtOnce);
    // How a stored value is shown; the default shows it as it is.
    virtual QVariant displayValue(int column, const QVariant& stored) const;
    virtual QVariant decoration(int column, const QVariant& stored) const;

private:
    void reset(Counting counting);
    int countRows() const;
    void finishDeferredCount();
    QString orderClause() const;
    QString whereClause() const;
    const QList<QVariantList>* page(int index) const;

    const Database& m_database;
    QString m_idExpression;
    QString m_from;
    QList<Column> m_columns;
    QString m_defaultOrder;
    QVariantList m_orderValues;
    QString m_where;
    QVariantList m_whereValues;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_rowCount = 0;
    bool m_countPending = false;
    quint64 m_generation = 0; // a deferred count of an older filter is dropped
    mutable QHash<int, QList<QVariantList>> m_pages;
    mutable QList<int> m_pageUse; // most recently used last, to forget the oldest
    mutable QString m_lastError;
};

} // namespace sd
