#include "gui/desk/TableViews.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include "core/models/PagedSqlModel.h"
#include "core/models/RecordListModel.h"

namespace sd {

namespace {

constexpr int cellPadding = 24; // the cell's margins and the header's sort arrow
constexpr int widestColumnCharacters = 40; // a long note or address does not push the rest away

} // namespace

void TableViews::setUp(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void TableViews::select(QTableView* view, int row)
{
    if (!view->model() || row < 0 || row >= view->model()->rowCount())
        return;
    const QModelIndex index = view->model()->index(row, 0);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

void TableViews::selectId(QTableView* view, qint64 id)
{
    if (id <= 0)
        return;
    // Each kind of model finds its row its own way: a paged one in SQL, without reading every page.
    if (auto* paged = qobject_cast<PagedSqlModel*>(view->model()))
        select(view, paged->rowOf(id));
    else if (auto* list = qobject_cast<RecordListModel*>(view->model()))
        select(view, list->rowOf(id));
}

qint64 TableViews::currentId(const QTableView* view)
{
    return view->currentIndex().data(Qt::UserRole).toLongLong();
}

void TableViews::fitColumns(QTableView* view)
{
    if (!view->model())
        return;
    const int widest = view->fontMetrics().averageCharWidth() * widestColumnCharacters;
    const int last = view->model()->columnCount() - 1;
    for (int column = 0; column < last; ++column) {
        // Only wider: a width the user chose, or remembered from the last run, stays when it fits.
        const int before = view->columnWidth(column);
        view->resizeColumnToContents(column);
        view->setColumnWidth(column, qMax(before, qMin(view->columnWidth(column), widest)));
    }
}

void TableViews::fitToNames(QTableView* view, int column, const QStringList& names)
{
    const QString header = view->model() ? view->model()->headerData(column, Qt::Horizontal).toString() : QString();
    int width = view->horizontalHeader()->fontMetrics().horizontalAdvance(header) + cellPadding;
    for (const QString& name : names)
        width = qMax(width, view->fontMetrics().horizontalAdvance(name) + cellPadding);
    view->setColumnWidth(column, width);
}

} // namespace sd
