// Qt's PDF writer tells readers which character each glyph shows (a font's ToUnicode map) by the
// lowest code point whose cmap entry names the glyph, and Qt itself draws a tab with the space
// glyph. Where a font draws several characters with one glyph, the text copied, searched or
// extracted from the PDF is then another character than the one written: the space becomes a tab,
// ・ ～ ／ 〈〉 ｀ ‘ – become ‧ 〜 ∕ 〈〉 ‵ ʻ ‒, and about 200 kanji of Noto Sans CJK (一, 山, 田 ...)
// become Kangxi radicals (⼀, ⼭, ⽥). This names each such glyph by the character people write.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

class QRawFont;

namespace sd {

class PdfToUnicodeRepair
{
public:
    // For one font: the character Qt names a shared glyph by, and the one it should name it by.
    using CharacterMap = QHash<char16_t, char16_t>;

    // Of characters drawn with one glyph, the one people write: printable ASCII first, then what
    // Windows' Japanese (CP932) or Western (CP1252) code page holds — what IMEs, keyboards and
    // Excel produce —, then any other but a radical or a control, the lowest code point first.
    static char16_t writtenForm(const QList<char16_t>& sharingOneGlyph);
    // FONT's map: for each glyph of several characters (a tab counting as a space), the lowest of
    // them to the one writtenForm() chooses, where the two differ.
    static CharacterMap characterMap(const QRawFont& font);
    // The map of a font badges and flyers print with (BadgeStyle::fontFamilies(), regular or
    // bold) by the PostScript name a PDF gives it ("NotoSansCJKjp-Regular"); made when first
    // asked for. Null for any other font.
    static const CharacterMap* printFont(const QByteArray& postScriptName);
    // What every other font's map gets: Qt's tab for the space glyph put right.
    static const CharacterMap& anyFont();

    // Rewrites, in PDF, each font's ToUnicode map by the map of that font (its /BaseFont):
    // printFont()'s, else anyFont(). A character and its replacement are four hex digits each, so
    // nothing in the file moves and its cross-reference table stays right. A run of ten or more
    // glyphs in code-point order, which Qt writes as one range, is left as it is.
    static void apply(QByteArray& pdf);
    // The same with the maps of FONTS by PostScript name.
    static void apply(QByteArray& pdf, const QHash<QByteArray, CharacterMap>& fonts);
};

} // namespace sd
