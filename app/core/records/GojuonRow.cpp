#include "core/records/GojuonRow.h"

#include <array>

namespace sd {

namespace {

constexpr char16_t firstKatakana = 0x30A1; // ァ
constexpr char16_t lastKatakana = 0x30F6; // ヶ
constexpr char16_t katakanaToHiragana = 0x60;

// The first hiragana of each row; a row runs until the next one starts. Voiced and small kana
// sit among their row's plain ones (が after か, っ before つ, ゃ before や).
constexpr std::array<char16_t, GojuonRow::count> rowStarts {
    0x3041, // ぁ
    0x304B, // か
    0x3055, // さ
    0x305F, // た
    0x306A, // な
    0x306F, // は
    0x307E, // ま
    0x3083, // ゃ
    0x3089, // ら
    0x308E, // ゎ
};
constexpr char16_t lastRowEnd = 0x3093; // ん

constexpr std::array<const char16_t*, GojuonRow::count> firstKanas {u"あ", u"か", u"さ", u"た", u"な",
                                                                    u"は", u"ま", u"や", u"ら", u"わ"};
constexpr std::array<const char16_t*, GojuonRow::count> lastKanas {u"お", u"こ", u"そ", u"と", u"の",
                                                                   u"ほ", u"も", u"よ", u"ろ", u"ん"};
constexpr std::array<const char*, GojuonRow::count> firstRomans {"A",  "KA", "SA", "TA", "NA",
                                                                 "HA", "MA", "YA", "RA", "WA"};
constexpr std::array<const char*, GojuonRow::count> lastRomans {"O",  "KO", "SO", "TO", "NO",
                                                                "HO", "MO", "YO", "RO", "N"};

bool validRow(int row)
{
    return row >= 0 && row < GojuonRow::count;
}

} // namespace

int GojuonRow::of(const QString& reading)
{
    // Half-width katakana become full width; a voiced half-width kana is two characters.
    const QString start = reading.trimmed().left(2).normalized(QString::NormalizationForm_KC);
    if (start.isEmpty())
        return -1;
    char16_t kana = start.at(0).unicode();
    if (kana >= firstKatakana && kana <= lastKatakana)
        kana -= katakanaToHiragana;
    if (kana == 0x3094) // ゔ
        return 0;
    if (kana == 0x3095 || kana == 0x3096) // small ka and ke
        return 1;
    if (kana < rowStarts.front() || kana > lastRowEnd)
        return -1;
    int row = 0;
    while (row + 1 < count && kana >= rowStarts.at(row + 1))
        ++row;
    return row;
}

QString GojuonRow::firstKana(int row)
{
    return validRow(row) ? QString::fromUtf16(firstKanas.at(row)) : QString();
}

QString GojuonRow::lastKana(int row)
{
    return validRow(row) ? QString::fromUtf16(lastKanas.at(row)) : QString();
}

QString GojuonRow::firstRoman(int row)
{
    return validRow(row) ? QString::fromLatin1(firstRomans.at(row)) : QString();
}

QString GojuonRow::lastRoman(int row)
{
    return validRow(row) ? QString::fromLatin1(lastRomans.at(row)) : QString();
}

} // namespace sd
