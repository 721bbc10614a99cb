#include "core/print/BadgeSheetPrinter.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include "core/print/BadgeContent.h"
#include "core/print/BadgeSelection.h"
#include "core/print/PdfFile.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"

namespace sd {

namespace {

qreal pxPerMm(const QPaintDevice& device)
{
    return device.logicalDpiX() / 25.4;
}

} // namespace

BadgeSheetPrinter::BadgeSheetPrinter(LabelSheet sheet, BadgeStyle style)
    : m_sheet(std::move(sheet))
    , m_renderer(std::move(style))
{
}

QString BadgeSheetPrinter::validationError() const
{
    if (m_startLabel < 0 || m_startLabel >= m_sheet.labelsPerSheet())
        return tr("The labels to skip must be from 0 to %1 on the sheet %2, not %3.")
            .arg(m_sheet.labelsPerSheet() - 1)
            .arg(m_sheet.name())
            .arg(m_startLabel);
    return {};
}

int BadgeSheetPrinter::pageCount(int badges) const
{
    if (badges <= 0)
        return 0;
    const int perSheet = m_sheet.labelsPerSheet();
    return (m_startLabel + badges + perSheet - 1) / perSheet;
}

void BadgeSheetPrinter::setUpPage(QPagedPaintDevice& device) const
{
    const QSizeF size = m_sheet.pageSizeMm;
    const auto orientation = size.width() > size.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
    device.setPageLayout(QPageLayout(m_sheet.pageSize(), orientation, QMarginsF(), QPageLayout::Millimeter));
}

QRectF BadgeSheetPrinter::placedLabelMm(int index) const
{
    return m_sheet.labelRectMm(index).translated(m_offsetMm);
}

QRectF BadgeSheetPrinter::labelRect(int index, qreal mm) const
{
    const QRectF rect = placedLabelMm(index);
    return {rect.left() * mm, rect.top() * mm, rect.width() * mm, rect.height() * mm};
}

Result<QList<qint64>> BadgeSheetPrinter::paint(QPagedPaintDevice& device, const Database& database, qint64 seminarId,
                                               const BadgeSelection& selection) const
{
    if (const QString error = validationError(); !error.isEmpty())
        return fail(error);
    auto seminar = SeminarStore(database).find(seminarId);
    if (!seminar)
        return fail(seminar.error());
    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("Could not start painting the badges."));
    const qreal mm = pxPerMm(device);
    const int perSheet = m_sheet.labelsPerSheet();
    const qreal radius = m_sheet.cornerRadiusMm * mm;
    QList<qint64> painted;
    int label = m_startLabel;
    Status visited = selection.visit(database, seminarId, [&](const RegisteredAttendee& row) {
        if (label == perSheet) {
            device.newPage();
            label = 0;
        }
        m_renderer.paint(painter, labelRect(label++, mm), radius, BadgeContent::from(row, *seminar));
        painted.append(row.registration.id);
        return true;
    });
    if (!painter.end() && visited)
        return fail(tr("Could not finish painting the badges."));
    if (!visited)
        return fail(visited.error());
    return painted;
}

Status BadgeSheetPrinter::paintCalibration(QPagedPaintDevice& device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("Could not start painting the calibration page."));
    const qreal mm = pxPerMm(device);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = BadgeStyle::font();
    font.setPointSizeF(9);
    painter.setFont(font);
    for (int i = 0; i < m_sheet.labelsPerSheet(); ++i) {
        const QRectF rect = labelRect(i, mm);
        painter.setPen(QPen(Qt::black, 0.2 * mm));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(rect, m_sheet.cornerRadiusMm * mm, m_sheet.cornerRadiusMm * mm);
        // A cross at the centre shows at a glance how far off the print lands.
        const QPointF centre = rect.center();
        painter.drawLine(centre - QPointF(5 * mm, 0), centre + QPointF(5 * mm, 0));
        painter.drawLine(centre - QPointF(0, 5 * mm), centre + QPointF(0, 5 * mm));
        painter.drawText(rect.adjusted(2 * mm, 2 * mm, -2 * mm, -2 * mm), Qt::AlignLeft | Qt::AlignTop,
                         QString::number(i + 1));
    }
    font.setPointSizeF(8);
    painter.setFont(font);
    const QRectF page(QPointF(0, 0), m_sheet.pageSizeMm * mm);
    painter.drawText(page.adjusted(5 * mm, 2 * mm, -5 * mm, -2 * mm), Qt::AlignHCenter | Qt::AlignBottom,
                     tr("%1 calibration: printer offset %2 mm across, %3 mm down")
                         .arg(m_sheet.name())
                         .arg(m_offsetMm.x(), 0, 'f', 1)
                         .arg(m_offsetMm.y(), 0, 'f', 1));
    if (!painter.end())
        return fail(tr("Could not finish painting the calibration page."));
    return {};
}

Status BadgeSheetPrinter::saveCalibrationPdf(const QString& path) const
{
    return PdfFile::write(path, tr("Label calibration"), [this](QPdfWriter& writer) {
        setUpPage(writer);
        return paintCalibration(writer);
    });
}

Result<int> BadgeSheetPrinter::savePdf(const QString& path, const Database& database, qint64 seminarId,
                                       const BadgeSelection& selection) const
{
    auto count = selection.count(database, seminarId);
    if (!count)
        return fail(count.error());
    if (*count == 0)
        return fail(tr("There are no badges to print for this choice."));
    QList<qint64> painted;
    Status written = PdfFile::write(path, tr("Name badges"), [&](QPdfWriter& writer) -> Status {
        setUpPage(writer);
        auto result = paint(writer, database, seminarId, selection);
        if (!result)
            return fail(result.error());
        painted = *result;
        return {};
    });
    if (!written)
        return fail(written.error());
    if (Status marked = RegistrationStore(database).markBadgesPrinted(painted); !marked)
        return fail(marked.error());
    return int(painted.size());
}

} // namespace sd
