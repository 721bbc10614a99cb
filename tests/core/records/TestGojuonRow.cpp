#include <catch2/catch.hpp>

#include "core/records/GojuonRow.h"
#include "support/CatchQt.h"

using namespace sd;

TEST_CASE("A reading falls in its kana row however it is written", "[gojuon]")
{
    CHECK(GojuonRow::of(QStringLiteral("アベ")) == 0);
    CHECK(GojuonRow::of(QStringLiteral("おおた")) == 0);
    CHECK(GojuonRow::of(QStringLiteral("ヴォーン")) == 0); // ヴ is a voiced ウ
    CHECK(GojuonRow::of(QStringLiteral("カトウ")) == 1);
    CHECK(GojuonRow::of(QStringLiteral("ゴトウ")) == 1); // voiced: in the row of コ
    CHECK(GojuonRow::of(QStringLiteral("ｶﾞﾄｳ")) == 1); // half width, voiced
    CHECK(GojuonRow::of(QStringLiteral("ササキ")) == 2);
    CHECK(GojuonRow::of(QStringLiteral("ジョウ")) == 2);
    CHECK(GojuonRow::of(QStringLiteral("ツジ")) == 3);
    CHECK(GojuonRow::of(QStringLiteral("ドイ")) == 3);
    CHECK(GojuonRow::of(QStringLiteral("ナカムラ")) == 4);
    CHECK(GojuonRow::of(QStringLiteral("ノグチ")) == 4);
    CHECK(GojuonRow::of(QStringLiteral("ハヤシ")) == 5);
    CHECK(GojuonRow::of(QStringLiteral("ポール")) == 5);
    CHECK(GojuonRow::of(QStringLiteral("マツモト")) == 6);
    CHECK(GojuonRow::of(QStringLiteral("モリ")) == 6);
    CHECK(GojuonRow::of(QStringLiteral("ヤマダ")) == 7);
    CHECK(GojuonRow::of(QStringLiteral("ょしだ")) == 7); // small: as its large kana
    CHECK(GojuonRow::of(QStringLiteral("リー")) == 8);
    CHECK(GojuonRow::of(QStringLiteral("ワタナベ")) == 9);
    CHECK(GojuonRow::of(QStringLiteral("ヲノ")) == 9);
    CHECK(GojuonRow::of(QStringLiteral("ン")) == 9);
    CHECK(GojuonRow::of(QStringLiteral("  さとう")) == 2);
    CHECK(GojuonRow::of(QStringLiteral("Garcia")) == -1);
    CHECK(GojuonRow::of(QStringLiteral("山田")) == -1);
    CHECK(GojuonRow::of(QString()) == -1);
}

TEST_CASE("Each row is named by its first and last kana", "[gojuon]")
{
    CHECK(GojuonRow::firstKana(0) == QStringLiteral("あ"));
    CHECK(GojuonRow::lastKana(1) == QStringLiteral("こ"));
    CHECK(GojuonRow::lastKana(9) == QStringLiteral("ん"));
    CHECK(GojuonRow::firstRoman(2) == QStringLiteral("SA"));
    CHECK(GojuonRow::lastRoman(9) == QStringLiteral("N"));
    CHECK(GojuonRow::firstKana(10).isEmpty());
}
