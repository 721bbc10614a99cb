// Paints badges page by page on label sheets onto any paged device (QPdfWriter, QPrinter, a
// preview), and writes badge PDFs, marking the badges printed only once the file is written.
#pragma once

#include <optional>
#include <utility>

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QPointF>
#include <QString>
#include <QStringList>

#include "core/Result.h"
#include "core/print/BadgeRenderer.h"
#include "core/print/BadgeStyle.h"
#include "core/print/LabelSheet.h"
#include "core/print/PrintTarget.h"
#include "core/stores/RegistrationStore.h"

class QPagedPaintDevice;

namespace sd {

class BadgeSelection;
class Database;
class Progress;

// What a print run painted: each badge with the versions it shows, and the badges that could not
// be printed quite as typed.
struct BadgePrintout
{
    QList<PrintedBadge> badges;
    QStringList shortened; // the names on the badges whose organisation was cut short
    QList<std::pair<QString, QStringList>> missingCharacters; // characters no font has, and on whose badges
    std::optional<PrintedJob> job; // the job a print queue took (none for a PDF file)

    // What to tell the user about them, one message each; empty when all printed as typed.
    QStringList warnings() const;
};

class BadgeSheetPrinter
{
    Q_DECLARE_TR_FUNCTIONS(BadgeSheetPrinter)

public:
    explicit BadgeSheetPrinter(LabelSheet sheet, BadgeStyle style = BadgeStyle::standard());

    const LabelSheet& sheet() const { return m_sheet; }
    // Labels already used on the first sheet: the first badge goes on label START + 1.
    void setStartLabel(int start) { m_startLabel = start; }
    int startLabel() const { return m_startLabel; }
    // Where the printer puts things off from where it should, in millimetres (right, down).
    void setPrinterOffsetMm(const QPointF& offset) { m_offsetMm = offset; }
    QPointF printerOffsetMm() const { return m_offsetMm; }
    // How far an offset may go: beyond it, the sheet or the printer is not the one chosen.
    static constexpr qreal largestOffsetMm = 10;
    // Whether the category band bleeds past the labels' edges or is inset.
    void setBandEdge(BandEdge::Kind kind) { m_bandEdge = kind; }
    BandEdge::Kind bandEdge() const { return m_bandEdge; }
    // Bleed when every label has room for it, inset when labels touch.
    static BandEdge::Kind defaultBandEdge(const LabelSheet& sheet);
    static QList<BandEdge::Kind> bandEdges() { return {BandEdge::Kind::Bleed, BandEdge::Kind::Inset}; }
    // "bleed", "inset" as settings and the command line say them.
    static QString bandEdgeKey(BandEdge::Kind kind);
    static std::optional<BandEdge::Kind> bandEdgeFromKey(const QString& key);
    static QString bandEdgeName(BandEdge::Kind kind);
    // The band's edge on label INDEX: the bleed as far as the room around it allows.
    BandEdge bandEdgeOf(int index) const;
    // Told page by page how far painting the badges is, and asked whether to stop; none by default.
    void setProgress(Progress* progress) { m_progress = progress; }

    // What is wrong with the start label or the offset, or empty.
    QString validationError() const;
    // How many sheets BADGES badges take from the start label on.
    int pageCount(int badges) const;
    // Where label INDEX is printed on the page: the sheet's label moved by the printer offset.
    QRectF placedLabelMm(int index) const;
    // The sheet's paper size, without margins; set up on DEVICE.
    QPageLayout pageLayout() const;
    void setUpPage(QPagedPaintDevice& device) const;

    // Paints the chosen badges of the seminar onto DEVICE (already set up), one page at a time;
    // gives what it painted. Stopped through the progress, it fails with Progress::stopped().
    Result<BadgePrintout> paint(QPagedPaintDevice& device, const Database& database, qint64 seminarId,
                                const BadgeSelection& selection) const;
    // A page with every label's outline and number, to hold against a sheet of labels.
    Status paintCalibration(QPagedPaintDevice& device) const;
    // Prints the calibration page on TARGET; gives the job a queue took.
    Result<std::optional<PrintedJob>> printCalibration(const PrintTarget& target) const;
    // Writes the calibration page to the PDF PATH (through a temporary file).
    Status saveCalibrationPdf(const QString& path) const;
    // Prints the badges on TARGET (a PDF file is written through a temporary file: a failure
    // leaves any old file) and marks them printed once the file is written or a queue has taken
    // the job. Gives what was printed. Stopped through the progress, it writes no file, sends no
    // job and marks nothing.
    Result<BadgePrintout> print(const PrintTarget& target, const Database& database, qint64 seminarId,
                                const BadgeSelection& selection) const;
    Result<BadgePrintout> savePdf(const QString& path, const Database& database, qint64 seminarId,
                                  const BadgeSelection& selection) const;

private:
    QRectF labelRect(int index, qreal pxPerMm) const;

    LabelSheet m_sheet;
    BadgeRenderer m_renderer;
    int m_startLabel = 0;
    QPointF m_offsetMm;
    BandEdge::Kind m_bandEdge;
    Progress* m_progress = nullptr;
};

} // namespace sd
