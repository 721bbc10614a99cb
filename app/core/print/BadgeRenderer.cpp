#include "core/print/BadgeRenderer.h"

#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include "core/print/BadgeContent.h"
#include "core/print/QrCode.h"

namespace sd {

namespace {

// The design is drawn for a 91 x 55 mm badge (a 66 mm wide card when portrait) and scaled to the
// label; type sizes are given at the design's size.
constexpr qreal designWidthMm = 91;
constexpr qreal designHeightMm = 55;
constexpr qreal portraitDesignWidthMm = 66;

// The small print keeps its own size, scaled with the label, never below these.
constexpr qreal titlePt = 6.5;
constexpr qreal smallestTitlePt = 4.5;
constexpr qreal bandWordPt = 10;
constexpr qreal codePt = 5.5;
constexpr qreal smallestSmallPrintPt = 4;

const QColor ink(0x1a, 0x1a, 0x1a);
const QColor secondaryInk(0x5f, 0x63, 0x68);
const QColor rule(0xd0, 0xd4, 0xd8);

qreal pxPerMm(const QPaintDevice* device)
{
    return device->logicalDpiX() / 25.4;
}

// A block of the name column: its text, how it may be set, and how large it was designed.
struct ColumnBlock
{
    FittedText text;
    FittedText::Limits limits;
    qreal designPt = 0;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop;
    QColor colour = ink;
    qreal gapAfter = 0; // pixels to the next block; negative: the lines close up
};

} // namespace

// The badge's fixed parts, in device pixels: margins, header, band, QR code, text column.
struct BadgeRenderer::Frame
{
    qreal mm = 1; // pixels per millimetre
    qreal scale = 1; // of type sizes, from the design's 91 x 55 mm
    bool portrait = false;
    int titleLines = 1;
    QRectF header;
    qreal ruleY = 0;
    QRectF band; // as painted
    QRectF bandText;
    QRectF clip;
    QRectF qrCode;
    QRectF code; // the check-in code in letters, under the QR code
    QRectF column; // names, organisation and country
};

// The names, organisation and country as set in the column, and how far they overflow it.
struct BadgeRenderer::Column
{
    QList<BadgeText> texts;
    bool shortened = false;
    qreal overflow = 0; // pixels
};

BadgeRenderer::BadgeRenderer(BadgeStyle style)
    : m_style(std::move(style))
{
}

BadgeRenderer::Frame BadgeRenderer::frame(const QRectF& label, const QPaintDevice* device, const BandEdge& edge,
                                          qreal qrShrink) const
{
    Frame f;
    f.mm = pxPerMm(device);
    const qreal widthMm = label.width() / f.mm;
    const qreal heightMm = label.height() / f.mm;
    f.portrait = heightMm > widthMm * 1.1;
    // A portrait card (A6 in a lanyard holder) is read from further away: larger type.
    f.scale = f.portrait ? widthMm / portraitDesignWidthMm : qMin(widthMm / designWidthMm, heightMm / designHeightMm);
    // A narrow label has room for the title on two short lines.
    f.titleLines = f.portrait ? 2 : 1;
    const qreal pad = 4.5 * f.scale * f.mm;
    const qreal gap = 2.5 * f.scale * f.mm;
    const QFont titleFont = BadgeStyle::font(QFont::Medium);
    const qreal titleHeight
        = FittedText::lineHeight(titleFont, qMax(titlePt * f.scale, smallestTitlePt), device) * f.titleLines;
    const qreal bandHeight = 8.5 * f.scale * f.mm;
    const qreal codeHeight = FittedText::lineHeight(titleFont, qMax(codePt * f.scale, smallestSmallPrintPt), device);

    f.header = QRectF(label.left() + pad, label.top() + pad * 0.8, label.width() - 2 * pad, titleHeight);
    f.ruleY = f.header.bottom() + 0.8 * f.scale * f.mm;
    if (edge.kind == BandEdge::Kind::Bleed) {
        const QMarginsF bleed = edge.bleedMm * f.mm;
        f.band = QRectF(label.left() - bleed.left(), label.bottom() - bandHeight,
                        label.width() + bleed.left() + bleed.right(), bandHeight + bleed.bottom());
        f.clip = label.marginsAdded(bleed);
    } else {
        const qreal inset = qMin(BandEdge::insetMm, 0.06 * widthMm) * f.mm;
        f.band
            = QRectF(label.left() + inset, label.bottom() - inset - bandHeight, label.width() - 2 * inset, bandHeight);
        f.clip = label;
    }
    f.bandText = QRectF(label.left() + pad, f.band.top(), label.width() - 2 * pad, bandHeight);
    // The names' line boxes hold blank room above the capitals: the column starts close to the rule.
    const qreal bodyTop = f.ruleY + 0.8 * f.scale * f.mm;
    const qreal bodyBottom = f.band.top() - gap;
    if (f.portrait) {
        const qreal width = label.width() - 2 * pad;
        const qreal side = qMin(width, (bodyBottom - bodyTop) * 0.4) - qrShrink;
        f.code = QRectF(label.left() + pad, bodyBottom - codeHeight, width, codeHeight);
        f.qrCode = QRectF(label.center().x() - side / 2, f.code.top() - side, side, side);
        f.column = QRectF(label.left() + pad, bodyTop, width, f.qrCode.top() - gap - bodyTop);
    } else {
        // The quiet zone is white margin of its own: the code sits closer to the edge than text.
        const qreal side = qMin(label.width() * 0.28, bodyBottom - bodyTop - codeHeight);
        f.qrCode = QRectF(label.right() - pad / 2 - side, bodyTop, side, side);
        f.code = QRectF(f.qrCode.left(), f.qrCode.bottom(), side, codeHeight);
        f.column = QRectF(label.left() + pad, bodyTop, f.qrCode.left() - label.left() - pad, bodyBottom - bodyTop);
    }
    return f;
}

// The names, organisation and country, fitted into the column: each block as large as it was
// designed when there is room; when there is not, the blocks lower down shrink first, the family
// name last and never below the given name; names and organisations never below 6 pt.
BadgeRenderer::Column BadgeRenderer::column(const BadgeContent& content, const Frame& f,
                                            const QPaintDevice* device) const
{
    const auto block
        = [&](const QString& text, QFont::Weight weight, qreal designPt, int maxLines, bool mayShorten, qreal leading) {
              ColumnBlock b;
              b.text = FittedText(text, BadgeStyle::font(weight), device);
              b.designPt = qMax(designPt * f.scale, smallestTextPt);
              b.limits.largestPt = b.designPt;
              b.limits.smallestPt = smallestTextPt;
              b.limits.maxLines = maxLines;
              b.limits.mayShorten = mayShorten;
              b.limits.leading = leading;
              b.limits.balanced = true;
              return b;
          };
    const int organisationLines = f.portrait ? 3 : 2;
    // Top to bottom. A name may take two lines, broken at a space or hyphen before it shrinks.
    QList<ColumnBlock> blocks;
    int familyBlock = -1;
    int givenBlock = -1;
    if (content.familyFirst) {
        blocks.append(block(QStringLiteral("%1 %2").arg(content.firstName, content.secondName).trimmed(), QFont::Bold,
                            22, 2, false, 0.8));
        familyBlock = 0;
        blocks.append(block(content.latinName, QFont::Medium, 8.5, 2, false, 0.85));
        blocks.last().colour = secondaryInk;
    } else {
        blocks.append(block(content.givenName(), QFont::Medium, 13, 2, false, 0.8));
        givenBlock = 0;
        blocks.append(block(content.familyName(), QFont::Bold, 21, 2, false, 0.75));
        familyBlock = 1;
        // The given name's descent is blank: the family name closes up to it.
        blocks.first().gapAfter = -1;
    }
    blocks.last().gapAfter = 1.5 * f.scale * f.mm;
    const int organisationBlock = int(blocks.size());
    blocks.append(block(content.organisation, QFont::Normal, 9, organisationLines, true, 0.85));
    const int countryBlock = int(blocks.size());
    blocks.append(block(content.country, QFont::Normal, 7.5, 1, true, 1.0));
    blocks.last().colour = secondaryInk;

    const QSizeF room = f.column.size();
    const auto fitBlock = [&](int index) {
        ColumnBlock& b = blocks[index];
        // The family name is never smaller than the given name.
        if (index == givenBlock)
            b.limits.largestPt = qMin(b.limits.largestPt, blocks.at(familyBlock).text.pointSize());
        b.text.fit(room, b.limits);
    };
    const auto height = [&] {
        qreal total = 0;
        for (const ColumnBlock& b : blocks) {
            if (b.text.isEmpty())
                continue;
            const qreal closeUp = b.gapAfter < 0 ? -b.text.descent() : b.gapAfter;
            total += b.text.size().height() + closeUp;
        }
        return total;
    };
    fitBlock(familyBlock);
    for (int i = 0; i < blocks.size(); ++i) {
        if (i != familyBlock)
            fitBlock(i);
    }
    // Shrink from the bottom up: country, organisation, the Latin or given name, the family name.
    // A block on several lines first tries one line fewer, set larger than it would be shrunk.
    const auto tooTall = [&] {
        return height() > room.height() + 0.5;
    };
    const QList<int> shrinkOrder = content.familyFirst
        ? QList<int> {countryBlock, organisationBlock, 1, familyBlock}
        : QList<int> {countryBlock, organisationBlock, givenBlock, familyBlock};
    for (int index : shrinkOrder) {
        ColumnBlock& b = blocks[index];
        while (tooTall() && !b.text.isEmpty()) {
            const ColumnBlock before = b;
            if (b.text.lines().size() > 1) {
                b.limits.maxLines = int(b.text.lines().size()) - 1;
                fitBlock(index);
                if (!b.text.shortened() && b.text.size().height() < before.text.size().height())
                    continue;
                b = before;
            }
            if (b.text.pointSize() <= b.limits.smallestPt)
                break;
            b.limits.largestPt = qMax(b.limits.smallestPt, b.text.pointSize() * 0.94);
            fitBlock(index);
            if (index == familyBlock && givenBlock >= 0)
                fitBlock(givenBlock);
        }
    }
    // Everything at its smallest on a narrow label: the organisation gives up lines, shortened.
    ColumnBlock& organisation = blocks[organisationBlock];
    while (tooTall() && organisation.text.lines().size() > 1) {
        organisation.limits.maxLines = int(organisation.text.lines().size()) - 1;
        fitBlock(organisationBlock);
    }
    Column set;
    set.shortened = organisation.text.shortened();
    set.overflow = qMax(0.0, height() - room.height());

    // Stacked from the top of the column; the country stands at its foot.
    QList<BadgeText>& texts = set.texts;
    qreal top = f.column.top();
    for (int i = 0; i < blocks.size(); ++i) {
        const ColumnBlock& b = blocks.at(i);
        if (b.text.isEmpty())
            continue;
        const QSizeF size(f.column.width(), b.text.size().height());
        const QPointF at(f.column.left(), i == countryBlock ? f.column.bottom() - size.height() : top);
        texts.append({b.text, QRectF(at, size), b.alignment, b.colour});
        top += size.height() + (b.gapAfter < 0 ? -b.text.descent() : b.gapAfter);
    }
    return set;
}

BadgeLayout BadgeRenderer::layOut(const BadgeContent& content, const QRectF& label, const QPaintDevice* device,
                                  const BandEdge& edge) const
{
    Frame f = frame(label, device, edge);
    Column names = column(content, f, device);
    // A portrait label short of room for long names gives them some of its QR code, down to modules
    // of a third of a millimetre; the country goes last.
    const qreal smallestQrCode = (21 + 2 * QrCode::quietZoneModules) * f.mm / 3;
    if (names.overflow > 0 && f.portrait) {
        f = frame(label, device, edge, qMin(names.overflow, f.qrCode.width() - smallestQrCode));
        names = column(content, f, device);
    }
    if (names.overflow > 0 && !content.country.isEmpty()) {
        BadgeContent withoutCountry = content;
        withoutCountry.country.clear();
        names = column(withoutCountry, f, device);
        names.shortened = true;
    }
    BadgeLayout layout;
    layout.qrCode = f.qrCode;
    layout.band = f.band;
    layout.clip = f.clip;
    layout.rule = QLineF(f.header.left(), f.ruleY, f.header.right(), f.ruleY);
    const auto smallPrint = [&](const QString& text, QFont font, const QRectF& box, qreal designPt, int lines,
                                bool mayShorten, Qt::Alignment alignment, const QColor& colour) {
        if (text.isEmpty())
            return;
        FittedText::Limits limits;
        limits.largestPt = qMax(designPt * f.scale, smallestSmallPrintPt);
        limits.smallestPt = qMin(limits.largestPt, smallestSmallPrintPt);
        limits.maxLines = lines;
        limits.mayShorten = mayShorten;
        limits.leading = 0.85;
        layout.texts.append({FittedText::fitted(text, font, box.size(), limits, device), box, alignment, colour});
    };
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;

    // The seminar's title keeps its own small size: on a narrow label it takes two lines.
    FittedText::Limits title;
    title.largestPt = title.smallestPt = qMax(titlePt * f.scale, smallestTitlePt);
    title.maxLines = f.titleLines;
    title.mayShorten = true;
    title.leading = 0.85;
    title.balanced = true;
    if (!content.seminarTitle.isEmpty())
        layout.texts.append(
            {FittedText::fitted(content.seminarTitle, BadgeStyle::font(QFont::Medium), f.header.size(), title, device),
             f.header, Qt::AlignLeft | Qt::AlignTop, secondaryInk});

    layout.texts.append(names.texts);
    layout.organisationShortened = names.shortened;

    const BadgeCategory category = m_style.category(content.category);
    smallPrint(category.word, BadgeStyle::font(QFont::Bold), f.bandText, bandWordPt, 1, true, left, Qt::white);
    QFont mono = BadgeStyle::font(QFont::Normal);
    mono.setLetterSpacing(QFont::PercentageSpacing, 104);
    smallPrint(content.checkInCode, mono, f.code, codePt, 1, false, Qt::AlignHCenter | Qt::AlignVCenter, secondaryInk);

    for (const BadgeText& text : layout.texts) {
        for (const QChar missing : BadgeStyle::missingCharacters(text.text.text())) {
            if (!layout.missingCharacters.contains(missing))
                layout.missingCharacters += missing;
        }
    }
    return layout;
}

BadgeLayout BadgeRenderer::paint(QPainter& painter, const QRectF& label, qreal cornerRadius,
                                 const BadgeContent& content, const BandEdge& edge) const
{
    const BadgeLayout layout = layOut(content, label, painter.device(), edge);
    const qreal mm = pxPerMm(painter.device());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // The die-cut shape, grown by the bleed: a rounded label's band bleeds round its corners.
    QPainterPath shape;
    const qreal grown = cornerRadius + (layout.clip.width() - label.width()) / 2;
    shape.addRoundedRect(layout.clip, grown, grown);
    painter.setClipPath(shape);

    const QColor colour = m_style.category(content.category).colour;
    if (edge.kind == BandEdge::Kind::Inset) {
        QPainterPath band;
        const qreal radius = qMin(cornerRadius, layout.band.height() / 2);
        band.addRoundedRect(layout.band, radius, radius);
        painter.fillPath(band, colour);
    } else {
        painter.fillRect(layout.band, colour);
    }
    painter.setPen(QPen(rule, 0.25 * mm));
    painter.drawLine(layout.rule);

    QrCode(content.checkInCode).paint(painter, layout.qrCode);

    for (const BadgeText& text : layout.texts) {
        painter.setPen(text.colour);
        text.text.paint(painter, text.box, text.alignment);
    }
    painter.restore();
    return layout;
}

} // namespace sd
