#include "PdfTools.h"

#include <QFont>
#include <QHash>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

namespace PdfTools {

bool available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

// Radicals (U+2E80-U+2FDF) to the ideograph the CJK font draws with the same glyph.
const QHash<char16_t, char16_t>& radicalIdeographs()
{
    static const QHash<char16_t, char16_t> map = [] {
        QFont font(QStringLiteral("Noto Sans CJK JP"));
        const QRawFont raw = QRawFont::fromFont(font);
        QHash<quint32, char16_t> ideographByGlyph;
        for (char16_t ideograph = 0x4E00; ideograph <= 0x9FFF; ++ideograph) {
            const auto glyphs = raw.glyphIndexesForString(QString(QChar(ideograph)));
            if (!glyphs.isEmpty() && glyphs.first() != 0 && !ideographByGlyph.contains(glyphs.first()))
                ideographByGlyph.insert(glyphs.first(), ideograph);
        }
        QHash<char16_t, char16_t> radicals;
        for (char16_t radical = 0x2E80; radical <= 0x2FDF; ++radical) {
            const auto glyphs = raw.glyphIndexesForString(QString(QChar(radical)));
            if (!glyphs.isEmpty() && ideographByGlyph.contains(glyphs.first()))
                radicals.insert(radical, ideographByGlyph.value(glyphs.first()));
        }
        return radicals;
    }();
    return map;
}

QString text(const QString& pdf)
{
    // Qt's PDF writer maps each glyph back to the lowest code point that shows it, so a kanji
    // that Noto Sans CJK shares with a radical (人, 力, 青 ...) comes out as the radical (U+2F08
    // for 人). Read them back as the ideographs the font draws with the same glyph.
    QString extracted
        = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    const auto& radicals = radicalIdeographs();
    for (QChar& character : extracted) {
        const auto found = radicals.constFind(character.unicode());
        if (found != radicals.constEnd())
            character = QChar(*found);
    }
    return extracted;
}

int pageCount(const QString& pdf)
{
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const auto match = pages.match(run(QStringLiteral("pdfinfo"), {pdf}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QStringList fonts(const QString& pdf)
{
    // The first two lines are the table's header and rule.
    return run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
}

bool allFontsEmbedded(const QString& pdf)
{
    const QStringList lines = fonts(pdf);
    if (lines.isEmpty())
        return false;
    static const QRegularExpression columns(
        QStringLiteral("\\s+(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
    for (const QString& line : lines) {
        const auto match = columns.match(line);
        if (!match.hasMatch() || match.captured(1) != QLatin1String("yes"))
            return false;
    }
    return true;
}

} // namespace PdfTools
