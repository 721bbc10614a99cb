#include "SearchText.h"

namespace sd {

namespace {

constexpr char16_t firstKatakana = 0x30A1; // ァ
constexpr char16_t lastKatakana = 0x30F6; // ヶ
constexpr char16_t katakanaToHiragana = 0x60;

char16_t hiraganaFor(char16_t unit)
{
    return unit >= firstKatakana && unit <= lastKatakana ? char16_t(unit - katakanaToHiragana) : unit;
}

// Capital letters whose case folding is the small letter 0x20 further on: A-Z, À-Þ but ×.
bool isSimpleCapital(char16_t unit)
{
    return (unit >= u'A' && unit <= u'Z') || (unit >= 0xC0 && unit <= 0xDE && unit != 0xD7);
}

// Characters that NFKC and case folding leave as they are: ASCII (capitals aside), the small
// accented Latin letters but ß, the ideographic iteration mark, hiragana, katakana with the long
// vowel mark, and the unified ideographs. (A combining mark could join one of them, but it is
// not in this set, so text with one takes the long way.) Names and addresses are nearly all of
// these, and an import folds 100,000 of them.
bool isStable(char16_t unit)
{
    return unit < 0x80 || (unit >= 0xE0 && unit != 0xF7 && unit <= 0xFF) || unit == 0x3005
        || (unit >= 0x3041 && unit <= 0x3096) || (unit >= 0x30A1 && unit <= 0x30F6) || unit == 0x30FC
        || (unit >= 0x4E00 && unit <= 0x9FFF);
}

bool isAsciiSpace(char16_t unit)
{
    return unit == u' ' || (unit >= u'\t' && unit <= u'\r');
}

} // namespace

QString SearchText::fold(const QString& text)
{
    QString folded(text.size(), Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(folded.data());
    const char16_t* const begin = out;
    for (const QChar character : text) {
        const char16_t unit = character.unicode();
        if (isSimpleCapital(unit)) {
            *out++ = char16_t(unit + 0x20);
        } else if (!isStable(unit)) {
            return foldAnyText(text);
        } else if (!isAsciiSpace(unit)) {
            *out++ = hiraganaFor(unit);
        }
    }
    folded.truncate(out - begin);
    return folded;
}

QString SearchText::foldAnyText(const QString& text)
{
    const QString normalized = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString folded;
    folded.reserve(normalized.size());
    for (QChar character : normalized) {
        if (!character.isSpace())
            folded.append(QChar(hiraganaFor(character.unicode())));
    }
    return folded;
}

QByteArray SearchText::searchKey(const QString& text)
{
    return fold(text).toUtf8();
}

QString SearchText::likePattern(const QString& text)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
    pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

} // namespace sd
