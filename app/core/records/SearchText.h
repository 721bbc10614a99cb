#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sd {

// Folds text so that a search matches however it was typed: full- or half-width, katakana or
// hiragana, upper or lower case, with or without accents, with or without spaces.
class SearchText
{
public:
    static QString fold(const QString& text);
    // The same as fold() by Unicode's rules alone (NFKD without the accents, NFKC and case
    // folding), for text of any script; fold() takes a shorter way for most names.
    static QString foldAnyText(const QString& text);
    // The bytes that stored search text is searched for (with instr()), all of which it must
    // hold: each word of TYPED, folded, in UTF-8. Nothing when TYPED folds to nothing.
    static QList<QByteArray> searchKeys(const QString& typed);
    // A LIKE pattern (with ESCAPE '\\') matching TEXT as it is, anywhere.
    static QString likePattern(const QString& text);
};

} // namespace sd
