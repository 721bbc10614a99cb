#include "core/print/QrCode.h"

#include <QPainter>
#include <QPainterPath>

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
    // One rectangle for each run of dark modules in a row: a small PDF, no seams across a run.
    QPainterPath dark;
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size;) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            dark.addRect(QRectF(origin.x() + start * module, origin.y() + y * module, (x - start) * module, module));
        }
    }
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(square, Qt::white);
    painter.fillPath(dark, Qt::black);
    painter.restore();
}

} // namespace sd
