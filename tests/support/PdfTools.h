// What poppler-utils (pdftotext, pdfinfo, pdffonts) say about a PDF file, for tests. A tool that is
// missing or fails fails the test.
#pragma once

#include <QString>
#include <QStringList>

namespace PdfTools {

// The text pdftotext extracts, as it is.
QString text(const QString& pdf);
int pageCount(const QString& pdf);
// One line per font: "name type encoding emb sub uni object ID".
QStringList fonts(const QString& pdf);
// Whether every font of the file is embedded.
bool allFontsEmbedded(const QString& pdf);

} // namespace PdfTools
