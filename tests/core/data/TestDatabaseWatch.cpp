#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QList>
#include <QSignalSpy>
#include <QTest>

#include "core/data/DatabaseWatch.h"
#include "core/data/Transaction.h"
#include "core/stores/VenueStore.h"
#include "support/CatchQt.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

// How long a test waits to be sure that no signal comes: beyond a look and the quiet interval.
constexpr int settleMs = 800;

// One venue added in a write transaction of its own on DATABASE.
void addVenue(const Database& database, const QString& name)
{
    Transaction transaction(database);
    REQUIRE(transaction.begun());
    Venue venue;
    venue.name = name;
    REQUIRE(VenueStore(database).insert(venue).ok());
    REQUIRE(transaction.commit().ok());
}

// Two desks on one database: this one watches, the other writes.
struct TwoDesks
{
    TwoDesks()
        : other(std::move(file.openAnother()).value())
        , watch(file.database())
        , heard(&watch, &DatabaseWatch::changedElsewhere)
    {
    }

    TestDatabaseFile file;
    std::unique_ptr<Database> other;
    DatabaseWatch watch;
    QSignalSpy heard;
};

} // namespace

TEST_CASE("A change committed at another desk is signalled within a second", "[watch]")
{
    TwoDesks desks;
    QElapsedTimer clock;
    clock.start();
    addVenue(*desks.other, QStringLiteral("Innovation Gallery"));
    REQUIRE(desks.heard.wait(1000));
    CHECK(clock.elapsed() < 1000);
    QTest::qWait(settleMs);
    CHECK(desks.heard.count() == 1);
}

TEST_CASE("A transaction rolled back at another desk is not signalled", "[watch]")
{
    TwoDesks desks;
    {
        Transaction transaction(*desks.other);
        REQUIRE(transaction.begun());
        Venue venue;
        venue.name = QStringLiteral("Never saved");
        REQUIRE(VenueStore(*desks.other).insert(venue).ok());
    }
    QTest::qWait(settleMs);
    CHECK(desks.heard.isEmpty());
}

TEST_CASE("This desk's own changes are not signalled as another desk's", "[watch]")
{
    TwoDesks desks;
    addVenue(desks.file.database(), QStringLiteral("Innovation Gallery"));
    addVenue(desks.file.database(), QStringLiteral("International Village Center"));
    QTest::qWait(settleMs);
    CHECK(desks.heard.isEmpty());
}

TEST_CASE("A burst of changes at another desk comes as few signals, spaced apart", "[watch]")
{
    TwoDesks desks;
    QList<qint64> times;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&desks.watch, &DatabaseWatch::changedElsewhere, [&] { times.append(clock.elapsed()); });
    // Fifty check-ins in a row at the other desk, each its own transaction.
    for (int each = 0; each < 50; ++each) {
        addVenue(*desks.other, QStringLiteral("Venue %1").arg(each));
        QTest::qWait(10);
    }
    const qint64 burst = clock.elapsed();
    QTest::qWait(settleMs);
    REQUIRE(!times.isEmpty());
    CHECK(times.size() <= burst / DatabaseWatch::minimumInterval.count() + 2);
    for (qsizetype index = 1; index < times.size(); ++index)
        CHECK(times.at(index) - times.at(index - 1) >= DatabaseWatch::minimumInterval.count() - 20);
    // The last change is among those signalled.
    CHECK(times.constLast() >= burst - 50);
}

TEST_CASE("An import of many rows in one transaction comes as one signal", "[watch]")
{
    TwoDesks desks;
    {
        Transaction transaction(*desks.other);
        REQUIRE(transaction.begun());
        for (int each = 0; each < 500; ++each) {
            Venue venue;
            venue.name = QStringLiteral("Venue %1").arg(each);
            REQUIRE(VenueStore(*desks.other).insert(venue).ok());
        }
        REQUIRE(transaction.commit().ok());
    }
    REQUIRE(desks.heard.wait(1000));
    QTest::qWait(settleMs);
    CHECK(desks.heard.count() == 1);
}

TEST_CASE("A change at another desk is signalled after this desk's transaction ends, not inside it", "[watch]")
{
    TwoDesks desks;
    {
        // A dry run reading here (it takes no write lock) while the other desk writes.
        Transaction reading(desks.file.database(), Transaction::Intent::Read);
        REQUIRE(reading.begun());
        REQUIRE(VenueStore(desks.file.database()).all().ok());
        addVenue(*desks.other, QStringLiteral("Innovation Gallery"));
        QTest::qWait(settleMs);
        CHECK(desks.heard.isEmpty());
    }
    CHECK(desks.heard.wait(1000));
}
