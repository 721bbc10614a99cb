#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

// One table of a printed list (TablePrinter): its columns and rows, and a heading.
struct TableSection
{
    struct Column
    {
        QString heading;
        qreal widthMm = 0; // 0: a share of the width the fixed columns leave
        qreal share = 1;
        Qt::Alignment alignment = Qt::AlignLeft;
        bool tickBox = false; // an empty box to tick by hand, whatever the row says
    };

    // A section that starts a page shows its heading in the header of each of its pages (a
    // reception desk's range of names); one that follows on shows it above its table.
    QString heading;
    bool startsPage = true;
    QList<Column> columns;
    QList<QStringList> rows;
    QString emptyText; // shown in place of rows when there are none
};

} // namespace sd
