// A name's reading (フリガナ) as it is stored: in full-width katakana, however it was typed.
#pragma once

#include <QString>

namespace sd {

class Reading
{
public:
    // TYPED in full-width katakana: hiragana and half-width katakana become full-width katakana
    // (ﾔﾏﾀﾞ and やまだ both become ヤマダ); anything else (Latin letters, a space between family and
    // given reading) stays as it was. Spaces at either end go.
    static QString katakana(const QString& typed);
};

} // namespace sd
