#include "core/print/BadgeSheetPrinter.h"

#include <algorithm>

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include "core/Progress.h"
#include "core/print/BadgeContent.h"
#include "core/print/BadgeSelection.h"
#include "core/stores/SeminarStore.h"

namespace sd {

namespace {

qreal pxPerMm(const QPaintDevice& device)
{
    return device.logicalDpiX() / 25.4;
}

} // namespace

QStringList BadgePrintout::warnings() const
{
    QStringList messages;
    const QString separator = BadgeSheetPrinter::tr(", ", "between names in a list");
    if (!shortened.isEmpty())
        messages.append(
            BadgeSheetPrinter::tr("The organisation (or the country) was shortened to fit on %n badge(s): %1", nullptr,
                                  int(shortened.size()))
                .arg(shortened.join(separator)));
    for (const auto& [characters, names] : missingCharacters)
        messages.append(BadgeSheetPrinter::tr("The badge fonts have no “%1”: check how it prints on %n badge(s): %2",
                                              nullptr, int(names.size()))
                            .arg(characters, names.join(separator)));
    return messages;
}

BadgeSheetPrinter::BadgeSheetPrinter(LabelSheet sheet, BadgeStyle style)
    : m_sheet(std::move(sheet))
    , m_renderer(std::move(style))
    , m_bandEdge(defaultBandEdge(m_sheet))
{
}

BandEdge::Kind BadgeSheetPrinter::defaultBandEdge(const LabelSheet& sheet)
{
    return sheet.hasRoomBesideAndBelow(BandEdge::standardBleedMm) ? BandEdge::Kind::Bleed : BandEdge::Kind::Inset;
}

QString BadgeSheetPrinter::bandEdgeKey(BandEdge::Kind kind)
{
    return kind == BandEdge::Kind::Bleed ? QStringLiteral("bleed") : QStringLiteral("inset");
}

std::optional<BandEdge::Kind> BadgeSheetPrinter::bandEdgeFromKey(const QString& key)
{
    for (BandEdge::Kind kind : bandEdges()) {
        if (bandEdgeKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString BadgeSheetPrinter::bandEdgeName(BandEdge::Kind kind)
{
    return kind == BandEdge::Kind::Bleed ? tr("Bleeds %1 mm past the edges").arg(BandEdge::standardBleedMm)
                                         : tr("Inset from the edges");
}

BandEdge BadgeSheetPrinter::bandEdgeOf(int index) const
{
    BandEdge edge;
    edge.kind = m_bandEdge;
    if (m_bandEdge == BandEdge::Kind::Bleed) {
        const QMarginsF room = m_sheet.roomAroundMm(index);
        const qreal most = BandEdge::standardBleedMm;
        edge.bleedMm = QMarginsF(qMin(room.left(), most), 0, qMin(room.right(), most), qMin(room.bottom(), most));
    }
    return edge;
}

QString BadgeSheetPrinter::validationError() const
{
    if (m_startLabel < 0 || m_startLabel >= m_sheet.labelsPerSheet())
        return tr("The labels to skip must be from 0 to %1 on the sheet %2, not %3.")
            .arg(m_sheet.labelsPerSheet() - 1)
            .arg(m_sheet.name())
            .arg(m_startLabel);
    if (qAbs(m_offsetMm.x()) > largestOffsetMm || qAbs(m_offsetMm.y()) > largestOffsetMm)
        return tr("The printer offset must be within ±%1 mm across and down, not %2, %3 mm: check the sheet and "
                  "the printer.")
            .arg(largestOffsetMm)
            .arg(m_offsetMm.x())
            .arg(m_offsetMm.y());
    return {};
}

int BadgeSheetPrinter::pageCount(int badges) const
{
    if (badges <= 0)
        return 0;
    const int perSheet = m_sheet.labelsPerSheet();
    return (m_startLabel + badges + perSheet - 1) / perSheet;
}

QPageLayout BadgeSheetPrinter::pageLayout() const
{
    return QPageLayout(m_sheet.pageSize(), m_sheet.orientation(), QMarginsF(), QPageLayout::Millimeter);
}

void BadgeSheetPrinter::setUpPage(QPagedPaintDevice& device) const
{
    device.setPageLayout(pageLayout());
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

Result<BadgePrintout> BadgeSheetPrinter::paint(QPagedPaintDevice& device, const Database& database, qint64 seminarId,
                                               const BadgeSelection& selection) const
{
    if (const QString error = validationError(); !error.isEmpty())
        return fail(error);
    auto seminar = SeminarStore(database).find(seminarId);
    if (!seminar)
        return fail(seminar.error());
    // Counted only for a progress: the badge benchmark paints without one.
    int pages = 0;
    if (m_progress) {
        auto count = selection.count(database, seminarId);
        if (!count)
            return fail(count.error());
        pages = pageCount(*count);
    }
    const auto goOn = [&](int done) {
        return !m_progress
            || m_progress->report(tr("Writing badges… page %1 of %n", nullptr, pages).arg(qMin(done + 1, pages)), done,
                                  pages);
    };
    if (!goOn(0))
        return Progress::stopped();
    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("Could not start painting the badges."));
    const qreal mm = pxPerMm(device);
    const int perSheet = m_sheet.labelsPerSheet();
    const qreal radius = m_sheet.cornerRadiusMm * mm;
    BadgePrintout printout;
    int label = m_startLabel;
    int page = 0;
    bool stopped = false;
    Status visited = selection.visit(database, seminarId, [&](const RegisteredAttendee& row) {
        if (label == perSheet) {
            if (!goOn(++page)) {
                stopped = true;
                return false;
            }
            device.newPage();
            label = 0;
        }
        const BadgeContent content = BadgeContent::from(row, *seminar);
        const BadgeLayout painted = m_renderer.paint(painter, labelRect(label, mm), radius, content, bandEdgeOf(label));
        ++label;
        printout.badges.append(PrintedBadge::of(row));
        if (painted.organisationShortened)
            printout.shortened.append(content.fullName());
        if (!painted.missingCharacters.isEmpty()) {
            auto found = std::find_if(printout.missingCharacters.begin(), printout.missingCharacters.end(),
                                      [&](const auto& entry) { return entry.first == painted.missingCharacters; });
            if (found == printout.missingCharacters.end())
                printout.missingCharacters.append({painted.missingCharacters, {content.fullName()}});
            else
                found->second.append(content.fullName());
        }
        return true;
    });
    if (!painter.end() && visited)
        return fail(tr("Could not finish painting the badges."));
    if (!visited)
        return fail(visited.error());
    if (stopped || !goOn(pages))
        return Progress::stopped();
    return printout;
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

Result<std::optional<PrintedJob>> BadgeSheetPrinter::printCalibration(const PrintTarget& target) const
{
    return target.send(tr("Label calibration"), [this](QPdfWriter& writer) {
        setUpPage(writer);
        return paintCalibration(writer);
    });
}

Status BadgeSheetPrinter::saveCalibrationPdf(const QString& path) const
{
    auto written = printCalibration(PrintTarget::pdfFile(path));
    return written ? Status() : fail(written.error());
}

Result<BadgePrintout> BadgeSheetPrinter::print(const PrintTarget& target, const Database& database, qint64 seminarId,
                                               const BadgeSelection& selection) const
{
    auto count = selection.count(database, seminarId);
    if (!count)
        return fail(count.error());
    if (*count == 0)
        return fail(tr("There are no badges to print for this choice."));
    BadgePrintout printout;
    auto sent = target.send(tr("Name badges"), [&](QPdfWriter& writer) -> Status {
        setUpPage(writer);
        auto result = paint(writer, database, seminarId, selection);
        if (!result)
            return fail(result.error());
        printout = *result;
        return {};
    });
    if (!sent)
        return fail(sent.error());
    printout.job = *sent;
    if (Status marked = RegistrationStore(database).markBadgesPrinted(printout.badges); !marked)
        return fail(marked.error());
    return printout;
}

Result<BadgePrintout> BadgeSheetPrinter::savePdf(const QString& path, const Database& database, qint64 seminarId,
                                                 const BadgeSelection& selection) const
{
    return print(PrintTarget::pdfFile(path), database, seminarId, selection);
}

} // namespace sd
