#include <catch2/catch.hpp>

#include <functional>

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
    seminar.venueId = *venueId;
    seminar.organiser = QStringLiteral("IGES Kitakyushu Urban Centre");
    seminar.capacity = 150;
    seminar.languages = {QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("zh")};
    seminar.status = Seminar::Status::Open;
    seminar.participationFee = 1500;
    seminar.receptionOpens = QTime(13, 0);
    seminar.registrationDeadline = seminar.startsAt.date().addDays(-7);
    seminar.registrationUrl = QStringLiteral("https://www.example.jp/apply?seminar=7&lang=ja");
    seminar.registrationEmail = QStringLiteral("seminar@example.jp");
    seminar.applicationMethods
        = {Seminar::ApplicationMethod::Fax, Seminar::ApplicationMethod::Web, Seminar::ApplicationMethod::Email};

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
    CHECK(read->startsAt == seminar.startsAt);
    CHECK(read->endsAt == seminar.endsAt);
    CHECK(read->venueId == *venueId);
    CHECK(read->organiser == seminar.organiser);
    CHECK(read->capacity == 150);
    CHECK(read->languages == seminar.languages);
    CHECK(read->status == Seminar::Status::Open);
    CHECK(read->participationFee == 1500);
    CHECK(read->receptionOpens == QTime(13, 0));
    CHECK(read->registrationDeadline == seminar.registrationDeadline);
    CHECK(read->registrationUrl == seminar.registrationUrl);
    CHECK(read->registrationEmail == seminar.registrationEmail);
    CHECK(read->applicationMethods == seminar.applicationMethods);

    read->titleEn = QStringLiteral("Renamed");
    read->receptionOpens = QTime();
    read->registrationDeadline = QDate();
    read->applicationMethods.clear();
    read->status = Seminar::Status::Held;
    REQUIRE(store.update(*read).ok());
    CHECK(store.find(*id)->titleEn == QStringLiteral("Renamed"));
    CHECK(store.find(*id)->status == Seminar::Status::Held);
    CHECK_FALSE(store.find(*id)->receptionOpens.isValid());
    CHECK_FALSE(store.find(*id)->registrationDeadline.isValid());
    CHECK(store.find(*id)->applicationMethods.isEmpty());

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

TEST_CASE("How to apply must hold together: fee, times, web address and e-mail", "[seminar]")
{
    const auto error = [](const std::function<void(Seminar&)>& change) {
        Seminar seminar = makeSeminar();
        change(seminar);
        return SeminarStore::validationError(seminar);
    };
    CHECK(error([](Seminar&) {}).isEmpty());
    CHECK(error([](Seminar& s) { s.participationFee = -1; }).contains(QStringLiteral("fee")));
    CHECK(error([](Seminar& s) {
              s.receptionOpens = s.startsAt.time().addSecs(60);
          }).contains(QStringLiteral("Reception")));
    CHECK(error([](Seminar& s) {
              s.registrationDeadline = s.startsAt.date().addDays(1);
          }).contains(QStringLiteral("deadline")));
    CHECK(error([](Seminar& s) {
              s.registrationUrl = QStringLiteral("www.example.jp");
          }).contains(QStringLiteral("web address")));
    CHECK(error([](Seminar& s) {
              s.registrationUrl = QStringLiteral("javascript:alert(1)");
          }).contains(QStringLiteral("web address")));
    CHECK(
        error([](Seminar& s) { s.registrationEmail = QStringLiteral("seminar@"); }).contains(QStringLiteral("e-mail")));
    CHECK(error([](Seminar& s) {
              s.applicationMethods = {Seminar::ApplicationMethod::Web};
          }).contains(QStringLiteral("registration form")));
    CHECK(error([](Seminar& s) {
              s.applicationMethods = {Seminar::ApplicationMethod::Email};
          }).contains(QStringLiteral("e-mail")));
    CHECK(error([](Seminar& s) { s.applicationMethods = {Seminar::ApplicationMethod::Fax}; }).isEmpty());
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
