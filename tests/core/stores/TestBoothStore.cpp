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

TEST_CASE("A seminar's booths come with their interpreters in one list, booths without shifts included", "[booth]")
{
    TestDatabaseFile file;
    const Database& database = file.database();
    SeminarStore seminars(database);
    const qint64 seminarId = *seminars.insert(makeSeminar());
    const qint64 otherSeminar = *seminars.insert(makeSeminar(QStringLiteral("Other")));
    ContactStore contacts(database);
    Contact interpreter;
    interpreter.name = QStringLiteral("赤木 通訳");
    const qint64 akagi = *contacts.insert(interpreter);
    interpreter.name = QStringLiteral("Jane Example");
    const qint64 jane = *contacts.insert(interpreter);

    BoothStore store(database);
    const qint64 english = *store.insert(boothFor(seminarId, 2, QStringLiteral("English")));
    const qint64 chinese = *store.insert(boothFor(seminarId, 1, QStringLiteral("Chinese")));
    REQUIRE(store.insert(boothFor(otherSeminar, 1, QStringLiteral("Elsewhere"))).ok());
    const QDateTime noon(QDate(2027, 2, 12), QTime(12, 0));
    const auto shift = [&](qint64 contactId, int fromHour) {
        InterpreterShift each;
        each.boothId = english;
        each.contactId = contactId;
        each.startsAt = noon.addSecs(fromHour * 3600);
        each.endsAt = each.startsAt.addSecs(3600);
        return each;
    };
    // Akagi twice, Jane in between: the names in the order of their first shift, each once.
    REQUIRE(store.replaceShifts(english, {shift(akagi, 3), shift(jane, 2), shift(akagi, 1)}).ok());

    auto staffed = store.staffedForSeminar(seminarId);
    REQUIRE(staffed.ok());
    REQUIRE(staffed->size() == 2);
    CHECK(staffed->at(0).booth.id == chinese);
    CHECK(staffed->at(0).shifts.isEmpty());
    CHECK(staffed->at(0).interpreterNames().isEmpty());
    const StaffedBooth& englishBooth = staffed->at(1);
    CHECK(englishBooth.booth.name == QStringLiteral("English"));
    CHECK(englishBooth.booth.channel == 2);
    REQUIRE(englishBooth.shifts.size() == 3);
    CHECK(englishBooth.shifts.at(0).shift.startsAt == noon.addSecs(3600));
    CHECK(englishBooth.shifts.at(0).shift.contactId == akagi);
    CHECK(englishBooth.shifts.at(2).shift.endsAt == noon.addSecs(4 * 3600));
    CHECK(englishBooth.interpreterNames() == QStringList {QStringLiteral("赤木 通訳"), QStringLiteral("Jane Example")});
    CHECK(store.staffedForSeminar(otherSeminar)->size() == 1);
}

TEST_CASE("A new booth's channel is the one after the highest in use", "[booth]")
{
    CHECK(Booth::nextFreeChannel({}) == 1);
    CHECK(Booth::nextFreeChannel({boothFor(1, 1, QStringLiteral("a"))}) == 2);
    CHECK(Booth::nextFreeChannel({boothFor(1, 4, QStringLiteral("a")), boothFor(1, 2, QStringLiteral("b"))}) == 5);
}

TEST_CASE("The channel check names the booth that holds the channel", "[booth]")
{
    Booth stored = boothFor(1, 1, QStringLiteral("Japanese ⇔ English"));
    stored.id = 7;
    const QList<Booth> booths {stored};
    Booth typed = boothFor(1, 1, QString()); // a name is still to come: only the channel counts here
    CHECK(BoothStore::channelError(typed, booths)
          == QStringLiteral("Receiver channel 1 is already used by the booth “Japanese ⇔ English”."));
    typed.channel = 2;
    CHECK(BoothStore::channelError(typed, booths).isEmpty());
}
