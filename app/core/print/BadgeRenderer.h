// Paints one name badge into a rectangle on any QPainter: screen, printer, PDF or image.
#pragma once

#include <QLineF>
#include <QList>
#include <QMarginsF>
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

// Where a badge's parts go on its label, in the device's pixels, and what could not be set as typed.
struct BadgeLayout
{
    QList<BadgeText> texts;
    QRectF qrCode; // the code with its quiet zone
    QRectF band; // the category band as painted: past the label's edges, or inset
    QRectF clip; // what may be painted: the label, grown by the bleed
    QLineF rule; // under the title
    bool organisationShortened = false; // or the country: what a badge may lose to fit
    QString missingCharacters; // no font has them
};

// How the category band meets the die-cut edge of the label, chosen per sheet.
struct BandEdge
{
    enum class Kind {
        Bleed, // past the edges by BLEED: a cut a little off still shows colour to the edge
        Inset, // inside the edges with a white margin: a cut a little off leaves no sliver
    };
    Kind kind = Kind::Inset;
    QMarginsF bleedMm; // how far past the left, right and bottom edges (top unused)

    // What the QR standard is to the code, bleed is to print: 1.5 mm past the trim (at most).
    static constexpr qreal standardBleedMm = 1.5;
    static constexpr qreal insetMm = 1.5;
};

class BadgeRenderer
{
public:
    explicit BadgeRenderer(BadgeStyle style = BadgeStyle::standard());

    // Where the badge's parts go on a badge filling LABEL (in DEVICE's pixels), text fitted.
    BadgeLayout layOut(const BadgeContent& content, const QRectF& label, const QPaintDevice* device,
                       const BandEdge& edge = {}) const;
    // Paints the badge; CORNER_RADIUS (pixels) rounds it as the label is. Gives what it painted.
    BadgeLayout paint(QPainter& painter, const QRectF& label, qreal cornerRadius, const BadgeContent& content,
                      const BandEdge& edge = {}) const;

    // Names and organisations never go below this size: past it, an organisation is shortened.
    static constexpr qreal smallestTextPt = 6.0;

private:
    struct Frame;
    struct Column;
    // QR_SHRINK (pixels) takes that much off a portrait badge's QR code, for the names.
    Frame frame(const QRectF& label, const QPaintDevice* device, const BandEdge& edge, qreal qrShrink = 0) const;
    Column column(const BadgeContent& content, const Frame& f, const QPaintDevice* device) const;

    BadgeStyle m_style;
};

} // namespace sd
