// What poppler-utils (pdftotext, pdfinfo, pdffonts) say about a PDF file, for tests. A tool that is
// missing or fails fails the test.
#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace PdfTools {

// The text pdftotext extracts, as it is.
QString text(const QString& pdf);
// The same without white space, and with the characters Qt's PDF writer names by a look-alike
// that shares their glyph in Noto Sans CJK (〜 for ～, ∕ for ／, ‒ for –) read as drawn: what a
// page says, whatever its text maps say about spaces and shared glyphs. Compare it with
// squeezed() text.
QString squeezedText(const QString& pdf);
QString squeezed(QString text);
int pageCount(const QString& pdf);
// One line per font: "name type encoding emb sub uni object ID".
QStringList fonts(const QString& pdf);
// Whether every font of the file is embedded.
bool allFontsEmbedded(const QString& pdf);
// Page PAGE (from 1) as pdftoppm renders it at DPI dots per inch.
QImage pageImage(const QString& pdf, int page, int dpi);

} // namespace PdfTools
