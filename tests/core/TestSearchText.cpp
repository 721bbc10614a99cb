#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "SearchText.h"

using namespace sd;

TEST_CASE("Search text folds widths, katakana, case and spaces", "[search]")
{
    CHECK(SearchText::fold(QStringLiteral("ヤマダ　ハナコ")) == QStringLiteral("やまだはなこ"));
    CHECK(SearchText::fold(QStringLiteral("ﾔﾏﾀﾞ")) == QStringLiteral("やまだ")); // half-width kana
    CHECK(SearchText::fold(QStringLiteral("ＩＧＥＳ Kitakyushu")) == QStringLiteral("igeskitakyushu"));
    CHECK(SearchText::fold(QStringLiteral("Müller")) == QStringLiteral("müller"));
}

TEST_CASE("A search key is the folded text in UTF-8", "[search]")
{
    CHECK(SearchText::searchKey(QStringLiteral("ヤマダ Ｈａｎａ")) == QStringLiteral("やまだhana").toUtf8());
}

TEST_CASE("Search patterns escape LIKE's wildcards", "[search]")
{
    CHECK(SearchText::likePattern(QStringLiteral("50%_off")) == QStringLiteral("%50\\%\\_off%"));
    CHECK(SearchText::likePattern(QStringLiteral("a\\b")) == QStringLiteral("%a\\\\b%"));
}
