// Paints badges page by page on label sheets onto any paged device (QPdfWriter, QPrinter, a
// preview), and writes badge PDFs, marking the badges printed only once the file is written.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

#include "core/Result.h"
#include "core/print/BadgeRenderer.h"
#include "core/print/BadgeStyle.h"
#include "core/print/LabelSheet.h"

class QPagedPaintDevice;

namespace sd {

class BadgeSelection;
class Database;

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

    // What is wrong with the start label, or empty.
    QString validationError() const;
    // How many sheets BADGES badges take from the start label on.
    int pageCount(int badges) const;
    // Where label INDEX is printed on the page: the sheet's label moved by the printer offset.
    QRectF placedLabelMm(int index) const;
    // Gives DEVICE the sheet's paper size, without margins.
    void setUpPage(QPagedPaintDevice& device) const;

    // Paints the chosen badges of the seminar onto DEVICE (already set up), one page at a time;
    // gives the ids of the registrations painted.
    Result<QList<qint64>> paint(QPagedPaintDevice& device, const Database& database, qint64 seminarId,
                                const BadgeSelection& selection) const;
    // A page with every label's outline and number, to hold against a sheet of labels.
    Status paintCalibration(QPagedPaintDevice& device) const;
    // Writes the calibration page to the PDF PATH (through a temporary file).
    Status saveCalibrationPdf(const QString& path) const;
    // Writes the badges to the PDF PATH (through a temporary file: a failure leaves any old file)
    // and then marks them printed. Gives the number of badges.
    Result<int> savePdf(const QString& path, const Database& database, qint64 seminarId,
                        const BadgeSelection& selection) const;

private:
    QRectF labelRect(int index, qreal pxPerMm) const;

    LabelSheet m_sheet;
    BadgeRenderer m_renderer;
    int m_startLabel = 0;
    QPointF m_offsetMm;
};

} // namespace sd
