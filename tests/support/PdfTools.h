// What poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm), MuPDF's mutool and zbar's zbarimg
// say about a PDF file, for tests. A tool that is missing or fails fails the test.
#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace PdfTools {

// One character as MuPDF finds it on a page.
struct Character
{
    int page = 0; // from 0
    QString text;
    QRectF box; // in points from the page's top left
    QString font; // "NotoSansCJKjp-Regular"
    qreal size = 0; // in points
};

// The text pdftotext extracts, as it is.
QString text(const QString& pdf);
// The text pdftotext extracts in the order the page draws it (-raw).
QString rawText(const QString& pdf);
// The text MuPDF's mutool extracts.
QString mutoolText(const QString& pdf);
// Every character MuPDF finds, page by page.
QList<Character> characters(const QString& pdf);
// The same without white space, and with the characters Qt's PDF writer names by a look-alike
// that shares their glyph in Noto Sans CJK (〜 for ～, ∕ for ／, ‒ for –) read as drawn: what a
// page says, whatever its text maps say about spaces and shared glyphs. Compare it with
// squeezed() text.
QString squeezedText(const QString& pdf);
QString squeezed(QString text);
int pageCount(const QString& pdf);
// The size of page PAGE (from 1) in points, as pdfinfo gives it: width, height as the page stands.
QSizeF pageSize(const QString& pdf, int page = 1);
// One line per font: "name type encoding emb sub uni object ID".
QStringList fonts(const QString& pdf);
// Whether every font of the file is embedded.
bool allFontsEmbedded(const QString& pdf);
// How many images the file holds (pdfimages -list).
int imageCount(const QString& pdf);
// The pages as pdftoppm renders them at DPI.
QList<QImage> render(const QString& pdf, int dpi);
// The QR codes zbarimg reads in IMAGE, sorted.
QStringList qrCodes(const QImage& image);
// Page PAGE (from 1) as pdftoppm renders it at DPI dots per inch.
QImage pageImage(const QString& pdf, int page, int dpi);

} // namespace PdfTools
