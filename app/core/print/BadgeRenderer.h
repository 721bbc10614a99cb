// Paints one name badge into a rectangle on any QPainter: screen, printer, PDF or image.
#pragma once

#include <QList>
#include <QRectF>

#include "core/print/BadgeStyle.h"
#include "core/print/FittedText.h"

class QPainter;
class QPaintDevice;

namespace sd {

struct BadgeContent;

// One block of a badge's text, fitted into its box.
struct BadgeText
{
    FittedText text;
    QRectF box;
    Qt::Alignment alignment;
    QColor colour;
};

class BadgeRenderer
{
public:
    explicit BadgeRenderer(BadgeStyle style = BadgeStyle::standard());

    // Where the badge's text goes on a badge filling LABEL (in DEVICE's pixels), fitted.
    QList<BadgeText> layOutText(const BadgeContent& content, const QRectF& label, const QPaintDevice* device) const;
    // The square the QR code fills.
    QRectF qrCodeRect(const QRectF& label, const QPaintDevice* device) const;
    // Paints the badge; CORNER_RADIUS (pixels) rounds the coloured band as the label is.
    void paint(QPainter& painter, const QRectF& label, qreal cornerRadius, const BadgeContent& content) const;

private:
    struct Frame;
    Frame frame(const QRectF& label, const QPaintDevice* device) const;

    BadgeStyle m_style;
};

} // namespace sd
