#include "core/print/TablePrinter.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include "core/Progress.h"
#include "core/print/BadgeStyle.h"
#include "core/print/FittedText.h"

namespace sd {

namespace {

constexpr qreal pageWidthMm = 210;
constexpr qreal pageHeightMm = 297;
constexpr qreal marginMm = 12;
constexpr qreal titleHeightMm = 9;
constexpr qreal subtitleHeightMm = 5;
constexpr qreal headerGapMm = 4; // between the header's rule and the first table
constexpr qreal headingHeightMm = 9; // a section's heading line above its table
constexpr qreal columnRowMm = 7;
constexpr qreal sectionGapMm = 4;
constexpr qreal cellPaddingMm = 1.2;
constexpr qreal tickBoxMm = 5;

const QColor ink(0x1f, 0x23, 0x28);
const QColor secondaryInk(0x5c, 0x63, 0x6b);
const QColor rule(0xb8, 0xbe, 0xc4);
const QColor headingFill(0xe8, 0xec, 0xef);

QFont fontOf(qreal pt, QFont::Weight weight = QFont::Normal)
{
    QFont font = BadgeStyle::font(weight);
    font.setPointSizeF(pt);
    return font;
}

// A cell's text is never cut off: it shrinks from LARGEST_PT to SMALLEST_PT, then wraps onto a
// second line (breaking inside a word only when nothing else fits).
FittedText cellText(const QString& text, const QFont& font, const QSizeF& box, qreal largestPt, qreal smallestPt,
                    const QPaintDevice* device)
{
    FittedText::Limits limits;
    limits.largestPt = largestPt;
    limits.smallestPt = smallestPt;
    limits.maxLines = 2;
    return FittedText::fitted(text, font, box, limits, device);
}

// The columns' widths in millimetres: fixed ones as given, the rest sharing what is left.
QList<qreal> columnWidths(const QList<TableSection::Column>& columns)
{
    qreal fixed = 0;
    qreal shares = 0;
    for (const TableSection::Column& column : columns) {
        fixed += column.widthMm;
        shares += column.widthMm > 0 ? 0 : column.share;
    }
    const qreal left = qMax<qreal>(0, pageWidthMm - 2 * marginMm - fixed);
    QList<qreal> widths;
    for (const TableSection::Column& column : columns)
        widths.append(column.widthMm > 0 ? column.widthMm : left * column.share / qMax<qreal>(shares, 1));
    return widths;
}

} // namespace

TablePrinter::TablePrinter(QString title, QStringList subtitles, QList<TableSection> sections)
    : m_title(std::move(title))
    , m_subtitles(std::move(subtitles))
    , m_sections(std::move(sections))
{
    layOut();
}

QPageLayout TablePrinter::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
}

void TablePrinter::setUpPage(QPagedPaintDevice& device)
{
    device.setPageLayout(pageLayout());
}

qreal TablePrinter::headerHeightMm() const
{
    return titleHeightMm + subtitleHeightMm * m_subtitles.size() + headerGapMm;
}

// Fills m_pages: every section that starts a page gets a new one; the others follow on where
// there is room for their heading, column headings and a first row.
void TablePrinter::layOut()
{
    const qreal top = marginMm + headerHeightMm();
    const qreal bottom = pageHeightMm - marginMm;
    qreal y = bottom; // no page yet: as if the last one were full
    const auto newPage = [&](const QString& label) {
        m_pages.append(Page {label, {}});
        y = top;
    };
    for (int index = 0; index < m_sections.size(); ++index) {
        const TableSection& section = m_sections.at(index);
        const QString label = section.startsPage ? section.heading : QString();
        if (section.startsPage || m_pages.isEmpty())
            newPage(label);
        const int total = int(section.rows.size());
        int done = 0;
        bool first = true;
        for (;;) {
            const bool heading = first && !section.startsPage && !section.heading.isEmpty();
            const qreal lead = (first && y > top ? sectionGapMm : 0) + (heading ? headingHeightMm : 0) + columnRowMm;
            if (y + lead + rowHeightMm > bottom) {
                newPage(label);
                continue;
            }
            const int count = qMin(int((bottom - y - lead) / rowHeightMm), total - done);
            m_pages.last().slices.append(Slice {index, done, count, heading});
            y += lead + qMax(count, total == 0 ? 1 : 0) * rowHeightMm;
            done += count;
            first = false;
            if (done == total)
                break;
            newPage(label);
        }
    }
}

Status TablePrinter::paint(QPagedPaintDevice& device) const
{
    const qint64 pages = m_pages.size();
    const auto goOn = [&](qint64 done) {
        return !m_progress
            || m_progress->report(
                tr("Writing “%1”… page %2 of %n", nullptr, int(pages)).arg(m_title).arg(qMin(done + 1, pages)), done,
                pages);
    };
    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("Could not start painting the list."));
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal mm = device.logicalDpiX() / 25.4;
    for (int index = 0; index < m_pages.size(); ++index) {
        if (!goOn(index)) {
            painter.end();
            return Progress::stopped();
        }
        if (index > 0)
            device.newPage();
        paintHeader(painter, index, mm);
        qreal y = (marginMm + headerHeightMm()) * mm;
        for (const Slice& slice : m_pages.at(index).slices) {
            if (y > (marginMm + headerHeightMm()) * mm + 0.5)
                y += sectionGapMm * mm;
            y = paintSlice(painter, slice, y, mm);
        }
    }
    if (!painter.end())
        return fail(tr("Could not finish painting the list."));
    if (!goOn(pages))
        return Progress::stopped();
    return {};
}

