// Text set in a box for print: broken into lines only where LineBreaks allows, at the largest
// size that fits, never clipped; shortened with an ellipsis only where that is allowed.
#pragma once

#include <memory>

#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include "core/print/LineBreaks.h"

class QPaintDevice;
class QPainter;

namespace sd {

class FittedText
{
public:
    struct Limits
    {
        qreal largestPt = 10;
        qreal smallestPt = 6;
        int maxLines = 1;
        // Past the smallest size, cut the text with "…" after MAX_LINES lines; otherwise break
        // inside a word (with a hyphen) and take more lines: a name is never cut.
        bool mayShorten = false;
        // The most careful breaks tried first; finer ones only when nothing fits with them.
        LineBreaks::Level breaks = LineBreaks::Level::Phrases;
        // From one baseline to the next, in the font's line spacings (Noto Sans CJK's is 1.45 em).
        qreal leading = 1.0;
        // Lines of about even length rather than a full first line: for names and headings.
        bool balanced = false;
    };

    FittedText();
    // Measures TEXT in FONT (family and weight; the size is chosen by fit()) on DEVICE, once.
    FittedText(const QString& text, const QFont& font, const QPaintDevice* device);

    // Sets the text in BOX (the device's pixels) by LIMITS: the largest size from LARGEST_PT down
    // to SMALLEST_PT at which it fits in MAX_LINES lines with the most careful breaks that do.
    void fit(const QSizeF& box, const Limits& limits);
    // The same in one call.
    static FittedText fitted(const QString& text, const QFont& font, const QSizeF& box, const Limits& limits,
                             const QPaintDevice* device);

    const QString& text() const;
    bool isEmpty() const;
    QFont font() const; // at the size chosen
    qreal pointSize() const { return m_pointSize; }
    const QStringList& lines() const { return m_lines; }
    // The extent of the lines as set (first ascent to last descent), in the device's pixels.
    QSizeF size() const { return m_size; }
    bool fits(const QSizeF& box) const;
    // Whether fit() had to cut the text with an ellipsis.
    bool shortened() const { return m_shortened; }
    // Line INDEX alone, as it was set: for text that runs on to another page line by line.
    FittedText line(qsizetype index) const;
    // The blank below the last baseline, in the device's pixels.
    qreal descent() const;
    // The height of one line of FONT at POINT_SIZE on DEVICE, ascent to descent, as fit() counts it.
    static qreal lineHeight(QFont font, qreal pointSize, const QPaintDevice* device);

    // Paints the lines in BOX, aligned by ALIGNMENT (horizontal and vertical flags).
    void paint(QPainter& painter, const QRectF& box, Qt::Alignment alignment) const;

private:
    struct Measured;
    struct Line;
    QList<Line> fill(LineBreaks::Level level, qreal pointSize, qreal width) const;
    void set(const QList<Line>& lines, qreal pointSize, qreal leading);
    QList<Line> balance(const QList<Line>& lines, LineBreaks::Level level, qreal pointSize, qreal width) const;
    QList<Line> shorten(QList<Line> lines, qreal pointSize, qreal width, int keep) const;
    qreal height(qsizetype lines, qreal pointSize, qreal leading) const;

    std::shared_ptr<const Measured> m_measured; // shared by copies: measuring is the costly part
    qreal m_pointSize = 0;
    qreal m_leading = 1.0;
    QStringList m_lines;
    QSizeF m_size;
    bool m_shortened = false;
};

} // namespace sd
