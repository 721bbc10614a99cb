#include "gui/PrintPreview.h"

#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QVBoxLayout>

namespace sd {

QPrintPreviewWidget* PrintPreview::install(QPrinter& printer, QWidget* area)
{
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setFullPage(true);
    auto* preview = new QPrintPreviewWidget(&printer, area);
    preview->setObjectName(QStringLiteral("preview"));
    preview->setZoomMode(QPrintPreviewWidget::FitInView);
    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(preview);
    return preview;
}

} // namespace sd
