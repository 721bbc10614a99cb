// A QR code made by libqrencode, as a square of dark and light modules to paint.
#pragma once

#include <QBitArray>
#include <QList>
#include <QRect>
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

    // The light margin the QR standard (ISO/IEC 18004) asks for around a code, in modules.
    static constexpr int quietZoneModules = 4;

    // Paints the code as vector squares, dark on white, centred in the square that fits in
    // TARGET, which holds the quiet zone as well: sharp at any size on any printer.
    void paint(QPainter& painter, const QRectF& target) const;
    // The side of one module when painted in TARGET.
    qreal moduleSize(const QRectF& target) const;
    // The dark modules as rectangles, in modules from the code's top left: no two overlap, and
    // together they cover every dark module and nothing else.
    QList<QRect> darkBlocks() const;

private:
    int m_size = 0;
    QBitArray m_modules;
};

} // namespace sd
