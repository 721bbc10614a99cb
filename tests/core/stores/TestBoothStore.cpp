#include <catch2/catch.hpp>

#include "core/stores/BoothStore.h"
#include "core/stores/ContactStore.h"
#include "core/stores/SeminarStore.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

Booth boothFor(qint64 seminarId, int channel, const QString& name)
{
    Booth booth;
    booth.seminarId = seminarId;
    booth.channel = channel;
    booth.name = name;
    return booth;
}

} // namespace

TEST_CASE("A booth round-trips with its interpreters' shifts", "[booth]")
{
    TestDatabaseFile file;
    const Database& database = file.database();
    const qint64 seminarId = *SeminarStore(database).insert(makeSeminar());
    ContactStore contacts(database);
    Contact interpreter;
    interpreter.name = QStringLiteral("通訳 一子");
    const qint64 first = *contacts.insert(interpreter);
    interpreter.name = QStringLiteral("Jane Example");
    const qint64 second = *contacts.insert(interpreter);

    BoothStore store(database);
    Booth booth = boothFor(seminarId, 1, QStringLiteral("日本語 → English"));
    booth.languagePair = QStringLiteral("ja-en");
    booth.notes = QStringLiteral("Booth at the back");
    auto id = store.insert(booth);
    REQUIRE(id.ok());
    auto read = store.find(*id);
    REQUIRE(read.ok());
    CHECK(read->name == booth.name);
    CHECK(read->languagePair == booth.languagePair);
    CHECK(read->channel == 1);
    CHECK(read->notes == booth.notes);

    const QDateTime start(QDate(2027, 2, 12), QTime(13, 30));
    const QDateTime middle = start.addSecs(90 * 60);
    REQUIRE(
        store.replaceShifts(*id, {{0, 0, first, start, middle}, {0, 0, second, middle, middle.addSecs(5400)}}).ok());
    auto shifts = store.shifts(*id);
    REQUIRE(shifts.ok());
    REQUIRE(shifts->size() == 2);
    CHECK(shifts->at(0).contactId == first);
    CHECK(shifts->at(0).startsAt == start);
    CHECK(shifts->at(1).contactId == second);
    CHECK(shifts->at(1).endsAt == middle.addSecs(5400));

    // A bad shift leaves the old ones in place: the replacement is one transaction.
    auto refused = store.replaceShifts(*id, {{0, 0, first, start, start}});
    REQUIRE_FALSE(refused.ok());
    CHECK(store.shifts(*id)->size() == 2);

    REQUIRE(contacts.remove(second).ok());
    CHECK(store.shifts(*id)->size() == 1);
    REQUIRE(store.remove(*id).ok());
    CHECK(store.forSeminar(seminarId)->isEmpty());
}

TEST_CASE("A receiver channel is used by one booth of a seminar only", "[booth]")
{
    TestDatabaseFile file;
    const qint64 seminarId = *SeminarStore(file.database()).insert(makeSeminar());
    const qint64 otherSeminar = *SeminarStore(file.database()).insert(makeSeminar(QStringLiteral("Other")));
    BoothStore store(file.database());
    REQUIRE(store.insert(boothFor(seminarId, 1, QStringLiteral("Japanese"))).ok());
    auto clash = store.insert(boothFor(seminarId, 1, QStringLiteral("English")));
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().contains(QStringLiteral("channel 1 is already used")));
    CHECK(store.insert(boothFor(otherSeminar, 1, QStringLiteral("Japanese"))).ok());
    CHECK_FALSE(store.insert(boothFor(seminarId, 0, QStringLiteral("No channel"))).ok());
}
