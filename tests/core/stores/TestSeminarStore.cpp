#include <catch2/catch.hpp>

#include "core/stores/SeminarStore.h"
#include "core/stores/VenueStore.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

TEST_CASE("A seminar round-trips every field", "[seminar]")
{
    TestDatabaseFile file;
    auto venueId = VenueStore(file.database()).insert(Venue {0, QStringLiteral("KIGS"), {}, {}, {}, {}, {}});
    REQUIRE(venueId.ok());
    SeminarStore store(file.database());
    Seminar seminar = makeSeminar(QStringLiteral("Sustainable Society Built by Team Kitakyushu"));
    seminar.titleJa = QStringLiteral("チーム北九州で築く持続可能な社会 〜これからの国際環境協力〜");
    seminar.shortTitle = QStringLiteral("Team Kitakyushu");
    seminar.descriptionJa = QStringLiteral("説明 \"引用\" 'single' 🌏");
    seminar.descriptionEn = QStringLiteral("Line one\nLine two; DROP TABLE seminar; --");
    seminar.programme = QStringLiteral("13:30 Opening\n14:00 Keynote");
    seminar.venueId = *venueId;
    seminar.organiser = QStringLiteral("IGES Kitakyushu Urban Centre");
    seminar.capacity = 150;
    seminar.languages = {QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("zh")};
    seminar.status = Seminar::Status::Open;

    auto id = store.insert(seminar);
    REQUIRE(id.ok());
    auto read = store.find(*id);
    REQUIRE(read.ok());
    CHECK(read->id == *id);
    CHECK(read->titleJa == seminar.titleJa);
    CHECK(read->titleEn == seminar.titleEn);
    CHECK(read->shortTitle == seminar.shortTitle);
    CHECK(read->descriptionJa == seminar.descriptionJa);
    CHECK(read->descriptionEn == seminar.descriptionEn);
    CHECK(read->programme == seminar.programme);
    CHECK(read->startsAt == seminar.startsAt);
    CHECK(read->endsAt == seminar.endsAt);
    CHECK(read->venueId == *venueId);
    CHECK(read->organiser == seminar.organiser);
    CHECK(read->capacity == 150);
    CHECK(read->languages == seminar.languages);
    CHECK(read->status == Seminar::Status::Open);

    read->titleEn = QStringLiteral("Renamed");
    read->status = Seminar::Status::Held;
    REQUIRE(store.update(*read).ok());
    CHECK(store.find(*id)->titleEn == QStringLiteral("Renamed"));
    CHECK(store.find(*id)->status == Seminar::Status::Held);

    REQUIRE(store.remove(*id).ok());
    CHECK_FALSE(store.find(*id).ok());
    CHECK_FALSE(store.remove(*id).ok());
}

TEST_CASE("A seminar must have a title and must not end before it starts", "[seminar]")
{
    TestDatabaseFile file;
    SeminarStore store(file.database());
    Seminar untitled = makeSeminar();
    untitled.titleEn.clear();
    untitled.titleJa.clear();
    CHECK_FALSE(store.insert(untitled).ok());

    Seminar backwards = makeSeminar();
    backwards.endsAt = backwards.startsAt.addSecs(-60);
    auto refused = store.insert(backwards);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("ends before it starts")));
}

TEST_CASE("Seminars list upcoming ones first, soonest first, then past ones latest first", "[seminar]")
{
    TestDatabaseFile file;
    SeminarStore store(file.database());
    const QDateTime now(QDate(2026, 11, 28), QTime(12, 0));
    auto add = [&](const QString& title, const QDate& day) {
        Seminar seminar = makeSeminar(title);
        seminar.startsAt = QDateTime(day, QTime(10, 0));
        seminar.endsAt = QDateTime(day, QTime(12, 0));
        REQUIRE(store.insert(seminar).ok());
    };
    add(QStringLiteral("Past long ago"), QDate(2025, 1, 10));
    add(QStringLiteral("Next year"), QDate(2027, 6, 1));
    add(QStringLiteral("Recently past"), QDate(2026, 10, 1));
    add(QStringLiteral("Soon"), QDate(2026, 12, 5));
    auto seminars = store.all(now);
    REQUIRE(seminars.ok());
    QStringList titles;
    for (const Seminar& seminar : *seminars)
        titles.append(seminar.titleEn);
    CHECK(titles
          == QStringList {QStringLiteral("Soon"), QStringLiteral("Next year"), QStringLiteral("Recently past"),
                          QStringLiteral("Past long ago")});
}

TEST_CASE("The interpretation line names the seminar's languages", "[seminar]")
{
    CHECK(Seminar::interpretationLine({QStringLiteral("ja"), QStringLiteral("en")})
          == QStringLiteral("Simultaneous interpretation: Japanese ⇔ English"));
}
