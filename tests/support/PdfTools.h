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

} // namespace PdfTools
