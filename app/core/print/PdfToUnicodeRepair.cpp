#include "core/print/PdfToUnicodeRepair.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <memory>
#include <optional>

#include <QFont>
#include <QMutex>
#include <QRawFont>
#include <QtEndian>

#include <unicode/ucnv.h>
#include <unicode/uset.h>

#include "core/print/BadgeStyle.h"

namespace sd {

namespace {

constexpr qsizetype hexDigits = 4;
constexpr char16_t tab = 0x0009;
constexpr char16_t space = 0x0020;

struct SetCloser
{
    void operator()(USet* set) const { uset_close(set); }
};
using CharacterSet = std::unique_ptr<USet, SetCloser>;

// The characters that Windows' Japanese and Western code pages hold both ways.
const USet* windowsCharacters()
{
    static const CharacterSet set = [] {
        CharacterSet characters(uset_openEmpty());
        for (const char* codePage : {"windows-31j", "windows-1252"}) {
            UErrorCode status = U_ZERO_ERROR;
            UConverter* converter = ucnv_open(codePage, &status);
            // getUnicodeSet empties the set it fills: each code page fills its own.
            const CharacterSet page(uset_openEmpty());
            if (U_SUCCESS(status))
                ucnv_getUnicodeSet(converter, page.get(), UCNV_ROUNDTRIP_SET, &status);
            Q_ASSERT_X(U_SUCCESS(status), "PdfToUnicodeRepair", "ICU has no converter for a Windows code page");
            ucnv_close(converter);
            uset_addAll(characters.get(), page.get());
        }
        return characters;
    }();
    return set.get();
}

// Lower is more often written.
int rank(char16_t character)
{
    if (character >= 0x20 && character <= 0x7E)
        return 0;
    const bool control = character < 0x20 || (character >= 0x7F && character <= 0x9F);
    if (!control && uset_contains(windowsCharacters(), character))
        return 1;
    const auto category = QChar::category(character);
    const bool radical = character >= 0x2E80 && character <= 0x2FDF;
    if (control || radical || category == QChar::Other_Format || category == QChar::Other_PrivateUse)
        return 3;
    return 2;
}

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

void replaceCodeAt(QByteArray& pdf, qsizetype at, const PdfToUnicodeRepair::CharacterMap& characters)
{
    const int code = codeAt(pdf, at);
    const auto found = code < 0 ? characters.constEnd() : characters.constFind(char16_t(code));
    if (found == characters.constEnd())
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
                const PdfToUnicodeRepair::CharacterMap& characters)
{
    const QList<qsizetype> codes = hexStrings(pdf, begin, end);
    if (!range) {
        if (codes.size() == 2)
            replaceCodeAt(pdf, codes.at(1), characters);
        return;
    }
    if (codes.size() < 3)
        return;
    if (QByteArrayView(pdf).sliced(begin, end - begin).contains('[')) {
        for (qsizetype i = 2; i < codes.size(); ++i)
            replaceCodeAt(pdf, codes.at(i), characters);
    } else if (codes.size() == 3 && codeAt(pdf, codes.at(0)) == codeAt(pdf, codes.at(1))) {
        replaceCodeAt(pdf, codes.at(2), characters);
    }
}

// Repairs every section between OPEN and CLOSE ("beginbfchar" and "endbfchar", say) of the
// CMap in PDF from CMAP to CMAP_END.
void repairSections(QByteArray& pdf, qsizetype cmap, qsizetype cmapEnd, const QByteArray& open, const QByteArray& close,
                    bool range, const PdfToUnicodeRepair::CharacterMap& characters)
{
    for (qsizetype begin = pdf.indexOf(open, cmap); begin >= 0 && begin < cmapEnd; begin = pdf.indexOf(open, begin)) {
        const qsizetype end = pdf.indexOf(close, begin);
        if (end < 0 || end > cmapEnd)
            return;
        for (qsizetype line = pdf.indexOf('\n', begin) + 1; line > 0 && line < end;) {
            qsizetype lineEnd = pdf.indexOf('\n', line);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            repairLine(pdf, line, lineEnd, range, characters);
            line = lineEnd + 1;
        }
        begin = end;
    }
}

// The PostScript name of FONT, from its 'name' table (name 6), as a PDF's /BaseFont gives it.
QByteArray postScriptNameOf(const QRawFont& font)
{
    const QByteArray table = font.fontTable("name");
    const auto read16 = [&table](qsizetype at) {
        return at + 2 <= table.size() ? qFromBigEndian<quint16>(table.constData() + at) : quint16(0);
    };
    const int count = read16(2);
    const int strings = read16(4);
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 6 + qsizetype(i) * 12;
        const quint16 platform = read16(record);
        const quint16 nameId = read16(record + 6);
        const quint16 length = read16(record + 8);
        const qsizetype at = strings + read16(record + 10);
        if (nameId != 6 || at + length > table.size())
            continue;
        const QByteArray raw = table.mid(at, length);
        if (platform == 1)
            return raw;
        QByteArray ascii;
        for (qsizetype j = 1; j < raw.size(); j += 2)
            ascii.append(raw.at(j));
        return ascii;
    }
    return {};
}

// Each font dictionary names its font and its map: "/BaseFont /NotoSansCJKjp-Regular ...
// /ToUnicode 21 0 R"; the map's object follows as "21 0 obj ... begincmap ... endcmap".
void repairMaps(QByteArray& pdf, const std::function<const PdfToUnicodeRepair::CharacterMap*(const QByteArray&)>& mapOf)
{
    const QByteArray toUnicode("/ToUnicode ");
    const QByteArray baseFont("/BaseFont /");
    for (qsizetype at = pdf.indexOf(toUnicode); at >= 0; at = pdf.indexOf(toUnicode, at + 1)) {
        const qsizetype dictionary = pdf.lastIndexOf("<<", at);
        const qsizetype nameAt = pdf.lastIndexOf(baseFont, at);
        QByteArray name;
        if (nameAt > dictionary) {
            const qsizetype begin = nameAt + baseFont.size();
            qsizetype end = begin;
            while (end < pdf.size() && !std::isspace(uchar(pdf.at(end))) && pdf.at(end) != '/')
                ++end;
            name = pdf.mid(begin, end - begin);
        }
        const qsizetype numberBegin = at + toUnicode.size();
        qsizetype numberEnd = numberBegin;
        while (numberEnd < pdf.size() && std::isdigit(uchar(pdf.at(numberEnd))))
            ++numberEnd;
        const qsizetype objectAt = pdf.indexOf("\n" + pdf.mid(numberBegin, numberEnd - numberBegin) + " 0 obj");
        const qsizetype objectEnd = objectAt < 0 ? -1 : pdf.indexOf("endobj", objectAt);
        const qsizetype cmap = objectAt < 0 ? -1 : pdf.indexOf("begincmap", objectAt);
        const qsizetype cmapEnd = cmap < 0 ? -1 : pdf.indexOf("endcmap", cmap);
        if (cmapEnd < 0 || cmapEnd > objectEnd)
            continue;
        const PdfToUnicodeRepair::CharacterMap* found = mapOf(name);
        const PdfToUnicodeRepair::CharacterMap& characters = found ? *found : PdfToUnicodeRepair::anyFont();
        repairSections(pdf, cmap, cmapEnd, QByteArrayLiteral("beginbfchar"), QByteArrayLiteral("endbfchar"), false,
                       characters);
        repairSections(pdf, cmap, cmapEnd, QByteArrayLiteral("beginbfrange"), QByteArrayLiteral("endbfrange"), true,
                       characters);
    }
}

} // namespace

