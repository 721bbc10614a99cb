// A reading in Latin letters, so that a search typed in romaji finds a name known only in kana.
#pragma once

#include <QString>
#include <QStringList>

namespace sd {

class Hepburn
{
public:
    // READING (katakana or hiragana) in Hepburn romanisation, lower case, in the two spellings people
    // type: with the long vowels as the kana spell them (サトウ satou, ユウコ yuuko, ホンマ honma,
    // ローラ roora) and as passports write them (sato, yuko, homma, rora); once when both are the
    // same. Spaces and ・ go; anything that is not kana stays as it is. Nothing for an empty reading.
    static QStringList spellings(const QString& reading);
};

} // namespace sd
