#include "core/print/QrCode.h"

#include <QHash>
#include <QPainter>

#include <qrencode.h>

namespace sd {

QrCode::QrCode(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode* code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return;
    m_size = code->width;
    m_modules.resize(m_size * m_size);
    for (int i = 0; i < m_size * m_size; ++i)
        m_modules.setBit(i, code->data[i] & 1);
    QRcode_free(code);
}

qreal QrCode::moduleSize(const QRectF& target) const
{
    return qMin(target.width(), target.height()) / (m_size + 2 * quietZoneModules);
}

void QrCode::paint(QPainter& painter, const QRectF& target) const
{
    if (isEmpty())
        return;
    const qreal module = moduleSize(target);
    const qreal side = module * (m_size + 2 * quietZoneModules);
    const QRectF square(target.center().x() - side / 2, target.center().y() - side / 2, side, side);
    const QPointF origin = square.topLeft() + QPointF(module, module) * quietZoneModules;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(square, Qt::white);
    // All blocks in one fill, so no seams show between them, counted in modules: a PDF writes
    // each as a short "re" of small whole numbers (a path of its corners in page coordinates took
    // ten times the bytes, and compressing them was most of the time badges took).
    painter.translate(origin);
    painter.scale(module, module);
    painter.setBrush(Qt::black);
    painter.drawRects(darkBlocks());
    painter.restore();
}

QList<QRect> QrCode::darkBlocks() const
{
    // Each run of dark modules in a row, grown downwards while the rows below repeat it exactly.
    QList<QRect> blocks;
    QHash<QPair<int, int>, qsizetype> open; // a run's first and last column to the block it grows
    for (int y = 0; y < m_size; ++y) {
        QHash<QPair<int, int>, qsizetype> grown;
        for (int x = 0; x < m_size;) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            const QPair<int, int> run(start, x);
            const auto above = open.constFind(run);
            if (above != open.constEnd()) {
                blocks[*above].setBottom(y);
                grown.insert(run, *above);
            } else {
                grown.insert(run, blocks.size());
                blocks.append(QRect(start, y, x - start, 1));
            }
        }
        open = std::move(grown);
    }
    return blocks;
}

} // namespace sd
