// Text fitted into a box: shrunk to fit on one line, then wrapped, never clipped.
#pragma once

#include <QFont>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QPaintDevice;
class QPainter;

namespace sd {

class FittedText
{
public:
    // Fits TEXT into BOX (in DEVICE's pixels): on one line at the largest size from
    // LARGEST_PT down to SMALLEST_PT; failing that, wrapped at the largest size that fits,
    // going below SMALLEST_PT only when nothing else fits. FONT gives family and weight.
    static FittedText fit(const QString& text, QFont font, const QSizeF& box, qreal largestPt, qreal smallestPt,
                          const QPaintDevice* device);

    const QFont& font() const { return m_font; }
    const QStringList& lines() const { return m_lines; }
    // The extent of the laid-out lines, in the device's pixels.
    QSizeF size() const { return m_size; }
    bool fits(const QSizeF& box) const;

    // Paints the lines in BOX, aligned by ALIGNMENT (horizontal and vertical flags).
    void paint(QPainter& painter, const QRectF& box, Qt::Alignment alignment) const;

private:
    QFont m_font;
    QStringList m_lines;
    QSizeF m_size;
    qreal m_lineSpacing = 0;
    qreal m_ascent = 0;
};

} // namespace sd
