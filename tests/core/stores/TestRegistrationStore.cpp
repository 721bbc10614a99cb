#include <catch2/catch.hpp>

#include "core/records/CheckInCode.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

struct Fixture
{
    TestDatabaseFile file;
    qint64 seminarId = *SeminarStore(file.database()).insert(makeSeminar());
    qint64 attendeeId
        = *AttendeeStore(file.database()).insert(makeAttendee(QStringLiteral("Santos"), QStringLiteral("Maria")));
};

Registration registrationFor(qint64 seminarId, qint64 attendeeId)
{
    Registration registration;
    registration.seminarId = seminarId;
    registration.attendeeId = attendeeId;
    return registration;
}

} // namespace

TEST_CASE("A registration round-trips and gets a check-in code", "[registration]")
{
    Fixture fixture;
    RegistrationStore store(fixture.file.database());
    Registration registration = registrationFor(fixture.seminarId, fixture.attendeeId);
    registration.status = Registration::Status::Waitlisted;
    registration.receiverNeeded = true;
    registration.registeredAt = QDateTime(QDate(2027, 1, 5), QTime(9, 30), Qt::UTC);
    registration.source = QStringLiteral("import:web-form.csv");

    auto id = store.insert(registration);
    REQUIRE(id.ok());
    auto read = store.find(*id);
    REQUIRE(read.ok());
    CHECK(read->seminarId == fixture.seminarId);
    CHECK(read->attendeeId == fixture.attendeeId);
    CHECK(read->status == Registration::Status::Waitlisted);
    CHECK(CheckInCode::isWellFormed(read->checkInCode));
    CHECK(read->registeredAt == registration.registeredAt);
    CHECK_FALSE(read->checkedInAt.isValid());
    CHECK(read->receiverNeeded);
    CHECK_FALSE(read->badgePrintedAt.isValid());
    CHECK(read->source == registration.source);
    CHECK(read->version == 1);

    read->status = Registration::Status::Attended;
    read->checkedInAt = QDateTime(QDate(2027, 2, 12), QTime(4, 10), Qt::UTC);
    REQUIRE(store.update(*read).ok());
    auto attended = store.findByCheckInCode(read->checkInCode.toLower());
    REQUIRE(attended.ok());
    CHECK(attended->status == Registration::Status::Attended);
    CHECK(attended->checkedInAt == read->checkedInAt);
    CHECK(attended->version == 2);

    REQUIRE(store.remove(*id).ok());
    CHECK_FALSE(store.find(*id).ok());
}

TEST_CASE("A printed badge keeps the versions it shows, and edits and restores keep the mark", "[registration]")
{
    Fixture fixture;
    RegistrationStore store(fixture.file.database());
    const qint64 id = *store.insert(registrationFor(fixture.seminarId, fixture.attendeeId));
    const Registration before = *store.find(id);
    const QDateTime at(QDate(2027, 2, 11), QTime(9, 0), Qt::UTC);
    REQUIRE(store.markBadgesPrinted({{id, before.version, 5}}, at).ok());
    const Registration printed = *store.find(id);
    CHECK(printed.badgePrintedAt == at);
    CHECK(printed.badgePrintedVersion == before.version);
    CHECK(printed.badgePrintedAttendeeVersion == 5);
    CHECK(printed.version == before.version); // printing is not an edit
    CHECK(printed.updatedAt == before.updatedAt);

    // A form opened before the print saves its fields, not its stale print mark.
    Registration stale = before;
    stale.receiverNeeded = true;
    REQUIRE(store.update(stale).ok());
    const Registration edited = *store.find(id);
    CHECK(edited.receiverNeeded);
    CHECK(edited.badgePrintedAt == at);
    CHECK(edited.badgePrintedVersion == before.version);
    CHECK(edited.version == before.version + 1);

    REQUIRE(store.remove(id).ok());
    REQUIRE(store.restore(edited).ok());
    const Registration restored = *store.find(id);
    CHECK(restored.version == edited.version);
    CHECK(restored.badgePrintedAt == at);
    CHECK(restored.badgePrintedVersion == edited.badgePrintedVersion);
    CHECK(restored.badgePrintedAttendeeVersion == 5);
}

TEST_CASE("An attendee is registered for a seminar once", "[registration]")
{
    Fixture fixture;
    RegistrationStore store(fixture.file.database());
    REQUIRE(store.insert(registrationFor(fixture.seminarId, fixture.attendeeId)).ok());
    auto second = store.insert(registrationFor(fixture.seminarId, fixture.attendeeId));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().contains(QStringLiteral("already registered")));
}

TEST_CASE("Registrations need an existing seminar and attendee", "[registration][foreign-keys]")
{
    Fixture fixture;
    RegistrationStore store(fixture.file.database());
    auto orphan = store.insert(registrationFor(fixture.seminarId + 100, fixture.attendeeId));
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().contains(QStringLiteral("no longer exists")));
}

