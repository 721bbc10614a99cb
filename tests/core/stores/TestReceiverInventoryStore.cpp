#include <catch2/catch.hpp>

#include "core/stores/ReceiverInventoryStore.h"
#include "core/stores/SeminarStore.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

// A seminar whose receivers this desk and another desk (a second connection) both set.
struct TwoDesks
{
    TestDatabaseFile file;
    qint64 seminarId = *SeminarStore(file.database()).insert(makeSeminar());
    std::unique_ptr<Database> other = *file.openAnother();
    ReceiverInventoryStore here {file.database()};
    ReceiverInventoryStore there {*other};
};

} // namespace

TEST_CASE("A save of the receivers over the version read stands and counts the version up", "[receivers][desks]")
{
    TwoDesks desks;
    ReceiverInventory first;
    first.count = 40;
    REQUIRE(desks.here.write(desks.seminarId, first).ok());
    ReceiverInventory read = *desks.here.read(desks.seminarId);
    CHECK(read.version == 1);
    read.systemChannels = 3;
    REQUIRE(desks.here.write(desks.seminarId, read).ok());
    const ReceiverInventory stored = *desks.there.read(desks.seminarId);
    CHECK(stored.count == 40);
    CHECK(stored.systemChannels == 3);
    CHECK(stored.version == 2);
}

TEST_CASE("Two desks setting one seminar's receivers: the second save is refused", "[receivers][desks]")
{
    TwoDesks desks;
    ReceiverInventory first;
    first.count = 40;
    REQUIRE(desks.here.write(desks.seminarId, first).ok());
    ReceiverInventory mine = *desks.here.read(desks.seminarId);

    // The other desk changes the inventory between this desk's read and its save.
    ReceiverInventory theirs = *desks.there.read(desks.seminarId);
    theirs.count = 60;
    REQUIRE(desks.there.write(desks.seminarId, theirs).ok());

    mine.marginPercent = 20;
    const Status refused = desks.here.write(desks.seminarId, mine);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error()
          == QStringLiteral("Could not save the receivers: someone else changed it since it was opened here (their "
                            "version 2, this one 1)."));
    ReceiverInventory stored = *desks.here.read(desks.seminarId);
    CHECK(stored.count == 60);
    CHECK(stored.marginPercent == 10);
    CHECK(stored.version == 2);

    // Saved again over the version now seen, deliberately, it stands.
    mine.version = stored.version;
    REQUIRE(desks.here.write(desks.seminarId, mine).ok());
    stored = *desks.there.read(desks.seminarId);
    CHECK(stored.count == 40);
    CHECK(stored.marginPercent == 20);
    CHECK(stored.version == 3);
}

TEST_CASE("Two desks counting a seminar's receivers for the first time: the second is refused", "[receivers][desks]")
{
    TwoDesks desks;
    ReceiverInventory mine = *desks.here.read(desks.seminarId);
    ReceiverInventory theirs = *desks.there.read(desks.seminarId);
    CHECK(mine.version == 0);
    theirs.count = 30;
    REQUIRE(desks.there.write(desks.seminarId, theirs).ok());
    mine.count = 50;
    const Status refused = desks.here.write(desks.seminarId, mine);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("(their version 1, this one 0)")));
    CHECK(desks.here.read(desks.seminarId)->count == 30);
}

TEST_CASE("Saving the receivers of a deleted seminar says the seminar is gone", "[receivers][desks]")
{
    TwoDesks desks;
    REQUIRE(desks.here.write(desks.seminarId, ReceiverInventory {12, {}}).ok());
    const ReceiverInventory mine = *desks.here.read(desks.seminarId);
    REQUIRE(SeminarStore(*desks.other).remove(desks.seminarId).ok());
    const Status refused = desks.here.write(desks.seminarId, mine);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("There is no seminar with the number %1.").arg(desks.seminarId)));
}
