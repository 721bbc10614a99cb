#include <catch2/catch.hpp>

#include "core/stores/SeminarStore.h"
#include "core/stores/VenueStore.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

TEST_CASE("A venue round-trips every field", "[venue]")
{
    TestDatabaseFile file;
    VenueStore store(file.database());
    const Venue venue {0,
                       QStringLiteral("北九州イノベーションギャラリー"),
                       QStringLiteral("Kitakyushu Innovation Gallery & Studio"),
                       QStringLiteral("北九州市八幡東区東田2-2-11"),
                       QStringLiteral("2-2-11 Higashida, Yahatahigashi-ku, Kitakyushu"),
                       QStringLiteral("805-0071"),
                       QStringLiteral("5 minutes from the station")};
    auto id = store.insert(venue);
    REQUIRE(id.ok());
    auto read = store.find(*id);
    REQUIRE(read.ok());
    CHECK(read->name == venue.name);
    CHECK(read->nameEn == venue.nameEn);
    CHECK(read->address == venue.address);
    CHECK(read->addressEn == venue.addressEn);
    CHECK(read->postalCode == venue.postalCode);
    CHECK(read->accessNotes == venue.accessNotes);

    read->postalCode = QStringLiteral("805-0062");
    REQUIRE(store.update(*read).ok());
    CHECK(store.find(*id)->postalCode == QStringLiteral("805-0062"));
    CHECK(store.all()->size() == 1);
    REQUIRE(store.remove(*id).ok());
    CHECK(store.all()->isEmpty());
}

TEST_CASE("A venue in use by a seminar cannot be deleted", "[venue][foreign-keys]")
{
    TestDatabaseFile file;
    VenueStore venues(file.database());
    auto venueId = venues.insert(Venue {0, QStringLiteral("KIGS"), {}, {}, {}, {}, {}});
    REQUIRE(venueId.ok());
    Seminar seminar = makeSeminar();
    seminar.venueId = *venueId;
    REQUIRE(SeminarStore(file.database()).insert(seminar).ok());

    auto removed = venues.remove(*venueId);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().contains(QStringLiteral("seminars are held there")));
    CHECK(venues.find(*venueId).ok());
}
