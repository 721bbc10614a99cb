#include "SearchText.h"

namespace sd {

namespace {

constexpr char16_t firstKatakana = 0x30A1; // ァ
constexpr char16_t lastKatakana = 0x30F6; // ヶ
constexpr char16_t katakanaToHiragana = 0x60;

} // namespace

QString SearchText::fold(const QString& text)
{
    const QString normalized = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString folded;
    folded.reserve(normalized.size());
    for (QChar character : normalized) {
        if (character.isSpace())
            continue;
        const char16_t unit = character.unicode();
        if (unit >= firstKatakana && unit <= lastKatakana)
            folded.append(QChar(char16_t(unit - katakanaToHiragana)));
        else
            folded.append(character);
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
