#include <catch2/catch.hpp>

#include "core/records/Hepburn.h"
#include "core/records/Reading.h"
#include "support/CatchQt.h"

using namespace sd;

TEST_CASE("Readings are stored in full-width katakana however they were typed", "[reading]")
{
    struct Case
    {
        const char* typed;
        const char* stored;
    };
    const Case cases[] = {
        {"やまだ", "ヤマダ"},
        {"ヤマダ", "ヤマダ"},
        {" さとう\t", "サトウ"},
        {"ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ タロウ"},
        {"ｶﾞｯｺｳ", "ガッコウ"},
        {"ﾊﾟｰﾃｨｰ", "パーティー"},
        {"ゔぁいおりん", "ヴァイオリン"},
        {"いすゞ", "イスヾ"},
        {"やまさき　さとし", "ヤマサキ　サトシ"},
        {"Maria", "Maria"},
        {"", ""},
    };
    for (const Case& each : cases) {
        INFO(each.typed);
        CHECK(Reading::katakana(QString::fromUtf8(each.typed)) == QString::fromUtf8(each.stored));
    }
}

TEST_CASE("A reading in romaji: Hepburn, long vowels as the kana spell them and as passports write them",
          "[reading][search]")
{
    struct Case
    {
        const char* reading;
        QStringList spellings;
    };
    const auto list = [](std::initializer_list<const char*> words) {
        QStringList spellings;
        for (const char* word : words)
            spellings.append(QString::fromLatin1(word));
        return spellings;
    };
    const Case cases[] = {
        {"マコト", list({"makoto"})},
        {"サトウ", list({"satou", "sato"})},
        {"ユウコ", list({"yuuko", "yuko"})},
        {"オオノ", list({"oono", "ono"})},
        {"キョウコ", list({"kyouko", "kyoko"})},
        {"ホンマ", list({"honma", "homma"})},
        {"サンペイ", list({"sanpei", "sampei"})},
        {"シンイチ", list({"shinichi"})},
        {"ジュンコ", list({"junko"})},
        {"チヒロ", list({"chihiro"})},
        {"ツヅキ", list({"tsuzuki"})},
        {"フジタ", list({"fujita"})},
        {"ハットリ", list({"hattori"})},
        {"マッチャ", list({"matcha"})},
        {"ローラ", list({"roora", "rora"})},
        {"ジェーン", list({"jeen", "jen"})},
        {"ティファニー", list({"tifanii", "tifani"})},
        {"ウィリアム", list({"wiriamu"})},
        {"ヴァイオリン", list({"vaiorin"})},
        {"シェフ", list({"shefu"})},
        {"ふじた", list({"fujita"})}, // hiragana reads the same
        {"ヤマダ タロウ", list({"yamadatarou", "yamadataro"})},
        {"", list({})},
    };
    for (const Case& each : cases) {
        INFO(each.reading);
        CHECK(Hepburn::spellings(QString::fromUtf8(each.reading)) == each.spellings);
    }
}
