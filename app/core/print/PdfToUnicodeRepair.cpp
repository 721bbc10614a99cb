#include "core/print/PdfToUnicodeRepair.h"

#include <QRawFont>

#include "core/print/BadgeStyle.h"

namespace sd {

namespace {

constexpr char16_t firstRadical = 0x2E80;
constexpr char16_t lastRadical = 0x2FDF;
constexpr char16_t firstKanji = 0x4E00;
constexpr char16_t lastKanji = 0x9FFF;
constexpr qsizetype hexDigits = 4;

int hexValue(char digit)
{
    if (digit >= '0' && digit <= '9')
        return digit - '0';
    if (digit >= 'A' && digit <= 'F')
        return digit - 'A' + 10;
    if (digit >= 'a' && digit <= 'f')
        return digit - 'a' + 10;
    return -1;
}

// The <XXXX> at AT in PDF, or -1 when there is none (or it is longer: not a BMP character).
int codeAt(const QByteArray& pdf, qsizetype at)
{
    if (at + hexDigits + 1 >= pdf.size() || pdf.at(at) != '<' || pdf.at(at + hexDigits + 1) != '>')
        return -1;
    int code = 0;
    for (qsizetype i = 1; i <= hexDigits; ++i) {
        const int digit = hexValue(pdf.at(at + i));
        if (digit < 0)
            return -1;
        code = code * 16 + digit;
    }
    return code;
}

void replaceCodeAt(QByteArray& pdf, qsizetype at, const QHash<char16_t, char16_t>& ideographs)
{
    const int code = codeAt(pdf, at);
    const auto found = code < 0 ? ideographs.constEnd() : ideographs.constFind(char16_t(code));
    if (found == ideographs.constEnd())
        return;
    static const char digits[] = "0123456789ABCDEF";
    for (qsizetype i = hexDigits; i >= 1; --i)
        pdf[at + i] = digits[(*found >> (4 * (hexDigits - i))) & 0xF];
}

// The hex strings <...> on the line of PDF from BEGIN to END, by where they start.
QList<qsizetype> hexStrings(const QByteArray& pdf, qsizetype begin, qsizetype end)
{
    QList<qsizetype> starts;
    for (qsizetype at = pdf.indexOf('<', begin); at >= 0 && at < end; at = pdf.indexOf('<', at + 1))
        starts.append(at);
    return starts;
}

// One line of a bfchar section ("<glyph> <character>") or a bfrange section ("<first> <last>
// <character>" or "<first> <last> [<character> ...]"): its characters, never its glyphs.
void repairLine(QByteArray& pdf, qsizetype begin, qsizetype end, bool range,
                const QHash<char16_t, char16_t>& ideographs)
{
    const QList<qsizetype> codes = hexStrings(pdf, begin, end);
    if (!range) {
        if (codes.size() == 2)
            replaceCodeAt(pdf, codes.at(1), ideographs);
        return;
    }
    if (codes.size() < 3)
        return;
    if (QByteArrayView(pdf).sliced(begin, end - begin).contains('[')) {
        for (qsizetype i = 2; i < codes.size(); ++i)
            replaceCodeAt(pdf, codes.at(i), ideographs);
    } else if (codes.size() == 3 && codeAt(pdf, codes.at(0)) == codeAt(pdf, codes.at(1))) {
        replaceCodeAt(pdf, codes.at(2), ideographs);
    }
}

// Repairs every section between OPEN and CLOSE ("beginbfchar" and "endbfchar", say) in the
// CMap of PDF from CMAP to CMAP_END.
void repairSections(QByteArray& pdf, qsizetype cmap, qsizetype cmapEnd, const QByteArray& open, const QByteArray& close,
                    bool range, const QHash<char16_t, char16_t>& ideographs)
{
    for (qsizetype begin = pdf.indexOf(open, cmap); begin >= 0 && begin < cmapEnd; begin = pdf.indexOf(open, begin)) {
        const qsizetype end = pdf.indexOf(close, begin);
        if (end < 0 || end > cmapEnd)
            return;
        for (qsizetype line = pdf.indexOf('\n', begin) + 1; line > 0 && line < end;) {
            qsizetype lineEnd = pdf.indexOf('\n', line);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            repairLine(pdf, line, lineEnd, range, ideographs);
            line = lineEnd + 1;
        }
        begin = end;
    }
}

} // namespace

const QHash<char16_t, char16_t>& PdfToUnicodeRepair::radicalKanji()
{
    static const QHash<char16_t, char16_t> map = [] {
        const QRawFont font = QRawFont::fromFont(BadgeStyle::font());
        QHash<quint32, char16_t> kanjiByGlyph;
        for (char16_t kanji = firstKanji; kanji <= lastKanji; ++kanji) {
            const QList<quint32> glyphs = font.glyphIndexesForString(QString(QChar(kanji)));
            if (!glyphs.isEmpty() && glyphs.first() != 0 && !kanjiByGlyph.contains(glyphs.first()))
                kanjiByGlyph.insert(glyphs.first(), kanji);
        }
        QHash<char16_t, char16_t> radicals;
        for (char16_t radical = firstRadical; radical <= lastRadical; ++radical) {
            const QList<quint32> glyphs = font.glyphIndexesForString(QString(QChar(radical)));
            if (!glyphs.isEmpty() && kanjiByGlyph.contains(glyphs.first()))
                radicals.insert(radical, kanjiByGlyph.value(glyphs.first()));
        }
        return radicals;
    }();
    return map;
}

void PdfToUnicodeRepair::apply(QByteArray& pdf, const QHash<char16_t, char16_t>& ideographs)
{
    if (ideographs.isEmpty())
        return;
    const QByteArray open("begincmap");
    const QByteArray close("endcmap");
    for (qsizetype cmap = pdf.indexOf(open); cmap >= 0; cmap = pdf.indexOf(open, cmap + 1)) {
        const qsizetype cmapEnd = pdf.indexOf(close, cmap);
        if (cmapEnd < 0)
            return;
        repairSections(pdf, cmap, cmapEnd, QByteArrayLiteral("beginbfchar"), QByteArrayLiteral("endbfchar"), false,
                       ideographs);
        repairSections(pdf, cmap, cmapEnd, QByteArrayLiteral("beginbfrange"), QByteArrayLiteral("endbfrange"), true,
                       ideographs);
    }
}

} // namespace sd
