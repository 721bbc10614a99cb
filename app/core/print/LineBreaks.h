// Where a printed line of text may end, by ICU's line-breaking rules (Unicode's UAX #14 with
// Japanese kinsoku: never before 。、」 or a small kana, never after 「).
#pragma once

#include <QList>
#include <QString>

namespace sd {

class LineBreaks
{
public:
    // How freely a line may break, from the most careful to the last resort.
    enum class Level {
        // At spaces and after hyphens, and in Japanese only between phrases (ICU's "ja@lw=phrase":
        // 北九州|アーバンセンター, never 九|州): names, organisations and titles.
        Phrases,
        // Japanese between any two characters, as running Japanese text is set; other scripts as
        // Phrases.
        Characters,
        // Between any two characters of any script: a word cut there takes a hyphen.
        Anywhere,
    };

    // The positions in TEXT after which a line may end at LEVEL, ascending; the last is
    // text.size(). Spaces stay at the end of the piece before the break.
    static QList<qsizetype> positions(const QString& text, Level level);
};

} // namespace sd
