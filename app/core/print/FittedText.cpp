#include "core/print/FittedText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace sd {

namespace {

// Each try is this much smaller than the last: steps too small to see, few enough to be quick.
constexpr qreal shrinkStep = 0.94;
constexpr qreal smallestReadablePt = 3.0;
// Half a pixel of slack: advances are summed in floating point.
constexpr qreal slack = 0.5;

struct Layout
{
    QStringList lines;
    QSizeF size;
    qreal lineSpacing = 0;
    qreal ascent = 0;
};

Layout layOut(const QString& text, const QFont& font, qreal width, bool wrap, const QPaintDevice* device)
{
    const QFontMetricsF metrics(font, const_cast<QPaintDevice*>(device));
    Layout layout;
    layout.lineSpacing = metrics.lineSpacing();
    layout.ascent = metrics.ascent();
    if (!wrap) {
        layout.lines = QStringList {text};
        layout.size = QSizeF(metrics.horizontalAdvance(text), metrics.height());
        return layout;
    }
    // QTextLayout breaks where the script allows: between words, and between CJK characters.
    QTextLayout textLayout(text, font, const_cast<QPaintDevice*>(device));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textLayout.setTextOption(option);
    textLayout.beginLayout();
    qreal widest = 0;
    for (QTextLine line = textLayout.createLine(); line.isValid(); line = textLayout.createLine()) {
        line.setLineWidth(width);
        const QString piece = text.mid(line.textStart(), line.textLength()).trimmed();
        layout.lines.append(piece);
        widest = qMax(widest, metrics.horizontalAdvance(piece));
    }
    textLayout.endLayout();
    layout.size = QSizeF(widest, metrics.height() + (layout.lines.size() - 1) * layout.lineSpacing);
    return layout;
}

bool inside(const QSizeF& size, const QSizeF& box)
{
    return size.width() <= box.width() + slack && size.height() <= box.height() + slack;
}

} // namespace

FittedText FittedText::fit(const QString& text, QFont font, const QSizeF& box, qreal largestPt, qreal smallestPt,
                           const QPaintDevice* device)
{
    Layout layout;
    bool found = false;
    for (qreal pt = largestPt; pt >= smallestPt && !found; pt *= shrinkStep) {
        font.setPointSizeF(pt);
        layout = layOut(text, font, box.width(), false, device);
        found = inside(layout.size, box);
    }
    for (qreal pt = largestPt; pt >= smallestReadablePt && !found; pt *= shrinkStep) {
        font.setPointSizeF(pt);
        layout = layOut(text, font, box.width(), true, device);
        found = inside(layout.size, box);
    }
    FittedText fitted;
    fitted.m_font = font;
    fitted.m_lines = layout.lines;
    fitted.m_size = layout.size;
    fitted.m_lineSpacing = layout.lineSpacing;
    fitted.m_ascent = layout.ascent;
    return fitted;
}

bool FittedText::fits(const QSizeF& box) const
{
    return inside(m_size, box);
}

void FittedText::paint(QPainter& painter, const QRectF& box, Qt::Alignment alignment) const
{
    painter.save();
    painter.setFont(m_font);
    const QFontMetricsF metrics(m_font, painter.device());
    qreal top = box.top();
    if (alignment & Qt::AlignBottom)
        top = box.bottom() - m_size.height();
    else if (alignment & Qt::AlignVCenter)
        top = box.top() + (box.height() - m_size.height()) / 2;
    qreal baseline = top + m_ascent;
    for (const QString& line : m_lines) {
        const qreal width = metrics.horizontalAdvance(line);
        qreal left = box.left();
        if (alignment & Qt::AlignRight)
            left = box.right() - width;
        else if (alignment & Qt::AlignHCenter)
            left = box.left() + (box.width() - width) / 2;
        painter.drawText(QPointF(left, baseline), line);
        baseline += m_lineSpacing;
    }
    painter.restore();
}

} // namespace sd
