#include <catch2/catch.hpp>

#include "core/records/ProgrammeSpeaker.h"
#include "core/records/ProgrammeText.h"
#include "support/CatchQt.h"

using namespace sd;

TEST_CASE("A programme text becomes items of times, titles in each language and kind", "[programme]")
{
    const QList<ProgrammeItem> items = ProgrammeText::items(QStringLiteral(
        "13:00 受付開始 / Registration\n\n13:40–14:30 基調講演「チーム北九州」 / Keynote: Team Kitakyushu\n"
        "１５：３０～１５：４５ 休憩 / Coffee break\n15:45 Q&A / discussion\n"
        "  ※ 内容は変更になる場合があります\n25:00 Late night\n16:00-15:00 Backwards\nClosing"));
    REQUIRE(items.size() == 8);
    CHECK(items.at(0).startsAt == QTime(13, 0));
    CHECK_FALSE(items.at(0).endsAt.isValid());
    CHECK(items.at(0).titleJa == QStringLiteral("受付開始"));
    CHECK(items.at(0).titleEn == QStringLiteral("Registration"));
    CHECK(items.at(0).kind == ProgrammeItem::Kind::Session);
    CHECK(items.at(1).endsAt == QTime(14, 30));
    CHECK(items.at(1).titleJa == QStringLiteral("基調講演「チーム北九州」"));
    // Full-width digits, a wave dash and the word for a break.
    CHECK(items.at(2).startsAt == QTime(15, 30));
    CHECK(items.at(2).endsAt == QTime(15, 45));
    CHECK(items.at(2).kind == ProgrammeItem::Kind::Break);
    // " / " between two English texts is part of one title.
    CHECK(items.at(3).titleEn == QStringLiteral("Q&A / discussion"));
    CHECK(items.at(3).titleJa.isEmpty());
    CHECK(items.at(3).title(QStringLiteral("ja")) == QStringLiteral("Q&A / discussion"));
    // Lines that cannot be read as times stay whole, as text items without times.
    CHECK(items.at(4).kind == ProgrammeItem::Kind::Text);
    CHECK(items.at(4).titleJa == QStringLiteral("※ 内容は変更になる場合があります"));
    CHECK_FALSE(items.at(4).startsAt.isValid());
    CHECK(items.at(5).kind == ProgrammeItem::Kind::Text);
    CHECK(items.at(5).titleEn == QStringLiteral("25:00 Late night"));
    CHECK(items.at(6).kind == ProgrammeItem::Kind::Text);
    CHECK(items.at(6).titleEn == QStringLiteral("16:00-15:00 Backwards"));
    CHECK_FALSE(items.at(6).startsAt.isValid());
    CHECK(items.at(7).titleEn == QStringLiteral("Closing"));
    CHECK(items.at(7).kind == ProgrammeItem::Kind::Text);
    CHECK(items.at(7).speakers.isEmpty());
    CHECK(ProgrammeText::items(QStringLiteral(" \n\n")).isEmpty());
}

TEST_CASE("Speakers are typed as Name (Affiliation) separated by semicolons", "[programme]")
{
    const QList<ProgrammeSpeaker> speakers = ProgrammeSpeaker::listFromText(
        QStringLiteral("山田 太郎（北九州市 環境局）；Jane DOE (UNEP (Nairobi)); Budi SANTOSO ;; "));
    REQUIRE(speakers.size() == 3);
    CHECK(speakers.at(0) == ProgrammeSpeaker {QStringLiteral("山田 太郎"), QStringLiteral("北九州市 環境局")});
    CHECK(speakers.at(1) == ProgrammeSpeaker {QStringLiteral("Jane DOE"), QStringLiteral("UNEP (Nairobi)")});
    CHECK(speakers.at(2) == ProgrammeSpeaker {QStringLiteral("Budi SANTOSO"), QString()});
    CHECK(ProgrammeSpeaker::listText(speakers)
          == QStringLiteral("山田 太郎 (北九州市 環境局); Jane DOE (UNEP (Nairobi)); Budi SANTOSO"));
    CHECK(ProgrammeSpeaker::listFromText(ProgrammeSpeaker::listText(speakers)) == speakers);
}
