// Prints tables on A4 pages onto any paged device (a PDF, a printer, a preview): a header on every
// page with the title, the seminar and "page n / m"; column headings repeated on each page; rows
// of one height, never split. The reception list, the receivers not returned and the attendance
// summary are printed with it.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>

#include "core/Result.h"
#include "core/print/PrintTarget.h"
#include "core/print/TableSection.h"

class QPagedPaintDevice;
class QPainter;

namespace sd {

class Progress;

class TablePrinter
{
    Q_DECLARE_TR_FUNCTIONS(TablePrinter)

public:
    // The rows of one section on one page.
    struct Slice
    {
        int section = 0;
        int firstRow = 0;
        int rowCount = 0;
        bool heading = false; // the section's heading line above it
    };
    struct Page
    {
        QString label; // the heading of the section it belongs to, in the page header
        QList<Slice> slices;
    };

    // TITLE and the lines under it (the seminar, its date) head every page.
    TablePrinter(QString title, QStringList subtitles, QList<TableSection> sections);

    // Gives DEVICE an A4 portrait page; the printer keeps its own margins inside it.
    static QPageLayout pageLayout();
    static void setUpPage(QPagedPaintDevice& device);
    // How the sections fall on pages (worked out in millimetres, the same on every device).
    const QList<Page>& pages() const { return m_pages; }
    // Told page by page how far painting is, and asked whether to stop; none by default.
    void setProgress(Progress* progress) { m_progress = progress; }
    // Stopped through the progress, it fails with Progress::stopped().
    Status paint(QPagedPaintDevice& device) const;
    // Prints the pages on TARGET (a PDF file through a temporary file: a failure or a stop leaves
    // the old file, a stop sends no job); gives the job a queue took.
    Result<std::optional<PrintedJob>> print(const PrintTarget& target) const;
    Status savePdf(const QString& path) const;

    static constexpr qreal rowHeightMm = 8;

private:
    void layOut();
    qreal headerHeightMm() const;
    void paintHeader(QPainter& painter, int pageIndex, qreal mm) const;
    qreal paintSlice(QPainter& painter, const Slice& slice, qreal top, qreal mm) const;

    QString m_title;
    QStringList m_subtitles;
    QList<TableSection> m_sections;
    QList<Page> m_pages;
    Progress* m_progress = nullptr;
};

} // namespace sd
