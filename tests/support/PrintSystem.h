// The tests' own CUPS daemon (tests/cups/print-system.sh, started by the ctest fixture
// print-system; CUPS_SERVER names its socket): its queues, the PDF files they print into, and
// what those files show of a label sheet.
#pragma once

#include <QImage>
#include <QRectF>
#include <QString>

namespace PrintSystem {

// The folder of the daemon (the folder of CUPS_SERVER's socket); fails the test without one.
QString folder();
// Empties the file QUEUE prints into, before a job (cupsd writes over it without shortening it).
void clearOutput(const QString& queue);
// Waits until the job JOB_ID has been printed (fails the test when it is cancelled, aborted or
// takes a minute) and gives the PDF file it came out as.
QString waitForOutput(const QString& queue, int jobId);
// Whether job JOB_ID is still waiting in its queue (held, pending or stopped).
bool isWaiting(int jobId);
// The id in "... job 12 ..." of a message, or 0.
int jobIdIn(const QString& message);

// Where the outline of a label drawn around EXPECTED_MM (a calibration page) lies on PAGE, an
// image of the page at DPI: each edge is the middle of the dark line nearest to where it should
// be, measured across the label's middle. An edge not found is NaN.
QRectF measuredOutlineMm(const QImage& page, qreal dpi, const QRectF& expectedMm);

} // namespace PrintSystem
