#include <catch2/catch.hpp>

#include <QUndoStack>

#include "core/checkin/ReceiverDesk.h"
#include "core/checkin/ReceiverForecast.h"
#include "core/stores/BoothStore.h"
#include "core/stores/RecordEdits.h"
#include "support/CatchQt.h"
#include "support/SeminarFixture.h"

using namespace sd;

namespace {

Booth booth(const QString& pair, int channel)
{
    Booth made;
    made.name = pair;
    made.languagePair = pair;
    made.channel = channel;
    return made;
}

// The demo seminar's two booths: Japanese into English on 1, English into Japanese on 2.
const QList<Booth> twoBooths {booth(QStringLiteral("ja-en"), 1), booth(QStringLiteral("en-ja"), 2)};

ReceiverWish wish(const char* language, bool needed, int people)
{
    return ReceiverWish {QString::fromLatin1(language), needed, people};
}

ReceiverInventory receivers(int count, int marginPercent = ReceiverInventory::defaultMarginPercent)
{
    ReceiverInventory inventory;
    inventory.count = count;
    inventory.marginPercent = marginPercent;
    return inventory;
}

} // namespace

TEST_CASE("The margin is added and rounded up", "[receivers][forecast]")
{
    struct Row
    {
        int people;
        int marginPercent;
        int needed;
    };
    const Row rows[] = {{0, 10, 0},   {1, 10, 2},   {9, 10, 10}, {10, 10, 11}, {11, 10, 13},
                        {20, 10, 22}, {21, 10, 24}, {7, 0, 7},   {7, 100, 14}, {3, 33, 4}};
    for (const Row& row : rows) {
        INFO(row.people << " people, " << row.marginPercent << " %");
        CHECK(ReceiverForecast::withMargin(row.people, row.marginPercent) == row.needed);
    }
}

TEST_CASE("Receivers are forecast per channel from what registrations say and prefer", "[receivers][forecast]")
{
    Seminar seminar; // floor language ja
    struct Row
    {
        const char* what;
        QList<ReceiverWish> wishes;
        int onEnglish; // channel 1: ja into en
        int onJapanese; // channel 2: en into ja
    };
    const QList<Row> rows {
        {"nobody", {}, 0, 0},
        {"Japanese speakers who need none", {wish("ja", false, 40)}, 0, 0},
        {"English speakers, not stated", {wish("en", false, 12)}, 12, 0},
        {"English speakers who said so", {wish("en", true, 5)}, 5, 0},
        {"Japanese speakers who asked for one", {wish("ja", true, 3)}, 0, 3},
        {"all at once", {wish("ja", false, 40), wish("ja", true, 2), wish("en", false, 7), wish("en", true, 4)}, 11, 2},
        {"no language stated counts as the floor", {wish("", false, 5), wish("", true, 1)}, 0, 1},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const ReceiverForecast forecast(seminar, twoBooths, row.wishes, receivers(100, 0));
        REQUIRE(forecast.channels().size() == 2);
        CHECK(forecast.channels().at(0).channel == 1);
        CHECK(forecast.channels().at(0).language == QStringLiteral("en"));
        CHECK(forecast.channels().at(0).people == row.onEnglish);
        CHECK(forecast.channels().at(1).channel == 2);
        CHECK(forecast.channels().at(1).people == row.onJapanese);
        CHECK(forecast.people() == row.onEnglish + row.onJapanese);
        CHECK(forecast.warnings().isEmpty());
    }
}

TEST_CASE("The margin applies to each channel", "[receivers][forecast]")
{
    const ReceiverForecast forecast(Seminar(), twoBooths, {wish("en", false, 21), wish("ja", true, 1)}, receivers(0));
    CHECK(forecast.channels().at(0).needed == 24);
    CHECK(forecast.channels().at(1).needed == 2);
    CHECK(forecast.people() == 22);
    CHECK(forecast.needed() == 26);
    CHECK(forecast.marginPercent() == 10);
}

TEST_CASE("People whose language no booth interprets into are counted apart", "[receivers][forecast]")
{
    const ReceiverForecast forecast(Seminar(), twoBooths, {wish("zh", false, 3), wish("en", false, 10)}, receivers(20));
    REQUIRE(forecast.channels().size() == 3);
    const ChannelForecast& unserved = forecast.channels().at(2);
    CHECK_FALSE(unserved.hasBooth());
    CHECK(unserved.language == QStringLiteral("zh"));
    CHECK(unserved.people == 3);
    CHECK(forecast.people() == 10);
    CHECK(forecast.needed() == 11);
    REQUIRE(forecast.warnings().size() == 1);
    CHECK(forecast.warnings().constFirst().contains(QStringLiteral("no booth")));
    CHECK(forecast.warnings().constFirst().contains(QStringLiteral("Chinese")));
}

TEST_CASE("A shortage of receivers is warned of, and the warning clears when there are enough", "[receivers][forecast]")
{
    const QList<ReceiverWish> wishes {wish("en", false, 20)};
    const ReceiverForecast shortOfTwo(Seminar(), twoBooths, wishes, receivers(20));
    CHECK(shortOfTwo.needed() == 22);
    CHECK(shortOfTwo.shortBy() == 2);
    REQUIRE(shortOfTwo.warnings().size() == 1);
    CHECK(shortOfTwo.warnings().constFirst().startsWith(QStringLiteral("2 receiver(s) short")));

    const ReceiverForecast enough(Seminar(), twoBooths, wishes, receivers(22));
    CHECK(enough.shortBy() == 0);
    CHECK(enough.warnings().isEmpty());

    const ReceiverForecast noMargin(Seminar(), twoBooths, wishes, receivers(20, 0));
    CHECK(noMargin.warnings().isEmpty());
}

