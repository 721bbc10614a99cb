#include "gui/PrintChoice.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>

#include "core/Progress.h"
#include "core/print/PrintQueue.h"
#include "gui/MessageBox.h"

namespace sd {

std::optional<PrintTarget> PrintChoice::ask(QWidget* parent, const QString& title, const QPageLayout& layout,
                                            const QString& preferred, const QString& pdfName)
{
    if (PrintQueue::names().isEmpty()) {
        if (MessageBox::question(parent, title,
                                 tr("No printer is set up on this computer. Save a PDF file instead, to print "
                                    "elsewhere?"),
                                 QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save)
            != QMessageBox::Save)
            return std::nullopt;
        const QString path = QFileDialog::getSaveFileName(parent, title, pdfName, tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return std::nullopt;
        return PrintTarget::pdfFile(path);
    }
    QPrinter printer(QPrinter::HighResolution);
    if (!preferred.isEmpty())
        printer.setPrinterName(preferred);
    printer.setFullPage(true);
    printer.setPageLayout(layout);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return withPaper(parent, title, targetOf(printer), layout.fullRect(QPageLayout::Millimeter).size());
}

PrintTarget PrintChoice::targetOf(const QPrinter& printer)
{
    if (!printer.outputFileName().isEmpty())
        return PrintTarget::pdfFile(printer.outputFileName());
    PrintRequest request;
    request.copies = printer.copyCount();
    request.collate = printer.collateCopies();
    if (printer.printRange() == QPrinter::PageRange)
        request.pageRanges = QStringLiteral("%1-%2").arg(printer.fromPage()).arg(printer.toPage());
    switch (printer.duplex()) {
    case QPrinter::DuplexLongSide:
        request.sides = QStringLiteral("two-sided-long-edge");
        break;
    case QPrinter::DuplexShortSide:
        request.sides = QStringLiteral("two-sided-short-edge");
        break;
    case QPrinter::DuplexNone:
        request.sides = QStringLiteral("one-sided");
        break;
    case QPrinter::DuplexAuto:
        break;
    }
    return PrintTarget::queue(printer.printerName(), request);
}

std::optional<PrintTarget> PrintChoice::withPaper(QWidget* parent, const QString& title, const PrintTarget& target,
                                                  const QSizeF& pageMm)
{
    if (target.isPdfFile())
        return target;
    auto queue = PrintQueue::find(target.queueName());
    if (!queue) {
        MessageBox::critical(parent, title, queue.error());
        return std::nullopt;
    }
    if (queue->paperFor(pageMm))
        return target;
    const std::optional<Paper> nearest = queue->nearestPaper(pageMm);
    if (!nearest) {
        MessageBox::critical(parent, title, queue->paperProblem(pageMm));
        return std::nullopt;
    }
    if (MessageBox::warning(
            parent, title,
            tr("%1\n\nPrint on %2 all the same?").arg(queue->paperProblem(pageMm), nearest->displayName()),
            QMessageBox::Yes | QMessageBox::Cancel)
        != QMessageBox::Yes)
        return std::nullopt;
    PrintRequest request = target.request();
    request.nearestPaper = true;
    return PrintTarget::queue(target.queueName(), request);
}

bool PrintChoice::tell(QWidget* parent, const QString& title, const Result<std::optional<PrintedJob>>& sent)
{
    if (!sent) {
        // Cancel in the progress dialog was the user's own doing: nothing to tell.
        if (!Progress::isStopped(sent.error()))
            MessageBox::critical(parent, title, sent.error());
        return false;
    }
    if (*sent && (*sent)->waiting)
        MessageBox::information(parent, title, (*sent)->message());
    return true;
}

} // namespace sd
