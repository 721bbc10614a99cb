#include <catch2/catch.hpp>

#include "core/records/Booth.h"
#include "core/rota/AiicNorms.h"
#include "core/rota/InterpretedTime.h"

using namespace sd;

TEST_CASE("The norms give a booth's team for the time it interprets in a day", "[rota][norms]")
{
    struct Row
    {
        int minutes;
        std::optional<int> team;
        bool notice;
    };
    const Row row
        = GENERATE(Row {0, 0, false}, Row {20, 1, false}, Row {40, 1, false}, Row {41, 2, false},
                   Row {3 * 60, 2, false}, Row {3 * 60 + 30, 2, false}, Row {3 * 60 + 31, 2, true},
                   Row {4 * 60, 2, true}, Row {4 * 60 + 1, 3, false}, Row {5 * 60, 3, false}, Row {6 * 60, 3, false},
                   Row {7 * 60, 4, false}, Row {8 * 60, 4, false}, Row {8 * 60 + 1, std::nullopt, false});
    INFO(row.minutes << " minutes");
    CHECK(AiicNorms::teamSize(row.minutes) == row.team);
    CHECK(AiicNorms::needsNotice(row.minutes) == row.notice);
}

TEST_CASE("A meeting in three or more languages needs six interpreters in all", "[rota][norms]")
{
    const auto [languages, smallest] = GENERATE(table<int, int>({{1, 0}, {2, 0}, {3, 6}, {4, 6}}));
    INFO(languages << " languages");
    CHECK(AiicNorms::smallestTotal(languages) == smallest);
}

TEST_CASE("A booth interprets the sessions not spoken in its target language, never a break", "[rota][norms]")
{
    auto item = [](int fromHour, int fromMinute, int toHour, int toMinute, const char* language,
                   ProgrammeItem::Kind kind = ProgrammeItem::Kind::Session) {
        ProgrammeItem made;
        made.startsAt = QTime(fromHour, fromMinute);
        made.endsAt = QTime(toHour, toMinute);
        made.language = QString::fromLatin1(language);
        made.kind = kind;
        return made;
    };
    ProgrammeItem noEnd = item(9, 0, 0, 0, "");
    noEnd.endsAt = QTime();
    const QList<ProgrammeItem> programme {
        item(9, 0, 9, 30, "ja"),   item(9, 30, 10, 0, ""),
        item(10, 0, 10, 40, "en"), item(10, 40, 11, 0, "", ProgrammeItem::Kind::Break),
        item(11, 0, 11, 50, "zh"), noEnd};
    Booth booth;
    booth.languagePair = QStringLiteral("ja-en");
    CHECK(booth.sourceLanguage() == QStringLiteral("ja"));
    CHECK(booth.targetLanguage() == QStringLiteral("en"));
    const QDate day(2027, 2, 12);
    const InterpretedTime time(day, booth, programme);
    REQUIRE(time.stretches().size() == 2);
    CHECK(time.stretches().at(0).start == QDateTime(day, QTime(9, 0)));
    CHECK(time.stretches().at(0).end == QDateTime(day, QTime(10, 0)));
    CHECK(time.stretches().at(1).start == QDateTime(day, QTime(11, 0)));
    CHECK(time.minutes() == 110);
    CHECK(time.boundaries().size() == 6);
}
