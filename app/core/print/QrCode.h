// A QR code made by libqrencode, as a square of dark and light modules to paint.
#pragma once

#include <QBitArray>
#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace sd {

class QrCode
{
public:
    // The code for TEXT at error correction level M; an empty code when TEXT cannot be encoded.
    explicit QrCode(const QString& text);

    bool isEmpty() const { return m_size == 0; }
    int size() const { return m_size; } // modules per side, without the quiet zone
    bool isDark(int x, int y) const { return m_modules.testBit(y * m_size + x); }

    // The code as an image of one pixel per module, dark on white, with the quiet zone.
    QImage toImage(int quietModules = 2) const;
    // Paints the code centred in the square that fits in TARGET, with a quiet zone of
    // QUIET_MODULES light modules around it (QR asks for 4; badges print it on white).
    void paint(QPainter& painter, const QRectF& target, int quietModules = 2) const;

private:
    int m_size = 0;
    QBitArray m_modules;
};

} // namespace sd
