#include <catch2/catch.hpp>

#include "core/stores/AttendeeStore.h"
#include "core/stores/BoothStore.h"
#include "core/stores/ContactStore.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "core/stores/VenueStore.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

// Two desks open record ID of STORE's table; the other desk saves first, with THEIRS applied to its
// copy; this desk's save, with MINE applied, is refused and changes nothing; saved again at the
// version it has now seen, it stands. READ gives the field both changed.
template <typename Store, typename Theirs, typename Mine, typename Read>
void secondSaveIsRefused(TestDatabaseFile& file, qint64 id, Theirs theirs, Mine mine, Read read)
{
    auto other = file.openAnother();
    REQUIRE(other.ok());
    Store here(file.database());
    Store there(**other);
    auto myCopy = *here.find(id);
    auto theirCopy = *there.find(id);
    CHECK(myCopy.version == 1);
    theirs(theirCopy);
    REQUIRE(there.update(theirCopy).ok());
    mine(myCopy);
    const Status refused = here.update(myCopy);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("someone else changed it since it was opened here (their version 2, "
                                                  "this one 1)")));
    const auto stored = *here.find(id);
    CHECK(read(stored) == read(theirCopy));
    CHECK(stored.version == 2);
    // Mine saved over theirs, deliberately: at the version this desk has now seen.
    myCopy.version = stored.version;
    REQUIRE(here.update(myCopy).ok());
    CHECK(read(*there.find(id)) == read(myCopy));
    CHECK(there.find(id)->version == 3);
}

} // namespace

TEST_CASE("Two desks editing one venue: the second save is refused", "[venue][desks]")
{
    TestDatabaseFile file;
    Venue venue;
    venue.name = QStringLiteral("北九州イノベーションギャラリー");
    const qint64 id = *VenueStore(file.database()).insert(venue);
    secondSaveIsRefused<VenueStore>(
        file, id, [](Venue& v) { v.accessNotes = QStringLiteral("Theirs"); },
        [](Venue& v) { v.accessNotes = QStringLiteral("Mine"); }, [](const Venue& v) { return v.accessNotes; });
}

TEST_CASE("Two desks editing one seminar: the second save is refused", "[seminar][desks]")
{
    TestDatabaseFile file;
    const qint64 id = *SeminarStore(file.database()).insert(makeSeminar());
    secondSaveIsRefused<SeminarStore>(
        file, id, [](Seminar& s) { s.capacity = 80; }, [](Seminar& s) { s.capacity = 120; },
        [](const Seminar& s) { return s.capacity; });
}

TEST_CASE("Two desks editing one booth: the second save is refused", "[booth][desks]")
{
    TestDatabaseFile file;
    Booth booth;
    booth.seminarId = *SeminarStore(file.database()).insert(makeSeminar());
    booth.name = QStringLiteral("English");
    const qint64 id = *BoothStore(file.database()).insert(booth);
    secondSaveIsRefused<BoothStore>(
        file, id, [](Booth& b) { b.notes = QStringLiteral("Theirs"); },
        [](Booth& b) { b.notes = QStringLiteral("Mine"); }, [](const Booth& b) { return b.notes; });
}

TEST_CASE("Two desks editing one contact: the second save is refused", "[contact][desks]")
{
    TestDatabaseFile file;
    Contact contact;
    contact.name = QStringLiteral("東田 里美");
    const qint64 id = *ContactStore(file.database()).insert(contact);
    secondSaveIsRefused<ContactStore>(
        file, id, [](Contact& c) { c.tel = QStringLiteral("093-681-1563"); },
        [](Contact& c) { c.tel = QStringLiteral("093-681-1564"); }, [](const Contact& c) { return c.tel; });
}

TEST_CASE("Two desks editing one registration: the second save is refused", "[registration][desks]")
{
    TestDatabaseFile file;
    Registration registration;
    registration.seminarId = *SeminarStore(file.database()).insert(makeSeminar());
    registration.attendeeId
        = *AttendeeStore(file.database()).insert(makeAttendee(QStringLiteral("山田"), QStringLiteral("花子")));
    const qint64 id = *RegistrationStore(file.database()).insert(registration);
    secondSaveIsRefused<RegistrationStore>(
        file, id, [](Registration& r) { r.receiverNeeded = true; },
        [](Registration& r) { r.status = Registration::Status::Cancelled; },
        [](const Registration& r) { return std::make_pair(r.receiverNeeded, r.status); });
}

TEST_CASE("Saving a record someone else deleted says it no longer exists", "[venue][desks]")
{
    TestDatabaseFile file;
    Venue venue;
    venue.name = QStringLiteral("北九州イノベーションギャラリー");
    VenueStore store(file.database());
    const qint64 id = *store.insert(venue);
    const Venue mine = *store.find(id);
    auto other = file.openAnother();
    REQUIRE(other.ok());
    REQUIRE(VenueStore(**other).remove(id).ok());
    const Status refused = store.update(mine);
    CHECK(refused.error().contains(QStringLiteral("The venue no longer exists.")));
}
