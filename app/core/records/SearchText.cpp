#include "core/records/SearchText.h"

#include <algorithm>
#include <iterator>

#include <QRegularExpression>

namespace sd {

namespace {

constexpr char16_t firstKatakana = 0x30A1; // ァ
constexpr char16_t lastKatakana = 0x30F6; // ヶ
constexpr char16_t katakanaToHiragana = 0x60;

char16_t hiraganaFor(char16_t unit)
{
    return unit >= firstKatakana && unit <= lastKatakana ? char16_t(unit - katakanaToHiragana) : unit;
}

// What fold() does to one character that NFKC and case folding treat the same wherever it stands.
constexpr int dropped = -1; // a space
constexpr int needsRules = -2; // anything else: the whole text takes the long way

bool isAsciiSpace(char16_t unit)
{
    return unit == u' ' || (unit >= u'\t' && unit <= u'\r');
}

// The ideographs of the compatibility block that are unified ones, with no decomposition (﨑 among them).
bool isUnifiedCompatibilityIdeograph(char16_t unit)
{
    static constexpr char16_t unified[]
        = {0xFA0E, 0xFA0F, 0xFA11, 0xFA13, 0xFA14, 0xFA1F, 0xFA21, 0xFA23, 0xFA24, 0xFA27, 0xFA28, 0xFA29};
    return std::find(std::begin(unified), std::end(unified), unit) != std::end(unified);
}

// Latin-1's letters from À to ÿ without their accents, lower case; 0 where the accent-free form is
// not one letter (×, ß, ÷). Æ, Ð, Ø and Þ are letters of their own: only their case goes.
constexpr char16_t latin1Letters[64 + 1] = u"aaaaaaæceeeeiiiiðnooooo\0øuuuuyþ\0aaaaaaæceeeeiiiiðnooooo\0øuuuuyþy";

// The characters of names and addresses: ASCII, accented Latin letters, kana, kanji, Hangul, and
// the full-width forms of ASCII that Japanese text is full of. (A combining mark could join one
// of them, but it needs the rules itself, so text with one takes the long way.) An import folds
// 100,000 names; the test holds this to the rules for every character it takes.
inline int shortFold(char16_t unit)
{
    if (unit >= 0xFF01 && unit <= 0xFF5E) // full-width ASCII: NFKC takes it to ASCII, then case
        unit -= 0xFEE0;
    if (unit < 0x80) {
        if (isAsciiSpace(unit))
            return dropped;
        return unit >= u'A' && unit <= u'Z' ? unit + 0x20 : unit;
    }
    if ((unit >= 0x4E00 && unit <= 0x9FFF) || (unit >= 0x3041 && unit <= 0x3096))
        return unit;
    if (unit >= firstKatakana && unit <= lastKatakana)
        return hiraganaFor(unit);
    if (unit >= 0xC0 && unit <= 0xFF)
        return latin1Letters[unit - 0xC0] != 0 ? latin1Letters[unit - 0xC0] : needsRules;
    if (unit == 0x3000) // the ideographic space
        return dropped;
    if (unit == 0x3005 || (unit >= 0x30FB && unit <= 0x30FE) || (unit >= 0x3400 && unit <= 0x4DBF)
        || (unit >= 0xAC00 && unit <= 0xD7A3) || isUnifiedCompatibilityIdeograph(unit))
        return unit;
    return needsRules;
}

} // namespace

QString SearchText::fold(const QString& text)
{
    QString folded(text.size(), Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(folded.data());
    const char16_t* const begin = out;
    for (const QChar character : text) {
        const int unit = shortFold(character.unicode());
        if (unit == needsRules)
            return foldAnyText(text);
        if (unit != dropped)
            *out++ = char16_t(unit);
    }
    folded.truncate(out - begin);
    return folded;
}

QString SearchText::foldAnyText(const QString& text)
{
    // Accents go (García: garcia): decomposed, the marks of the Latin, Greek and Cyrillic letters
    // (U+0300 to U+036F) are dropped. The voiced marks of kana are other marks: they stay, and NFKC
    // puts them back on their kana.
    QString decomposed = text.normalized(QString::NormalizationForm_KD);
    decomposed.removeIf([](QChar c) { return c.unicode() >= 0x300 && c.unicode() <= 0x36F; });
    const QString normalized = decomposed.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString folded;
    folded.reserve(normalized.size());
    for (QChar character : normalized) {
        if (!character.isSpace())
            folded.append(QChar(hiraganaFor(character.unicode())));
    }
    return folded;
}

QList<QByteArray> SearchText::searchKeys(const QString& typed)
{
    QList<QByteArray> keys;
    // Unicode's spaces: the ideographic one, typed by a Japanese input method, among them.
    static const QRegularExpression spaces(QStringLiteral("\\s+"), QRegularExpression::UseUnicodePropertiesOption);
    for (const QString& word : typed.split(spaces, Qt::SkipEmptyParts)) {
        if (const QString folded = fold(word); !folded.isEmpty())
            keys.append(folded.toUtf8());
    }
    return keys;
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