void TablePrinter::paintHeader(QPainter& painter, int pageIndex, qreal mm) const
{
    const qreal left = marginMm * mm;
    const qreal width = (pageWidthMm - 2 * marginMm) * mm;
    const QRectF titleBox(left, marginMm * mm, width, titleHeightMm * mm);
    painter.setPen(ink);
    painter.setFont(fontOf(15, QFont::Bold));
    painter.drawText(titleBox, Qt::AlignLeft | Qt::AlignTop, m_title);
    painter.setFont(fontOf(12, QFont::Bold));
    painter.drawText(titleBox, Qt::AlignRight | Qt::AlignTop, m_pages.at(pageIndex).label);
    qreal y = (marginMm + titleHeightMm) * mm;
    painter.setFont(fontOf(9.5));
    for (int line = 0; line < m_subtitles.size(); ++line) {
        const QRectF box(left, y, width, subtitleHeightMm * mm);
        painter.setPen(line == 0 ? ink : secondaryInk);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, m_subtitles.at(line));
        if (line == m_subtitles.size() - 1)
            painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                             QStringLiteral("%1 / %2").arg(pageIndex + 1).arg(m_pages.size()));
        y += subtitleHeightMm * mm;
    }
    y += 1.5 * mm;
    painter.setPen(QPen(ink, 0.4 * mm));
    painter.drawLine(QPointF(left, y), QPointF(left + width, y));
}

// Paints SLICE from TOP down; gives where it ends.
qreal TablePrinter::paintSlice(QPainter& painter, const Slice& slice, qreal top, qreal mm) const
{
    const TableSection& section = m_sections.at(slice.section);
    const qreal left = marginMm * mm;
    const qreal width = (pageWidthMm - 2 * marginMm) * mm;
    qreal y = top;
    if (slice.heading) {
        painter.setPen(ink);
        painter.setFont(fontOf(11, QFont::Bold));
        painter.drawText(QRectF(left, y, width, headingHeightMm * mm), Qt::AlignLeft | Qt::AlignVCenter,
                         section.heading);
        y += headingHeightMm * mm;
    }
    QList<qreal> edges {left};
    for (qreal columnWidth : columnWidths(section.columns))
        edges.append(edges.constLast() + columnWidth * mm);
    const qreal pad = cellPaddingMm * mm;
    const qreal tableTop = y;

    painter.fillRect(QRectF(left, y, width, columnRowMm * mm), headingFill);
    for (int c = 0; c < section.columns.size(); ++c) {
        const TableSection::Column& column = section.columns.at(c);
        const QRectF cell(edges.at(c) + pad, y, edges.at(c + 1) - edges.at(c) - 2 * pad, columnRowMm * mm);
        const FittedText text
            = cellText(column.heading, fontOf(8.5, QFont::Bold), cell.size(), 8.5, 6, painter.device());
        painter.setPen(ink);
        text.paint(painter, cell, (column.tickBox ? Qt::AlignHCenter : column.alignment) | Qt::AlignVCenter);
    }
    y += columnRowMm * mm;

    const qreal rowHeight = rowHeightMm * mm;
    if (section.rows.isEmpty()) {
        painter.setPen(secondaryInk);
        painter.setFont(fontOf(9));
        painter.drawText(QRectF(left + pad, y, width - 2 * pad, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         section.emptyText);
        y += rowHeight;
    }
    for (int r = slice.firstRow; r < slice.firstRow + slice.rowCount; ++r) {
        const QStringList& row = section.rows.at(r);
        for (int c = 0; c < section.columns.size(); ++c) {
            const TableSection::Column& column = section.columns.at(c);
            const QRectF cell(edges.at(c) + pad, y, edges.at(c + 1) - edges.at(c) - 2 * pad, rowHeight);
            if (column.tickBox) {
                const qreal side = tickBoxMm * mm;
                painter.setPen(QPen(ink, 0.3 * mm));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(QRectF(cell.center() - QPointF(side / 2, side / 2), QSizeF(side, side)));
                continue;
            }
            const FittedText text = cellText(row.value(c), fontOf(9), cell.size(), 9, 6.5, painter.device());
            painter.setPen(ink);
            text.paint(painter, cell, column.alignment | Qt::AlignVCenter);
        }
        y += rowHeight;
        painter.setPen(QPen(rule, 0.2 * mm));
        painter.drawLine(QPointF(left, y), QPointF(left + width, y));
    }
    painter.setPen(QPen(rule, 0.2 * mm));
    for (int c = 1; c < edges.size() - 1; ++c)
        painter.drawLine(QPointF(edges.at(c), tableTop), QPointF(edges.at(c), y));
    painter.setPen(QPen(ink, 0.3 * mm));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(left, tableTop, width, y - tableTop));
    return y;
}

Result<std::optional<PrintedJob>> TablePrinter::print(const PrintTarget& target) const
{
    return target.send(m_title, [this](QPdfWriter& writer) {
        setUpPage(writer);
        return paint(writer);
    });
}

Status TablePrinter::savePdf(const QString& path) const
{
    auto written = print(PrintTarget::pdfFile(path));
    return written ? Status() : fail(written.error());
}

} // namespace sd
