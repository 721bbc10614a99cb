#include <catch2/catch.hpp>

#include "core/print/LineBreaks.h"
#include "support/CatchQt.h"

using namespace sd;

namespace {

// TEXT cut where it may break at LEVEL: "九州|センター".
QString pieces(const QString& text, LineBreaks::Level level)
{
    QStringList parts;
    qsizetype begin = 0;
    for (qsizetype end : LineBreaks::positions(text, level)) {
        parts.append(text.mid(begin, end - begin));
        begin = end;
    }
    return parts.join(QLatin1Char('|'));
}

} // namespace

TEST_CASE("Japanese breaks between phrases, never inside a word", "[badge][linebreak]")
{
    using Level = LineBreaks::Level;
    CHECK(pieces(QStringLiteral("九州センター"), Level::Phrases) == QStringLiteral("九州|センター"));
    CHECK(pieces(QStringLiteral("株式会社北九州エンジニアリング"), Level::Phrases)
          == QStringLiteral("株式会社|北九州|エンジニアリング"));
    CHECK(pieces(QStringLiteral("アジア開発銀行"), Level::Phrases) == QStringLiteral("アジア|開発|銀行"));
    CHECK(pieces(QStringLiteral("公益財団法人地球環境戦略研究機関北九州アーバンセンター"), Level::Phrases)
              .endsWith(QStringLiteral("|北九州|アーバンセンター")));
    // Running Japanese text may break between any two characters...
    CHECK(pieces(QStringLiteral("九州センター"), Level::Characters)
          == QStringLiteral("九|州|セ|ン|ター")); // never a line starting with ー
}

TEST_CASE("Kinsoku: no line starts with closing punctuation, a small kana or a long vowel mark", "[badge][linebreak]")
{
    const QString text = QStringLiteral("「チーム北九州」は、アジアの都市とともに歩んできた。ファイル（テスト）");
    for (LineBreaks::Level level : {LineBreaks::Level::Phrases, LineBreaks::Level::Characters}) {
        for (qsizetype end : LineBreaks::positions(text, level)) {
            if (end == text.size())
                continue;
            INFO(pieces(text, level).toStdString());
            CHECK_FALSE(QStringLiteral("」、。）ァィゥェォャュョッー").contains(text.at(end)));
            CHECK_FALSE(QStringLiteral("「（").contains(text.at(end - 1)));
        }
    }
}

TEST_CASE("Latin text breaks at spaces and after hyphens, anywhere only at the last resort", "[badge][linebreak]")
{
    const QString name = QStringLiteral("Rodríguez de la Cruz-Villanueva");
    CHECK(pieces(name, LineBreaks::Level::Phrases) == QStringLiteral("Rodríguez |de |la |Cruz-|Villanueva"));
    CHECK(pieces(name, LineBreaks::Level::Characters) == pieces(name, LineBreaks::Level::Phrases));
    // Every character on its own, "í" (one character) and a decomposed "é" (two) alike.
    CHECK(pieces(QStringLiteral("Rí"), LineBreaks::Level::Anywhere) == QStringLiteral("R|í"));
    CHECK(pieces(QStringLiteral("Je\u0301"), LineBreaks::Level::Anywhere) == QStringLiteral("J|e\u0301"));
    CHECK(LineBreaks::positions(QString(), LineBreaks::Level::Phrases).isEmpty());
}
