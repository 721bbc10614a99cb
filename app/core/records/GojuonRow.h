#pragma once

#include <QString>

namespace sd {

// The rows of the kana syllabary (あ, か, さ, た, な, は, ま, や, ら, わ) by which Japanese
// lists are grouped, and receptions split between desks.
class GojuonRow
{
public:
    static constexpr int count = 10;

    // The row READING starts in (0 for あ to 9 for わ, ん among them), in hiragana or katakana,
    // full or half width, voiced or small; -1 when it does not start with kana.
    static int of(const QString& reading);
    // The first and last kana of ROW (あ and お, ..., わ and ん), and the same in Latin letters.
    static QString firstKana(int row);
    static QString lastKana(int row);
    static QString firstRoman(int row);
    static QString lastRoman(int row);
};

} // namespace sd