char16_t PdfToUnicodeRepair::writtenForm(const QList<char16_t>& sharingOneGlyph)
{
    Q_ASSERT(!sharingOneGlyph.isEmpty());
    return *std::min_element(sharingOneGlyph.cbegin(), sharingOneGlyph.cend(), [](char16_t a, char16_t b) {
        const int rankA = rank(a);
        const int rankB = rank(b);
        return rankA != rankB ? rankA < rankB : a < b;
    });
}

PdfToUnicodeRepair::CharacterMap PdfToUnicodeRepair::characterMap(const QRawFont& font)
{
    // Every character of the Basic Multilingual Plane but the surrogates, looked up in one call.
    QList<QChar> characters;
    characters.reserve(0x10000);
    for (char32_t c = 0; c < 0x10000; ++c) {
        if (!QChar::isSurrogate(c))
            characters.append(QChar(char16_t(c)));
    }
    QList<quint32> glyphs(characters.size());
    int found = int(glyphs.size());
    if (!font.glyphIndexesForChars(characters.constData(), int(characters.size()), glyphs.data(), &found))
        return {};
    // Only glyphs of two or more characters are grouped: most draw one, and a list for each of
    // a CJK font's 60,000 glyphs took longer than looking them all up.
    const quint32 glyphCount = glyphs.isEmpty() ? 0 : *std::max_element(glyphs.cbegin(), glyphs.cend()) + 1;
    QList<quint8> sharing(glyphCount, 0);
    for (quint32 glyph : glyphs)
        sharing[glyph] = quint8(qMin(sharing.at(glyph) + 1, 2));
    // Qt draws a tab (and a missing no-break space) with the space glyph.
    const quint32 spaceGlyph = glyphs.at(space);
    sharing[spaceGlyph] = 2;
    QHash<quint32, QList<char16_t>> byGlyph;
    for (qsizetype i = 0; i < characters.size(); ++i) {
        if (glyphs.at(i) != 0 && sharing.at(glyphs.at(i)) > 1)
            byGlyph[glyphs.at(i)].append(characters.at(i).unicode());
    }
    if (spaceGlyph != 0 && !byGlyph[spaceGlyph].contains(tab))
        byGlyph[spaceGlyph].prepend(tab);
    CharacterMap map;
    for (auto it = byGlyph.cbegin(); it != byGlyph.cend(); ++it) {
        if (it->size() < 2)
            continue;
        const char16_t lowest = *std::min_element(it->cbegin(), it->cend());
        const char16_t written = writtenForm(*it);
        if (written != lowest)
            map.insert(lowest, written);
    }
    return map;
}

