// Paints a seminar's A4 portrait flyer onto any paged device, and writes it as a PDF. The date,
// time and venue are set at their size whatever the rest holds; a programme too long for the
// first page runs on to a second, never into the footer.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QString>

#include "core/Result.h"
#include "core/print/FlyerContent.h"
#include "core/print/PrintTarget.h"

class QPagedPaintDevice;
class QPaintDevice;

namespace sd {

// Where one part of the flyer stands: its page (from 0), its name ("date", "programme",
// "footer" ...) and its rectangle on the page in millimetres.
struct FlyerBlock
{
    int page = 0;
    QString name;
    QRectF rectMm;
};

class FlyerRenderer
{
    Q_DECLARE_TR_FUNCTIONS(FlyerRenderer)

public:
    explicit FlyerRenderer(FlyerContent content);

    // Gives DEVICE an A4 portrait page without margins.
    static QPageLayout pageLayout();
    static void setUpPage(QPagedPaintDevice& device);
    Status paint(QPagedPaintDevice& device) const;
    // Prints the flyer on TARGET (a PDF file through a temporary file: a failure leaves any old
    // file); gives the job a queue took.
    Result<std::optional<PrintedJob>> print(const PrintTarget& target) const;
    Status savePdf(const QString& path) const;
    // The flyer's parts, page by page, as text measures on DEVICE.
    QList<FlyerBlock> layOut(const QPaintDevice* device) const;

    // The smallest type of the flyer's text: a bilingual flyer holds twice the words.
    static qreal smallestBodyPt(FlyerContent::Language language);

private:
    class Composer;

    FlyerContent m_content;
};

} // namespace sd
