// Qt's PDF writer tells readers which character each glyph shows (the font's ToUnicode map) by
// the lowest code point whose cmap entry names the glyph. Noto Sans CJK draws about 200 kanji
// with the glyph of a Kangxi or supplementary radical (U+2E80-U+2FDF), so 山田 and 一郎 would be
// copied, searched and extracted as ⼭⽥ and ⼀郎. This puts the kanji back into those maps.
#pragma once

#include <QByteArray>
#include <QHash>

namespace sd {

class PdfToUnicodeRepair
{
public:
    // The radicals that the font of badges and flyers (BadgeStyle::font) draws with a kanji's
    // glyph, each with that kanji.
    static const QHash<char16_t, char16_t>& radicalKanji();

    // Rewrites, in PDF, the characters that the ToUnicode maps give as a radical of IDEOGRAPHS to
    // its kanji. Each is four hex digits either way, so nothing in the file moves and its cross
    // reference table stays right. A run of ten or more radicals in code-point order, which Qt
    // writes as one range, is left as it is.
    static void apply(QByteArray& pdf, const QHash<char16_t, char16_t>& ideographs = radicalKanji());
};

} // namespace sd