const PdfToUnicodeRepair::CharacterMap* PdfToUnicodeRepair::printFont(const QByteArray& postScriptName)
{
    struct PrintFont
    {
        QRawFont font;
        std::optional<CharacterMap> map;
    };
    // The fonts are found at once; a map, which looks up every character, when a PDF has its font.
    static QHash<QByteArray, PrintFont> fonts = [] {
        QHash<QByteArray, PrintFont> found;
        for (const QString& family : BadgeStyle::fontFamilies()) {
            for (QFont::Weight weight : {QFont::Normal, QFont::Bold}) {
                QFont font(family);
                font.setWeight(weight);
                const QRawFont raw = QRawFont::fromFont(font);
                const QByteArray name = postScriptNameOf(raw);
                if (raw.familyName() == family && !name.isEmpty())
                    found.insert(name, {raw, std::nullopt});
            }
        }
        return found;
    }();
    static QMutex making;
    const QMutexLocker locked(&making);
    const auto found = fonts.find(postScriptName);
    if (found == fonts.end())
        return nullptr;
    if (!found->map)
        found->map = characterMap(found->font);
    return &*found->map;
}

const PdfToUnicodeRepair::CharacterMap& PdfToUnicodeRepair::anyFont()
{
    static const CharacterMap map {{tab, space}};
    return map;
}

void PdfToUnicodeRepair::apply(QByteArray& pdf)
{
    repairMaps(pdf, [](const QByteArray& name) { return printFont(name); });
}

void PdfToUnicodeRepair::apply(QByteArray& pdf, const QHash<QByteArray, CharacterMap>& fonts)
{
    repairMaps(pdf, [&fonts](const QByteArray& name) {
        const auto found = fonts.constFind(name);
        return found == fonts.constEnd() ? nullptr : &*found;
    });
}

} // namespace sd
