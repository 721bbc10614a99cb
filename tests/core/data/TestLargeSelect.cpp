// Reads of many rows (an export's registrations, every attendee for an import's matching): on SQLite
// through SQLite's own handle, on PostgreSQL by COPY, its rows handled while the server sends the
// next. Either way every value reads back as stored, and the stores may write in the middle.
#include <catch2/catch.hpp>

#include "core/data/CopyOutStatement.h"
#include "core/data/SqlStatement.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

// A seminar with COUNT people registered for it, the fourth with text COPY must escape.
qint64 seminarWithPeople(const Database& database, int count)
{
    const qint64 seminarId = *SeminarStore(database).insert(makeSeminar());
    for (int i = 0; i < count; ++i) {
        Attendee attendee
            = makeAttendee(QStringLiteral("Family %1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("Given"));
        if (i == 3) {
            attendee.familyName = QStringLiteral("O'Brien\t“髙﨑” \\N");
            attendee.notes = QStringLiteral("two\nlines\r\nback\\slash\\t 😀\b\f\v");
        }
        const Result<qint64> id = AttendeeStore(database).insert(attendee);
        REQUIRE(id.ok());
        Registration registration;
        registration.seminarId = seminarId;
        registration.attendeeId = *id;
        registration.source = QStringLiteral("web");
        REQUIRE(RegistrationStore(database).insert(registration).ok());
    }
    return seminarId;
}

QList<qint64> attendeesRead(const Database& database, qint64 seminarId)
{
    QList<qint64> ids;
    const Status visited = RegistrationStore(database).visitRegisteredAttendees(seminarId, [&](const auto& row) {
        ids.append(row.attendee.id);
        return true;
    });
    REQUIRE(visited.ok());
    return ids;
}

} // namespace

TEST_CASE("A large read gives every value as stored, escapes, NULLs and all", "[database][select]")
{
    TestDatabaseFile file;
    const Database& database = file.database();
    const qint64 seminarId = seminarWithPeople(database, 6);

    QList<RegisteredAttendee> read;
    REQUIRE(RegistrationStore(database)
                .visitRegisteredAttendees(seminarId,
                                          [&](const RegisteredAttendee& row) {
                                              read.append(row);
                                              return true;
                                          })
                .ok());
    REQUIRE(read.size() == 6);
    for (const RegisteredAttendee& row : read) {
        const Result<Attendee> stored = AttendeeStore(database).find(row.attendee.id);
        REQUIRE(stored.ok());
        CHECK(row.attendee.familyName == stored->familyName);
        CHECK(row.attendee.notes == stored->notes);
        CHECK(row.attendee.version == stored->version);
        CHECK(row.registration.seminarId == seminarId);
        CHECK(row.registration.source == QStringLiteral("web"));
        CHECK(row.registration.checkedInAt.isNull());
        CHECK(!row.registration.registeredAt.isNull());
    }
    CHECK(std::any_of(read.cbegin(), read.cend(), [](const RegisteredAttendee& row) {
        return row.attendee.notes == QStringLiteral("two\nlines\r\nback\\slash\\t 😀\b\f\v");
    }));
}

TEST_CASE("The stores may write in the middle of a large read, and a reader may stop early", "[database][select]")
{
    TestDatabaseFile file;
    const Database& database = file.database();
    const qint64 seminarId = seminarWithPeople(database, 40);
    AttendeeStore attendees(database);

    int visited = 0;
    REQUIRE(attendees
                .visitAll([&](const Attendee& attendee) {
                    ++visited;
                    if (visited % 10 == 0) {
                        Attendee changed = attendee;
                        changed.notes = QStringLiteral("seen");
                        const Status updated = attendees.update(changed);
                        INFO(updated.error().toStdString());
                        CHECK(updated.ok());
                    }
                    return true;
                })
                .ok());
    CHECK(visited == 40);
    SqlStatement seen(database, QStringLiteral("SELECT count(*) FROM attendee WHERE notes = 'seen'"));
    REQUIRE(seen.exec().ok());
    REQUIRE(seen.next());
    CHECK(seen.value(0).toInt() == 4);

    int stoppedAfter = 0;
    REQUIRE(RegistrationStore(database)
                .visitRegisteredAttendees(seminarId, [&](const RegisteredAttendee&) { return ++stoppedAfter < 3; })
                .ok());
    CHECK(stoppedAfter == 3);
    // The connection is free again: the next statement runs.
    const Result<QList<RegisteredAttendee>> all = RegistrationStore(database).registeredAttendees(seminarId);
    REQUIRE(all.ok());
    CHECK(all->size() == 40);
}

TEST_CASE("A seminar of most of the attendees is read in the same order as a small one", "[database][select]")
{
    TestDatabaseFile file;
    const Database& database = file.database();
    const qint64 seminarId = seminarWithPeople(database, 6);
    CHECK(RegistrationStore(database).holdsMostAttendees(seminarId));
    const QList<qint64> mostRead = attendeesRead(database, seminarId);
    for (int i = 0; i < 30; ++i)
        REQUIRE(AttendeeStore(database)
                    .insert(makeAttendee(QStringLiteral("Other %1").arg(i), QStringLiteral("Given")))
                    .ok());
    CHECK_FALSE(RegistrationStore(database).holdsMostAttendees(seminarId));
    // Either way the same people in reading order.
    CHECK(attendeesRead(database, seminarId) == mostRead);
    SqlStatement inOrder(database,
                         QStringLiteral("SELECT attendee.id FROM attendee JOIN registration ON "
                                        "registration.attendee_id = attendee.id ORDER BY sort_key, attendee.id"));
    REQUIRE(inOrder.exec().ok());
    QList<qint64> expected;
    while (inOrder.next())
        expected.append(inOrder.value(0).toLongLong());
    CHECK(mostRead == expected);
    CHECK(mostRead.size() == 6);
}

TEST_CASE("A field as COPY TO writes it reads back with its escapes undone", "[database][select]")
{
    CHECK(CopyOutStatement::unescaped("plain") == QByteArray("plain"));
    CHECK(CopyOutStatement::unescaped("a\\tb\\nc\\rd") == QByteArray("a\tb\nc\rd"));
    CHECK(CopyOutStatement::unescaped("back\\\\slash\\\\N") == QByteArray("back\\slash\\N"));
    CHECK(CopyOutStatement::unescaped("\\b\\f\\v") == QByteArray("\b\f\v"));
    CHECK(CopyOutStatement::unescaped("ends\\") == QByteArray("ends\\"));
}
