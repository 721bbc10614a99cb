#include "core/records/Reading.h"

namespace sd {

namespace {

constexpr char16_t firstHiragana = 0x3041; // ぁ
constexpr char16_t lastHiragana = 0x3096; // ゖ
constexpr char16_t hiraganaIterationMarks = 0x309D; // ゝ ゞ, then ヽ ヾ in katakana
constexpr char16_t hiraganaToKatakana = 0x60;
constexpr char16_t firstHalfWidth = 0xFF61; // ｡: the half-width katakana block, with its punctuation
constexpr char16_t lastHalfWidth = 0xFF9F; // ﾟ

bool isHiragana(char16_t unit)
{
    return (unit >= firstHiragana && unit <= lastHiragana) || unit == hiraganaIterationMarks
        || unit == hiraganaIterationMarks + 1;
}

bool isHalfWidthKatakana(char16_t unit)
{
    return unit >= firstHalfWidth && unit <= lastHalfWidth;
}

} // namespace

QString Reading::katakana(const QString& typed)
{
    QString text = typed.trimmed();
    bool hiragana = false;
    bool halfWidth = false;
    for (const QChar character : text) {
        hiragana = hiragana || isHiragana(character.unicode());
        halfWidth = halfWidth || isHalfWidthKatakana(character.unicode());
    }
    // Most readings are katakana already: they are given back as they are, without a copy.
    if (halfWidth) {
        // NFKC makes half-width katakana full-width and joins a voiced mark to its kana (ｶﾞ: ガ).
        text = text.normalized(QString::NormalizationForm_KC);
    }
    if (hiragana) {
        for (QChar& character : text) {
            if (isHiragana(character.unicode()))
                character = QChar(char16_t(character.unicode() + hiraganaToKatakana));
        }
    }
    return text;
}

} // namespace sd
