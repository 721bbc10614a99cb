#include <catch2/catch.hpp>

#include "core/records/Booth.h"
#include "core/records/Contact.h"
#include "core/records/DateTimeText.h"
#include "core/records/Venue.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/VersionConflict.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

const VersionConflict::Field* fieldNamed(const VersionConflict& conflict, const QString& label)
{
    for (const VersionConflict::Field& field : conflict.fields()) {
        if (field.label == label)
            return &field;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A person's two versions are shown field by field under the exports' names", "[conflict]")
{
    RegisteredAttendee mine {Registration(), makeAttendee(QStringLiteral("山田"), QStringLiteral("花子"))};
    mine.attendee.id = 4;
    mine.attendee.version = 2;
    mine.registration.id = 9;
    mine.registration.version = 5;
    mine.attendee.organisation = QStringLiteral("株式会社グリーンテック九州");
    RegisteredAttendee theirs = mine;
    theirs.attendee.version = 3;
    theirs.attendee.organisation = QStringLiteral("北九州市環境局");
    theirs.attendee.updatedAt = QDateTime(QDate(2027, 2, 12), QTime(13, 5), Qt::UTC);
    theirs.registration.receiverNeeded = true;

    const VersionConflict conflict = VersionConflict::of(mine, theirs);
    CHECK(conflict.moved());
    CHECK(conflict.differences() == 2);
    const VersionConflict::Field* organisation = fieldNamed(conflict, QStringLiteral("Organisation"));
    REQUIRE(organisation);
    CHECK(organisation->mine == QStringLiteral("株式会社グリーンテック九州"));
    CHECK(organisation->theirs == QStringLiteral("北九州市環境局"));
    CHECK(organisation->differs());
    const VersionConflict::Field* receiver = fieldNamed(conflict, QStringLiteral("Receiver needed"));
    REQUIRE(receiver);
    CHECK(receiver->mine == Registration::receiverNeededName(false));
    CHECK(receiver->theirs == Registration::receiverNeededName(true));
    CHECK_FALSE(fieldNamed(conflict, QStringLiteral("Family name"))->differs());
    CHECK(conflict.theirVersion() == 3);
    CHECK(conflict.theirHeading()
          == QStringLiteral("Theirs (saved %1, version 3)")
                 .arg(DateTimeText::dateTime(theirs.attendee.updatedAt.toLocalTime())));

    // The person alone (the People page): no registration fields.
    const VersionConflict alone = VersionConflict::of(mine.attendee, theirs.attendee);
    CHECK(alone.differences() == 1);
    CHECK_FALSE(fieldNamed(alone, QStringLiteral("Receiver needed")));
    // Only the registration moved: its version is theirs.
    RegisteredAttendee registrationMoved = mine;
    registrationMoved.registration.version = 6;
    CHECK(VersionConflict::of(mine, registrationMoved).moved());
    CHECK(VersionConflict::of(mine, registrationMoved).theirVersion() == 6);
    CHECK_FALSE(VersionConflict::of(mine, mine).moved());
}

TEST_CASE("Venues, booths and contacts show their two versions, the differing fields marked", "[conflict]")
{
    Venue venue;
    venue.name = QStringLiteral("北九州イノベーションギャラリー");
    venue.version = 1;
    Venue theirVenue = venue;
    theirVenue.version = 2;
    theirVenue.postalCode = QStringLiteral("805-0071");
    const VersionConflict venues = VersionConflict::of(venue, theirVenue);
    CHECK(venues.moved());
    CHECK(venues.differences() == 1);
    CHECK(fieldNamed(venues, QStringLiteral("Postal code"))->theirs == QStringLiteral("805-0071"));
    // Venues keep no time of saving: the heading gives the version alone.
    CHECK(venues.theirHeading() == QStringLiteral("Theirs (version 2)"));

    Booth booth;
    booth.name = QStringLiteral("English");
    Booth theirBooth = booth;
    theirBooth.channel = 2;
    const VersionConflict booths = VersionConflict::of(booth, theirBooth);
    CHECK_FALSE(booths.moved()); // the same version: refused for another reason
    CHECK(fieldNamed(booths, QStringLiteral("Receiver channel"))->differs());

    Contact contact;
    contact.name = QStringLiteral("東田 里美");
    Contact theirContact = contact;
    theirContact.version = 4;
    theirContact.kind = Contact::Kind::Organisation;
    const VersionConflict contacts = VersionConflict::of(contact, theirContact);
    CHECK(fieldNamed(contacts, QStringLiteral("Kind"))->mine == QStringLiteral("Person"));
    CHECK(fieldNamed(contacts, QStringLiteral("Kind"))->theirs == QStringLiteral("Organisation"));
    CHECK(contacts.differences() == 1);
}
