#include "core/print/QrCode.h"

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

QImage QrCode::toImage(int quietModules) const
{
    const int side = m_size + 2 * quietModules;
    QImage image(side, side, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y))
                image.setPixel(x + quietModules, y + quietModules, 1);
        }
    }
    return image;
}

void QrCode::paint(QPainter& painter, const QRectF& target, int quietModules) const
{
    if (isEmpty())
        return;
    const qreal side = qMin(target.width(), target.height());
    // One module per pixel, scaled without smoothing: sharp on any printer, and a thousand codes
    // make a far smaller (and faster) PDF than a thousand vector paths.
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(QRectF(target.center().x() - side / 2, target.center().y() - side / 2, side, side),
                      toImage(quietModules));
    painter.restore();
}

} // namespace sd
