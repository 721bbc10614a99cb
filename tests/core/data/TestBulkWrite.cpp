// Inserts in a bulk write (an import, the demo): on SQLite through SQLite's own handle, on
// PostgreSQL queued and sent by COPY. Either way the rows read back as stored one by one.
#include <catch2/catch.hpp>

#include <QSet>

#include "core/data/BulkWrite.h"
#include "core/data/SqlStatement.h"
#include "core/data/Transaction.h"
#include "core/records/SearchText.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

int rowCount(const Database& database, const QString& table)
{
    SqlStatement count(database, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    REQUIRE(count.exec().ok());
    REQUIRE(count.next());
    return count.value(0).toInt();
}

Registration registrationFor(qint64 seminarId, qint64 attendeeId)
{
    Registration registration;
    registration.seminarId = seminarId;
    registration.attendeeId = attendeeId;
    registration.source = QStringLiteral("import:bulk.csv");
    return registration;
}

} // namespace

TEST_CASE("Rows of a bulk write read back as written, each with its id, parents before the rows that refer to them",
          "[database][insert]")
{
    TestDatabaseFile file;
    const Database& database = file.database();
    const qint64 seminarId = *SeminarStore(database).insert(makeSeminar());
    const qint64 storedId
        = *AttendeeStore(database).insert(makeAttendee(QStringLiteral("Santos"), QStringLiteral("Maria")));

    Attendee awkward = makeAttendee(QStringLiteral("O'Brien\t“髙﨑”"), QStringLiteral("Back\\slash 😀"),
                                    QStringLiteral("タカサキ"), QStringLiteral("ハナコ"));
    awkward.notes = QStringLiteral("two\nlines\r\nand \\N, not NULL");
    awkward.email = QStringLiteral("hanako@example.jp");
    QList<qint64> added;
    {
        const BulkWrite bulk(database);
        Transaction transaction(database);
        REQUIRE(transaction.begun());
        AttendeeStore attendees(database);
        RegistrationStore registrations(database);
        // A registration of someone stored comes before the first new person: still written after them.
        REQUIRE(registrations.insert(registrationFor(seminarId, storedId)).ok());
        for (int i = 0; i < 40; ++i) {
            Attendee attendee
                = i == 7 ? awkward : makeAttendee(QStringLiteral("Family %1").arg(i), QStringLiteral("Given"));
            Result<qint64> id = attendees.insert(attendee);
            INFO(id.error().toStdString());
            REQUIRE(id.ok());
            added.append(*id);
            REQUIRE(registrations.insert(registrationFor(seminarId, *id)).ok());
        }
        // A read in the middle sees every row queued before it.
        Result<Attendee> read = attendees.find(added.at(7));
        INFO(read.error().toStdString());
        REQUIRE(read.ok());
        CHECK(read->familyName == awkward.familyName);
        REQUIRE(transaction.commit().ok());
    }
    CHECK(rowCount(database, QStringLiteral("attendee")) == 41);
    CHECK(rowCount(database, QStringLiteral("registration")) == 41);
    CHECK(QSet<qint64>(added.cbegin(), added.cend()).size() == 40);
    for (int i = 1; i < added.size(); ++i)
        CHECK(added.at(i) > added.at(i - 1));
    const Result<Attendee> stored = AttendeeStore(database).find(added.at(7));
    REQUIRE(stored.ok());
    CHECK(stored->familyName == awkward.familyName);
    CHECK(stored->givenName == awkward.givenName);
    CHECK(stored->notes == awkward.notes);
    CHECK(stored->email == awkward.email);
    CHECK(stored->version == 1);
    // Search text and sort key (bytes) are stored as the row path stores them.
    auto found = AttendeeStore(database).withSearchKeys(SearchText::searchKeys(QStringLiteral("takasaki")),
                                                        AttendeeStore::KeyMatch::All, 10);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().id == added.at(7));
    const auto registered = RegistrationStore(database).attendeeIdsOf(seminarId);
    REQUIRE(registered.ok());
    CHECK(registered->contains(added.at(39)));
    CHECK(registered->contains(storedId));

    // Rows inserted after the bulk write get ids of their own.
    const Result<qint64> later = AttendeeStore(database).insert(makeAttendee(QStringLiteral("Later"), QString()));
    REQUIRE(later.ok());
    CHECK_FALSE(added.contains(*later));
}

TEST_CASE("A refused row of a bulk write fails the write and leaves nothing written", "[database][insert]")
{
    TestDatabaseFile file;
    const Database& database = file.database();
    const qint64 seminarId = *SeminarStore(database).insert(makeSeminar());
    {
        const BulkWrite bulk(database);
        Transaction transaction(database);
        REQUIRE(transaction.begun());
        AttendeeStore attendees(database);
        RegistrationStore registrations(database);
        const Result<qint64> attendee = attendees.insert(makeAttendee(QStringLiteral("Kept"), QStringLiteral("Not")));
        REQUIRE(attendee.ok());
        // No such attendee: SQLite refuses the row at once, PostgreSQL when the queued rows are written.
        const Result<qint64> refused = registrations.insert(registrationFor(seminarId, *attendee + 1000));
        if (refused) {
            const Status committed = transaction.commit();
            REQUIRE_FALSE(committed.ok());
            CHECK(committed.error().contains(QStringLiteral("registration")));
            CHECK(committed.error().contains(QStringLiteral("attendee")));
        }
    }
    CHECK(rowCount(database, QStringLiteral("attendee")) == 0);
    CHECK(rowCount(database, QStringLiteral("registration")) == 0);
}
