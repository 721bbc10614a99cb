#include <catch2/catch.hpp>

#include "core/records/SearchText.h"
#include "support/CatchQt.h"

using namespace sd;

TEST_CASE("Search text folds widths, katakana, case and spaces", "[search]")
{
    CHECK(SearchText::fold(QStringLiteral("ヤマダ　ハナコ")) == QStringLiteral("やまだはなこ"));
    CHECK(SearchText::fold(QStringLiteral("ﾔﾏﾀﾞ")) == QStringLiteral("やまだ")); // half-width kana
    CHECK(SearchText::fold(QStringLiteral("ＩＧＥＳ Kitakyushu")) == QStringLiteral("igeskitakyushu"));
    CHECK(SearchText::fold(QStringLiteral("Müller")) == QStringLiteral("muller"));
}

TEST_CASE("Search text folds accents away, but not the voicing of kana", "[search]")
{
    CHECK(SearchText::fold(QStringLiteral("María García")) == QStringLiteral("mariagarcia"));
    CHECK(SearchText::fold(QStringLiteral("Chloé LEFÈVRE")) == QStringLiteral("chloelefevre"));
    CHECK(SearchText::fold(QStringLiteral("Nguyễn Văn An")) == QStringLiteral("nguyenvanan"));
    CHECK(SearchText::fold(QStringLiteral("Ørsted Æbelø")) == QStringLiteral("ørstedæbelø")); // letters of their own
    CHECK(SearchText::fold(QStringLiteral("e\u0301")) == QStringLiteral("e"));
    CHECK(SearchText::fold(QStringLiteral("ヤマザキ")) == QStringLiteral("やまざき"));
    CHECK(SearchText::fold(QStringLiteral("ﾔﾏｻﾞｷ")) == QStringLiteral("やまざき"));
    CHECK(SearchText::fold(QStringLiteral("ヤマサキ")) != SearchText::fold(QStringLiteral("ヤマザキ")));
}

TEST_CASE("The short way of folding names agrees with Unicode's rules", "[search]")
{
    // Each of these goes the short way, or must leave it at the character that needs the rules.
    const QStringList texts {QStringLiteral("Yamada Hanako, Kitakyushu 2026-11-29 \t(x@y.jp)"),
                             QStringLiteral("山田　花子 ヤマダ ハナコ やまだ はなこ 佐々木 ヴァイオリン ー"),
                             QStringLiteral("カ\u3099キ"), // a combining voiced mark after a stable kana
                             QStringLiteral("ＫＩＴＡ ｷﾀ ㈱ ① Straße ΣΑΣ İstanbul"),
                             QStringLiteral("Éloïse MÜLLER Þór Åsa ÿ ×÷ ª²½ µ"),
                             QStringLiteral("\u309b\u30f7\uf900 \u00a0é"),
                             QStringLiteral("\U0001F600 emoji 𠮷野家")};
    for (const QString& text : texts) {
        INFO(text.toStdString());
        CHECK(SearchText::fold(text) == SearchText::foldAnyText(text));
    }
    CHECK(SearchText::fold(QStringLiteral("カ\u3099キ")) == QStringLiteral("がき"));
    CHECK(SearchText::fold(QStringLiteral("佐々木 ヴァイオリン")) == QStringLiteral("佐々木ゔぁいおりん"));
    CHECK(SearchText::fold(QStringLiteral("北九州市（例）　ＫＩＴＡ 﨑 김민준"))
          == QStringLiteral("北九州市(例)kita﨑김민준"));
}

TEST_CASE("Every character folds the short way as by Unicode's rules", "[search]")
{
    // Characters that need the rules send the whole text the long way, so a difference can only
    // come from one that fold() takes itself: try them all, alone and between two letters.
    QStringList differences;
    for (char32_t code = 1; code <= 0xFFFF; ++code) {
        if (QChar::isSurrogate(code))
            continue;
        const QChar character(code);
        for (const QString& text : {QString(character), QStringLiteral("A") + character + QStringLiteral("ア")}) {
            if (SearchText::fold(text) != SearchText::foldAnyText(text))
                differences.append(QString::number(code, 16));
        }
    }
    CHECK(differences.join(QLatin1Char(' ')) == QString());
}

TEST_CASE("Search keys are the typed words, folded, in UTF-8", "[search]")
{
    CHECK(SearchText::searchKeys(QStringLiteral(" ヤマダ　Ｈａｎａ\tko "))
          == QList<QByteArray> {QStringLiteral("やまだ").toUtf8(), QByteArrayLiteral("hana"), QByteArrayLiteral("ko")});
    CHECK(SearchText::searchKeys(QStringLiteral("山田花子"))
          == QList<QByteArray> {QStringLiteral("山田花子").toUtf8()});
    CHECK(SearchText::searchKeys(QStringLiteral(" 　\t")).isEmpty());
}

TEST_CASE("Search patterns escape LIKE's wildcards", "[search]")
{
    CHECK(SearchText::likePattern(QStringLiteral("50%_off")) == QStringLiteral("%50\\%\\_off%"));
    CHECK(SearchText::likePattern(QStringLiteral("a\\b")) == QStringLiteral("%a\\\\b%"));
}
