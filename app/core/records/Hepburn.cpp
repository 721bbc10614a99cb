#include "core/records/Hepburn.h"

namespace sd {

namespace {

constexpr char16_t firstKatakana = 0x30A1; // ァ
constexpr char16_t lastKatakana = 0x30FA; // ヺ
constexpr char16_t smallTsu = 0x30C3; // ッ: the next consonant doubles
constexpr char16_t syllabicN = 0x30F3; // ン
constexpr char16_t prolonged = 0x30FC; // ー: the vowel before is long
constexpr char16_t middleDot = 0x30FB; // ・ between the words of a foreign name
constexpr char16_t hiraganaToKatakana = 0x60;

// The Hepburn syllable of each katakana from ァ to ヺ; the small vowels and small ya, yu, yo change
// the syllable before them (see Spelling::add) and stand for themselves only at the start.
const char* const syllables[]
    = {"a",  "a",  "i",  "i",  "u",   "u",  "e",  "e",  "o",  "o",  "ka", "ga", "ki", "gi", "ku",  "gu", "ke", "ge",
       "ko", "go", "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo", "ta", "da", "chi", "ji", "",   "tsu",
       "zu", "te", "de", "to", "do",  "na", "ni", "nu", "ne", "no", "ha", "ba", "pa", "hi", "bi",  "pi", "fu", "bu",
       "pu", "he", "be", "pe", "ho",  "bo", "po", "ma", "mi", "mu", "me", "mo", "ya", "ya", "yu",  "yu", "yo", "yo",
       "ra", "ri", "ru", "re", "ro",  "wa", "wa", "i",  "e",  "o",  "n",  "vu", "ka", "ke", "va",  "vi", "ve", "vo"};
static_assert(sizeof syllables / sizeof *syllables == lastKatakana - firstKatakana + 1);

bool isKatakana(char16_t unit)
{
    return unit >= firstKatakana && unit <= lastKatakana;
}

bool isSmallVowel(char16_t unit)
{
    return unit == 0x30A1 || unit == 0x30A3 || unit == 0x30A5 || unit == 0x30A7 || unit == 0x30A9;
}

bool isSmallY(char16_t unit)
{
    return unit == 0x30E3 || unit == 0x30E5 || unit == 0x30E7;
}

bool isVowel(QChar c)
{
    return c == QLatin1Char('a') || c == QLatin1Char('i') || c == QLatin1Char('u') || c == QLatin1Char('e')
        || c == QLatin1Char('o');
}

// One of the two spellings, built a syllable at a time.
class Spelling
{
public:
    Spelling(bool passport, qsizetype kana)
        : m_passport(passport)
    {
        m_text.reserve(kana * 3);
    }

    const QString& text() const { return m_text; }

    void add(char16_t unit, char16_t next)
    {
        if (unit == smallTsu) {
            m_doubleNext = true;
            return;
        }
        if (unit == prolonged) {
            if (!m_passport && !m_text.isEmpty() && isVowel(m_text.back()))
                m_text.append(m_text.back());
            return;
        }
        if (m_syllable >= 0 && (isSmallY(unit) || isSmallVowel(unit))) {
            joinToSyllable(QLatin1String(syllables[unit - firstKatakana]), isSmallY(unit));
            return;
        }
        if (m_passport && isLongVowel(unit))
            return;
        QLatin1String syllable(syllables[unit - firstKatakana]);
        // Passports write ン as m before b, m and p: ホンマ Homma, サンペイ Sampei.
        if (unit == syllabicN && m_passport && isKatakana(next)) {
            const char following = syllables[next - firstKatakana][0];
            if (following == 'b' || following == 'm' || following == 'p')
                syllable = QLatin1String("m");
        }
        if (m_doubleNext && syllable.size() > 1 && !isVowel(syllable.front()))
            m_text.append(syllable.startsWith(QLatin1String("ch")) ? QLatin1Char('t') : syllable.front());
        m_doubleNext = false;
        m_syllable = m_text.size();
        m_text.append(syllable);
    }

    void addOther(QChar character)
    {
        m_syllable = -1;
        m_doubleNext = false;
        m_text.append(character);
    }

private:
    // オウ, オオ, ウウ: one long vowel, which passports write once (サトウ Sato, オオノ Ono, ユウコ Yuko).
    bool isLongVowel(char16_t unit) const
    {
        if (m_syllable < 0 || m_text.isEmpty())
            return false;
        const QChar last = m_text.back();
        return (unit == 0x30A6 && (last == QLatin1Char('o') || last == QLatin1Char('u')))
            || (unit == 0x30AA && last == QLatin1Char('o'));
    }

    // A small kana changes the syllable before it: キャ kya, シャ sha, ジョ jo; ファ fa, ティ ti,
    // ウィ wi, シェ she, チェ che.
    void joinToSyllable(QLatin1String small, bool smallY)
    {
        const QStringView syllable = QStringView(m_text).mid(m_syllable);
        const bool palatal
            = syllable == QLatin1String("shi") || syllable == QLatin1String("chi") || syllable == QLatin1String("ji");
        const bool keepsY = smallY && !palatal && syllable.size() > 1;
        const bool becomesW = syllable == QLatin1String("u");
        m_text.chop(1); // the syllable's vowel
        if (becomesW)
            m_text.append(QLatin1Char('w'));
        m_text.append(keepsY ? small : small.right(1));
    }

    bool m_passport;
    QString m_text;
    qsizetype m_syllable = -1; // where the last kana syllable starts, -1 when there is none
    bool m_doubleNext = false;
};

} // namespace

QStringList Hepburn::spellings(const QString& reading)
{
    if (reading.isEmpty())
        return {};
    Spelling written(false, reading.size());
    Spelling passport(true, reading.size());
    for (qsizetype i = 0; i < reading.size(); ++i) {
        const auto katakana = [&reading](qsizetype at) -> char16_t {
            if (at >= reading.size())
                return 0;
            const char16_t unit = reading.at(at).unicode();
            return unit >= firstKatakana - hiraganaToKatakana && unit <= lastKatakana - hiraganaToKatakana - 4
                ? char16_t(unit + hiraganaToKatakana)
                : unit;
        };
        const char16_t unit = katakana(i);
        if (unit == middleDot || reading.at(i).isSpace())
            continue;
        if (isKatakana(unit) || unit == prolonged) {
            written.add(unit, katakana(i + 1));
            passport.add(unit, katakana(i + 1));
        } else {
            written.addOther(reading.at(i).toLower());
            passport.addOther(reading.at(i).toLower());
        }
    }
    if (written.text().isEmpty())
        return {};
    if (written.text() == passport.text())
        return {written.text()};
    return {written.text(), passport.text()};
}

} // namespace sd
