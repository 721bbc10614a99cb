#include "core/print/BadgeRenderer.h"

#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include "core/print/BadgeContent.h"
#include "core/print/QrCode.h"

namespace sd {

namespace {

constexpr qreal mmPerPoint = 25.4 / 72.0;
// Noto Sans CJK's line is 1.448 em high (ascent 1.16, descent 0.288).
constexpr qreal lineHeightEm = 1.45;
// The design is drawn for a 91 x 55 mm badge and scaled to the label.
constexpr qreal designWidthMm = 91;
constexpr qreal designHeightMm = 55;
constexpr qreal portraitDesignWidthMm = 66;

const QColor ink(0x1a, 0x1a, 0x1a);
const QColor secondaryInk(0x5f, 0x63, 0x68);
const QColor rule(0xd0, 0xd4, 0xd8);

qreal pxPerMm(const QPaintDevice* device)
{
    return device->logicalDpiX() / 25.4;
}

// The height of N lines of text at PT points, in millimetres.
qreal linesMm(qreal pt, int lines)
{
    return pt * mmPerPoint * lineHeightEm * lines;
}

} // namespace

// The badge's fixed parts, in device pixels: margins, header, band, QR code, text column.
struct BadgeRenderer::Frame
{
    qreal mm = 1; // pixels per millimetre
    qreal scale = 1; // of type sizes, from the design's 91 x 55 mm
    QRectF header;
    QRectF band;
    QRectF qrCode;
    QRectF code; // the check-in code in letters, under the QR code
    QRectF column; // names, organisation and country
};

BadgeRenderer::BadgeRenderer(BadgeStyle style)
    : m_style(std::move(style))
{
}

BadgeRenderer::Frame BadgeRenderer::frame(const QRectF& label, const QPaintDevice* device) const
{
    Frame f;
    f.mm = pxPerMm(device);
    const qreal widthMm = label.width() / f.mm;
    const qreal heightMm = label.height() / f.mm;
    const bool portrait = heightMm > widthMm * 1.1;
    // A portrait card (A6 in a lanyard holder) is read from further away: larger type.
    f.scale = portrait ? widthMm / portraitDesignWidthMm : qMin(widthMm / designWidthMm, heightMm / designHeightMm);
    const qreal pad = 4.5 * f.scale * f.mm;
    const qreal gap = 2.5 * f.scale * f.mm;
    const qreal headerHeight = linesMm(6.5 * f.scale, 1) * f.mm;
    const qreal bandHeight = 9.0 * f.scale * f.mm;
    const qreal codeHeight = linesMm(5.5 * f.scale, 1) * f.mm;

    f.header = QRectF(label.left() + pad, label.top() + pad * 0.8, label.width() - 2 * pad, headerHeight);
    f.band = QRectF(label.left(), label.bottom() - bandHeight, label.width(), bandHeight);
    const qreal bodyTop = f.header.bottom() + gap;
    const qreal bodyBottom = f.band.top() - gap;
    if (portrait) {
        const qreal side = qMin(label.width() * 0.42, (bodyBottom - bodyTop) * 0.45);
        f.code = QRectF(label.left() + pad, bodyBottom - codeHeight, label.width() - 2 * pad, codeHeight);
        f.qrCode = QRectF(label.center().x() - side / 2, f.code.top() - side, side, side);
        f.column = QRectF(label.left() + pad, bodyTop, label.width() - 2 * pad, f.qrCode.top() - gap - bodyTop);
    } else {
        const qreal side = qMin(label.width() * 0.26, bodyBottom - bodyTop - codeHeight);
        f.qrCode = QRectF(label.right() - pad - side, bodyTop, side, side);
        f.code = QRectF(f.qrCode.left() - pad, f.qrCode.bottom(), side + 2 * pad, codeHeight);
        f.column
            = QRectF(label.left() + pad, bodyTop, f.qrCode.left() - gap - label.left() - pad, bodyBottom - bodyTop);
    }
    return f;
}

QRectF BadgeRenderer::qrCodeRect(const QRectF& label, const QPaintDevice* device) const
{
    return frame(label, device).qrCode;
}

QList<BadgeText> BadgeRenderer::layOutText(const BadgeContent& content, const QRectF& label,
                                           const QPaintDevice* device) const
{
    const Frame f = frame(label, device);
    QList<BadgeText> texts;
    const auto add = [&](const QString& text, QFont font, const QRectF& box, qreal largestPt, qreal smallestPt,
                         Qt::Alignment alignment, const QColor& colour) {
        if (text.isEmpty())
            return;
        texts.append({FittedText::fit(text, font, box.size(), largestPt * f.scale, smallestPt * f.scale, device), box,
                      alignment, colour});
    };
    const auto box = [&](qreal top, qreal heightMm) {
        return QRectF(f.column.left(), top, f.column.width(), heightMm * f.scale * f.mm);
    };
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;

    add(content.seminarTitle, BadgeStyle::font(QFont::Medium), f.header, 6.5 * f.scale, 4.5, left, secondaryInk);

    // Names from the top of the column; country at its foot; organisation in between.
    qreal top = f.column.top();
    if (content.familyFirst) {
        const QRectF name = box(top, linesMm(22, 1));
        add(QStringLiteral("%1 %2").arg(content.firstName, content.secondName).trimmed(), BadgeStyle::font(QFont::Bold),
            name, 22, 13, Qt::AlignLeft | Qt::AlignBottom, ink);
        top = name.bottom();
        const QRectF latin = box(top, linesMm(8.5, 1));
        add(content.latinName, BadgeStyle::font(QFont::Medium), latin, 8.5, 6, left, secondaryInk);
        top = latin.bottom();
    } else {
        const QRectF given = box(top, linesMm(13, 1));
        add(content.firstName, BadgeStyle::font(QFont::Medium), given, 13, 8, Qt::AlignLeft | Qt::AlignBottom, ink);
        top = given.bottom() - 1.2 * f.scale * f.mm; // the given name's descent is blank: close it up
        const QRectF family = box(top, linesMm(21, 1));
        add(content.secondName, BadgeStyle::font(QFont::Bold), family, 21, 12, Qt::AlignLeft | Qt::AlignTop, ink);
        top = family.bottom();
    }
    const qreal countryHeight = linesMm(7.5, 1) * f.scale * f.mm;
    const QRectF country(f.column.left(), f.column.bottom() - countryHeight, f.column.width(), countryHeight);
    add(content.country, BadgeStyle::font(QFont::Normal), country, 7.5, 5.5, left, secondaryInk);
    const QRectF organisation(f.column.left(), top, f.column.width(), country.top() - top);
    add(content.organisation, BadgeStyle::font(QFont::Normal), organisation, 9, 8, Qt::AlignLeft | Qt::AlignTop, ink);

    const BadgeCategory category = m_style.category(content.category);
    const QRectF bandText = f.band.adjusted(f.column.left() - label.left(), 0, -(f.column.left() - label.left()), 0);
    add(category.word, BadgeStyle::font(QFont::Bold), bandText, 10, 6, left, Qt::white);
    QFont mono = BadgeStyle::font(QFont::Normal);
    mono.setLetterSpacing(QFont::PercentageSpacing, 104);
    add(content.checkInCode, mono, f.code, 5.5, 4, Qt::AlignHCenter | Qt::AlignVCenter, secondaryInk);
    return texts;
}

void BadgeRenderer::paint(QPainter& painter, const QRectF& label, qreal cornerRadius, const BadgeContent& content) const
{
    const Frame f = frame(label, painter.device());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath shape;
    shape.addRoundedRect(label, cornerRadius, cornerRadius);
    painter.setClipPath(shape);

    painter.fillRect(f.band, m_style.category(content.category).colour);
    painter.setPen(QPen(rule, 0.25 * f.mm));
    const qreal ruleY = f.header.bottom() + 0.8 * f.scale * f.mm;
    painter.drawLine(QPointF(f.header.left(), ruleY), QPointF(f.header.right(), ruleY));

    QrCode(content.checkInCode).paint(painter, f.qrCode, 1);

    for (const BadgeText& text : layOutText(content, label, painter.device())) {
        painter.setPen(text.colour);
        text.text.paint(painter, text.box, text.alignment);
    }
    painter.restore();
}

} // namespace sd
