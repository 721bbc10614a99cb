// What the desk's tables share: their look, choosing a row by position or by record id, and
// column widths that show every header in full.
#pragma once

#include <QStringList>

class QTableView;

namespace sd {

class TableViews
{
public:
    // Whole rows, one at a time, read-only, compact, the last column taking the spare width.
    static void setUp(QTableView* view);
    // Makes ROW current and selected, and scrolls to it; nothing when ROW is not in the view.
    static void select(QTableView* view, int row);
    // The same for the row of record ID (as the models' Qt::UserRole gives it).
    static void selectId(QTableView* view, qint64 id);
    // The record id of the current row; 0: none.
    static qint64 currentId(const QTableView* view);
    // For the short lists: each column but the last at least as wide as its header and its widest
    // cell, within reason; the last one takes what is left.
    static void fitColumns(QTableView* view);
    // Width for COLUMN when its cells come from a short list of NAMES (statuses, categories),
    // the header included, in the view's font.
    static void fitToNames(QTableView* view, int column, const QStringList& names);
};

} // namespace sd
