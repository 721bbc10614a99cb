// Paints a seminar's A4 portrait flyer onto any paged device, and writes it as a PDF.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/Result.h"
#include "core/print/FlyerContent.h"

class QPagedPaintDevice;
class QPainter;

namespace sd {

class FlyerRenderer
{
    Q_DECLARE_TR_FUNCTIONS(FlyerRenderer)

public:
    explicit FlyerRenderer(FlyerContent content);

    // Gives DEVICE an A4 portrait page without margins.
    static void setUpPage(QPagedPaintDevice& device);
    Status paint(QPagedPaintDevice& device) const;
    // Writes the flyer to PATH through a temporary file: a failure leaves any old file.
    Status savePdf(const QString& path) const;

private:
    class Page;
    // Paints the page with body text SCALE times its design size; gives whether it all fitted.
    bool paintPage(QPainter& painter, qreal scale, bool draw) const;

    FlyerContent m_content;
};

} // namespace sd