TEST_CASE("Deleting a seminar or an attendee deletes their registrations", "[registration][foreign-keys]")
{
    Fixture fixture;
    const Database& database = fixture.file.database();
    RegistrationStore registrations(database);
    const qint64 otherSeminar = *SeminarStore(database).insert(makeSeminar(QStringLiteral("Other")));
    const qint64 first = *registrations.insert(registrationFor(fixture.seminarId, fixture.attendeeId));
    const qint64 second = *registrations.insert(registrationFor(otherSeminar, fixture.attendeeId));

    REQUIRE(SeminarStore(database).remove(fixture.seminarId).ok());
    CHECK_FALSE(registrations.find(first).ok());
    CHECK(registrations.find(second).ok());
    CHECK(AttendeeStore(database).find(fixture.attendeeId).ok()); // the person stays

    REQUIRE(AttendeeStore(database).remove(fixture.attendeeId).ok());
    CHECK_FALSE(registrations.find(second).ok());
    CHECK(SeminarStore(database).find(otherSeminar).ok());
}

TEST_CASE("Seminar counts add up by status, receivers and capacity", "[registration]")
{
    Fixture fixture;
    const Database& database = fixture.file.database();
    AttendeeStore attendees(database);
    RegistrationStore registrations(database);
    const QList<QPair<Registration::Status, bool>> plan = {
        {Registration::Status::Registered, true}, {Registration::Status::Registered, false},
        {Registration::Status::Attended, true},   {Registration::Status::Waitlisted, true},
        {Registration::Status::Cancelled, true},  {Registration::Status::Registered, false},
    };
    int number = 0;
    for (const auto& [status, receiver] : plan) {
        const qint64 attendeeId = *attendees.insert(makeAttendee(QStringLiteral("Person"), QString::number(++number)));
        Registration registration = registrationFor(fixture.seminarId, attendeeId);
        registration.status = status;
        registration.receiverNeeded = receiver;
        REQUIRE(registrations.insert(registration).ok());
    }
    auto counts = registrations.counts(fixture.seminarId);
    REQUIRE(counts.ok());
    CHECK(counts->registered == 3);
    CHECK(counts->attended == 1);
    CHECK(counts->waitlisted == 1);
    CHECK(counts->cancelled == 1);
    CHECK(counts->receiversNeeded == 2); // waitlisted and cancelled ones take no receiver
    CHECK(counts->capacity == 100);
    CHECK(counts->capacityLeft() == 96);
    CHECK(counts->all() == 6);
}

TEST_CASE("An attended registration has a check-in time, any other status has none", "[registration]")
{
    Fixture fixture;
    RegistrationStore registrations(fixture.file.database());
    Registration registration = registrationFor(fixture.seminarId, fixture.attendeeId);
    registration.status = Registration::Status::Attended;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const qint64 id = *registrations.insert(registration);
    Registration stored = *registrations.find(id);
    CHECK(stored.checkedInAt >= before);
    CHECK(stored.checkedInAt <= QDateTime::currentDateTimeUtc());

    // A time that is known stays as it is.
    stored.checkedInAt = QDateTime(QDate(2027, 2, 12), QTime(4, 15), Qt::UTC);
    REQUIRE(registrations.update(stored).ok());
    CHECK(registrations.find(id)->checkedInAt == QDateTime(QDate(2027, 2, 12), QTime(4, 15), Qt::UTC));

    // Set back (a mistaken tick at the door): the time goes with the status. Each save starts from
    // the version stored (an older one is refused: see TestVersionedUpdate).
    stored = *registrations.find(id);
    stored.status = Registration::Status::Registered;
    REQUIRE(registrations.update(stored).ok());
    CHECK_FALSE(registrations.find(id)->checkedInAt.isValid());
    stored = *registrations.find(id);
    stored.status = Registration::Status::Cancelled;
    stored.checkedInAt = QDateTime(QDate(2027, 2, 12), QTime(4, 15), Qt::UTC);
    REQUIRE(registrations.update(stored).ok());
    CHECK_FALSE(registrations.find(id)->checkedInAt.isValid());
}

TEST_CASE("Registered attendees come with their people in gojuon order", "[registration]")
{
    Fixture fixture;
    const Database& database = fixture.file.database();
    AttendeeStore attendees(database);
    RegistrationStore registrations(database);
    for (const auto& reading : {QStringLiteral("ワダ"), QStringLiteral("アベ"), QStringLiteral("ナカムラ")}) {
        const qint64 id = *attendees.insert(makeAttendee(QStringLiteral("某"), QStringLiteral("某"), reading));
        REQUIRE(registrations.insert(registrationFor(fixture.seminarId, id)).ok());
    }
    auto rows = registrations.registeredAttendees(fixture.seminarId);
    REQUIRE(rows.ok());
    QStringList readings;
    for (const RegisteredAttendee& row : *rows) {
        CHECK(row.registration.attendeeId == row.attendee.id);
        readings.append(row.attendee.familyReading);
    }
    CHECK(readings == QStringList {QStringLiteral("アベ"), QStringLiteral("ナカムラ"), QStringLiteral("ワダ")});
}