TEST_CASE("Numbered receivers with channels are compared channel by channel", "[receivers][forecast]")
{
    ReceiverInventory inventory = receivers(12, 0);
    for (int i = 1; i <= 8; ++i)
        inventory.numbered.append(Receiver {0, 0, QStringLiteral("R-%1").arg(i), 2});
    inventory.numbered.append(Receiver {0, 0, QStringLiteral("R-9"), 0});
    // 8 fixed to channel 2, 4 free (one numbered without a channel, three without a number).
    const QList<ReceiverWish> wishes {wish("en", false, 6), wish("ja", true, 2)};
    const ReceiverForecast forecast(Seminar(), twoBooths, wishes, inventory);
    CHECK(forecast.channels().at(0).available == 4);
    CHECK(forecast.channels().at(1).available == 12);
    CHECK(forecast.shortBy() == 0);
    CHECK(forecast.channels().at(0).shortBy() == 2);
    REQUIRE(forecast.warnings().size() == 1);
    CHECK(forecast.warnings().constFirst().startsWith(QStringLiteral("Channel 1 (English): 2 receiver(s) short")));

    inventory.numbered[0].channel = 1;
    inventory.numbered[1].channel = 1;
    const ReceiverForecast moved(Seminar(), twoBooths, wishes, inventory);
    CHECK(moved.channels().at(0).available == 6);
    CHECK(moved.warnings().isEmpty());
}

TEST_CASE("Without channels on the receivers only the total is compared", "[receivers][forecast]")
{
    ReceiverInventory inventory = receivers(10, 0);
    inventory.numbered.append(Receiver {0, 0, QStringLiteral("R-1"), 0});
    const ReceiverForecast forecast(Seminar(), twoBooths, {wish("en", false, 10)}, inventory);
    CHECK_FALSE(forecast.channels().at(0).available.has_value());
    CHECK(forecast.channels().at(0).shortBy() == 0);
    CHECK(forecast.warnings().isEmpty());
}

TEST_CASE("Booths on more channels than the receiver system has are warned of", "[receivers][forecast]")
{
    const QList<Booth> threeBooths {booth(QStringLiteral("ja-en"), 1), booth(QStringLiteral("en-ja"), 2),
                                    booth(QStringLiteral("ja-zh"), 3)};
    ReceiverInventory inventory = receivers(0);
    SECTION("not stated: nothing checked")
    {
        CHECK(ReceiverForecast(Seminar(), threeBooths, {}, inventory).boothsBeyondSystem().isEmpty());
    }
    SECTION("two channels: the third booth is beyond them")
    {
        inventory.systemChannels = 2;
        const ReceiverForecast forecast(Seminar(), threeBooths, {}, inventory);
        REQUIRE(forecast.boothsBeyondSystem().size() == 1);
        CHECK(forecast.boothsBeyondSystem().constFirst().channel == 3);
        REQUIRE(forecast.warnings().size() == 1);
        CHECK(forecast.warnings().constFirst()
              == QStringLiteral("Booth “ja-zh” is on channel 3, but the receivers have 2 channel(s)."));
    }
    SECTION("three channels: cleared")
    {
        inventory.systemChannels = 3;
        const ReceiverForecast forecast(Seminar(), threeBooths, {}, inventory);
        CHECK(forecast.boothsBeyondSystem().isEmpty());
        CHECK(forecast.warnings().isEmpty());
    }
}

TEST_CASE("The forecast of a stored seminar reads its registrations, booths and inventory", "[receivers][forecast]")
{
    SeminarFixture seminar;
    Database& database = seminar.file.database();
    for (Booth each : twoBooths) {
        each.seminarId = seminar.seminarId;
        REQUIRE(BoothStore(database).insert(each).ok());
    }
    Attendee english = makeAttendee(QStringLiteral("Smith"), QStringLiteral("Anna"));
    english.preferredLanguage = QStringLiteral("en");
    seminar.registerAttendee(english);
    Attendee cancelledEnglish = makeAttendee(QStringLiteral("Brown"), QStringLiteral("Bob"));
    cancelledEnglish.preferredLanguage = QStringLiteral("en");
    seminar.registerAttendee(cancelledEnglish, Registration::Status::Cancelled);
    Registration asked;
    asked.receiverNeeded = true;
    seminar.registerAttendee(makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎")), asked);
    seminar.registerAttendee(makeAttendee(QStringLiteral("阿部"), QStringLiteral("葵")));

    RecordEdits edits(database);
    ReceiverDesk desk(database, edits, seminar.seminarId, Desk {});
    ReceiverInventory inventory;
    inventory.count = 3;
    inventory.systemChannels = 1;
    inventory.marginPercent = 50;
    REQUIRE(desk.setInventory(inventory).ok());

    auto forecast = ReceiverForecast::ofSeminar(desk);
    REQUIRE(forecast.ok());
    CHECK(forecast->channels().at(0).people == 1);
    CHECK(forecast->channels().at(1).people == 1);
    CHECK(forecast->needed() == 4);
    CHECK(forecast->shortBy() == 1);
    CHECK(forecast->marginPercent() == 50);
    CHECK(forecast->systemChannels() == 1);
    CHECK(forecast->warnings().size() == 2);

    inventory = *desk.inventory(); // saved over the version this desk has now
    inventory.count = 4;
    inventory.systemChannels = 2;
    REQUIRE(desk.setInventory(inventory).ok());
    CHECK(ReceiverForecast::ofSeminar(desk)->warnings().isEmpty());
    edits.undoStack()->undo();
    CHECK(ReceiverForecast::ofSeminar(desk)->warnings().size() == 2);
}
