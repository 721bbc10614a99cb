#include <catch2/catch.hpp>

#include <QFile>
#include <QUndoStack>

#include "core/data/SqlStatement.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/ErasureLogStore.h"
#include "core/stores/PersonalDataErasure.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

// "Now" for these tests: 2027-06-01 09:00 at the venue. With 12 months, a last seminar must have
// ended before 2026-06-01 09:00.
const QDateTime now(QDate(2027, 6, 1), QTime(9, 0));

// Two seminars, long past and still to come, and five people:
//   past: only at the old seminar; lapsed: registered nowhere, unchanged for years;
//   returning: at both; recent: registered nowhere, changed just now; edge: at a seminar that ended
//   exactly twelve months ago, so not yet past.
struct RetentionFixture
{
    RetentionFixture()
    {
        Seminar old = makeSeminar(QStringLiteral("Old"));
        old.startsAt = QDateTime(QDate(2025, 11, 20), QTime(13, 30));
        old.endsAt = QDateTime(QDate(2025, 11, 20), QTime(17, 0));
        oldSeminar = *SeminarStore(database()).insert(old);
        Seminar coming = makeSeminar(QStringLiteral("Coming"));
        coming.startsAt = QDateTime(QDate(2027, 9, 1), QTime(13, 0));
        coming.endsAt = QDateTime(QDate(2027, 9, 1), QTime(15, 0));
        comingSeminar = *SeminarStore(database()).insert(coming);
        Seminar edgeSeminar = makeSeminar(QStringLiteral("Edge"));
        edgeSeminar.startsAt = QDateTime(QDate(2026, 6, 1), QTime(8, 0));
        edgeSeminar.endsAt = QDateTime(QDate(2026, 6, 1), QTime(9, 0));
        const qint64 edgeId = *SeminarStore(database()).insert(edgeSeminar);

        Attendee zephyrine = makeAttendee(QStringLiteral("Quillfeather"), QStringLiteral("Zephyrine"));
        zephyrine.email = QStringLiteral("zephyrine.quillfeather@example.org");
        past = add(zephyrine, {oldSeminar});
        lapsed = add(makeAttendee(QStringLiteral("Lapsed"), QStringLiteral("Lou")), {});
        returning = add(makeAttendee(QStringLiteral("Returning"), QStringLiteral("Rae")), {oldSeminar, comingSeminar});
        recent = add(makeAttendee(QStringLiteral("Recent"), QStringLiteral("Rex")), {});
        edge = add(makeAttendee(QStringLiteral("Edge"), QStringLiteral("Eve")), {edgeId});
        SqlStatement aged(database(), QStringLiteral("UPDATE attendee SET updated_at = ? WHERE id = ?"));
        REQUIRE(aged.exec({QStringLiteral("2024-01-05T03:00:00Z"), lapsed}).ok());
    }

    const Database& database() { return file.database(); }

    qint64 add(const Attendee& attendee, const QList<qint64>& seminars)
    {
        const qint64 id = *AttendeeStore(database()).insert(attendee);
        for (qint64 seminar : seminars) {
            Registration registration;
            registration.seminarId = seminar;
            registration.attendeeId = id;
            REQUIRE(RegistrationStore(database()).insert(registration).ok());
        }
        return id;
    }

    QList<qint64> pastIds()
    {
        auto listed = PersonalDataErasure(database(), RetentionPeriod(12), now).pastPeriod();
        REQUIRE(listed.ok());
        QList<qint64> ids;
        for (const AttendeePastRetention& person : *listed)
            ids.append(person.attendee.id);
        return ids;
    }

    TestDatabaseFile file;
    qint64 oldSeminar = 0;
    qint64 comingSeminar = 0;
    qint64 past = 0;
    qint64 lapsed = 0;
    qint64 returning = 0;
    qint64 recent = 0;
    qint64 edge = 0;
};

int count(const Database& database, const QString& table)
{
    SqlStatement statement(database, QStringLiteral("SELECT count(*) FROM ") + table);
    REQUIRE(statement.exec().ok());
    REQUIRE(statement.next());
    return statement.value(0).toInt();
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Whether TEXT is anywhere in FILE's bytes, in UTF-8 or UTF-16.
bool holds(const QByteArray& bytes, const QString& text)
{
    const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    return bytes.contains(text.toUtf8()) || bytes.contains(utf16);
}

} // namespace

TEST_CASE("The people past the retention period are those whose last seminar ended before it", "[erasure]")
{
    RetentionFixture fixture;
    const PersonalDataErasure erasure(fixture.database(), RetentionPeriod(12), now);
    CHECK(erasure.lastSeminarBefore() == QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
    auto listed = erasure.pastPeriod();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    // Gojuon (here: Latin) order of the readings: Lapsed, then Quillfeather.
    CHECK(listed->at(0).attendee.id == fixture.lapsed);
    CHECK_FALSE(listed->at(0).lastSeminarEndsAt.isValid());
    CHECK(listed->at(0).registrations == 0);
    CHECK(listed->at(1).attendee.id == fixture.past);
    CHECK(listed->at(1).lastSeminarEndsAt == QDateTime(QDate(2025, 11, 20), QTime(17, 0)));
    CHECK(listed->at(1).registrations == 1);
    // A shorter period reaches the edge case too; a longer one nobody registered.
    CHECK(PersonalDataErasure(fixture.database(), RetentionPeriod(11), now).pastPeriod()->size() == 3);
    CHECK(PersonalDataErasure(fixture.database(), RetentionPeriod(60), now).pastPeriod()->isEmpty());
}

TEST_CASE("Erased people leave the database file, journal included, and the log keeps no name", "[erasure][file]")
{
    RetentionFixture fixture;
    // An earlier version of the record, which an update leaves behind in the page it was on.
    Attendee before = *AttendeeStore(fixture.database()).find(fixture.past);
    before.organisation = QStringLiteral("Quillfeather Heliographics");
    REQUIRE(AttendeeStore(fixture.database()).update(before).ok());
    SqlStatement secure(fixture.database(), QStringLiteral("PRAGMA secure_delete"));
    REQUIRE(secure.exec().ok());
    REQUIRE(secure.next());
    CHECK(secure.value(0).toInt() == 1);

    const PersonalDataErasure erasure(fixture.database(), RetentionPeriod(12), now);
    auto outcome = erasure.erase(fixture.pastIds());
    INFO(outcome.error().toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome->attendeeIds == QList<qint64> {fixture.lapsed, fixture.past});
    CHECK(outcome->registrations == 1);
    CHECK(outcome->journalProblem.isEmpty());
    // The journal was emptied while the database is still open: nothing waits for the close.
    CHECK(bytesOf(fixture.file.path() + QStringLiteral("-wal")).isEmpty());
    const QByteArray whileOpen = bytesOf(fixture.file.path());
    CHECK_FALSE(holds(whileOpen, QStringLiteral("Zephyrine")));
    CHECK_FALSE(holds(whileOpen, QStringLiteral("zephyrine.quillfeather@example.org")));
    CHECK_FALSE(holds(whileOpen, QStringLiteral("Quillfeather")));

    CHECK(count(fixture.database(), QStringLiteral("attendee")) == 3);
    CHECK(count(fixture.database(), QStringLiteral("registration")) == 3);
    auto log = ErasureLogStore(fixture.database()).all();
    REQUIRE(log.ok());
    REQUIRE(log->size() == 1);
    CHECK(log->at(0).action == ErasureLogEntry::Action::Erased);
    CHECK(log->at(0).people == 2);
    CHECK(log->at(0).registrations == 1);
    CHECK(log->at(0).periodMonths == 12);
    CHECK(log->at(0).lastSeminarBefore == QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
    fixture.file.close();
    CHECK_FALSE(holds(bytesOf(fixture.file.path()), QStringLiteral("Quillfeather")));
}

TEST_CASE("Someone registered again since the list was made is not erased", "[erasure]")
{
    RetentionFixture fixture;
    const QList<qint64> listed = fixture.pastIds();
    Registration again;
    again.seminarId = fixture.comingSeminar;
    again.attendeeId = fixture.past;
    REQUIRE(RegistrationStore(fixture.database()).insert(again).ok());
    auto outcome = PersonalDataErasure(fixture.database(), RetentionPeriod(12), now).erase(listed);
    REQUIRE(outcome.ok());
    CHECK(outcome->attendeeIds == QList<qint64> {fixture.lapsed});
    CHECK(AttendeeStore(fixture.database()).find(fixture.past).ok());
    // Asking for someone not past the period erases nobody.
    auto none = PersonalDataErasure(fixture.database(), RetentionPeriod(12), now).erase({fixture.recent});
    REQUIRE(none.ok());
    CHECK(none->attendeeIds.isEmpty());
    CHECK(ErasureLogStore(fixture.database()).all()->size() == 1);
}

TEST_CASE("An erasure is one undoable step while its stack lives", "[erasure][RecordEdits]")
{
    RetentionFixture fixture;
    RecordEdits edits(fixture.database());
    const PersonalDataErasure erasure(fixture.database(), RetentionPeriod(12), now);
    auto outcome = edits.erasePastRetention(erasure, fixture.pastIds());
    REQUIRE(outcome.ok());
    CHECK(outcome->attendeeIds.size() == 2);
    CHECK(edits.undoStack()->undoText() == QStringLiteral("Erase 2 Person(s) Past the Retention Period"));
    CHECK_FALSE(AttendeeStore(fixture.database()).find(fixture.past).ok());

    edits.undoStack()->undo();
    auto back = AttendeeStore(fixture.database()).find(fixture.past);
    REQUIRE(back.ok());
    CHECK(back->givenName == QStringLiteral("Zephyrine"));
    CHECK(RegistrationStore(fixture.database()).forAttendee(fixture.past)->size() == 1);
    CHECK(AttendeeStore(fixture.database()).find(fixture.lapsed).ok());

    edits.undoStack()->redo();
    CHECK_FALSE(AttendeeStore(fixture.database()).find(fixture.past).ok());
    if (!TestDatabaseFile::onServer()) // the file's own journal, which a server does not have
        CHECK(bytesOf(fixture.file.path() + QStringLiteral("-wal")).isEmpty());
    auto log = ErasureLogStore(fixture.database()).all();
    REQUIRE(log.ok());
    REQUIRE(log->size() == 3);
    CHECK(log->at(1).action == ErasureLogEntry::Action::Restored);
    CHECK(log->at(1).people == 2);
    CHECK(log->at(2).action == ErasureLogEntry::Action::Erased);
}

TEST_CASE("What an erasure promises names the backup copies that still hold the people", "[erasure][file]")
{
    TestDatabaseFile file;
    const QString none = PersonalDataErasure::promise(file.path());
    CHECK(none.contains(QStringLiteral("leave the database file")));
    CHECK(none.contains(QStringLiteral("there are none now")));
    QFile copy(file.path() + QStringLiteral(".bak-v4"));
    REQUIRE(copy.open(QIODevice::WriteOnly));
    copy.close();
    CHECK(PersonalDataErasure::promise(file.path()).contains(file.path() + QStringLiteral(".bak-v4")));
}

TEST_CASE("What an erasure promises is what the database it erases from keeps", "[erasure]")
{
    TestDatabaseFile file;
    const QString promise
        = PersonalDataErasure(file.database(), RetentionPeriod(12), QDateTime(QDate(2027, 3, 1), QTime(9, 0)))
              .promise();
    if (TestDatabaseFile::onServer()) {
        CHECK(promise.contains(QStringLiteral("shared database")));
        CHECK(promise.contains(QStringLiteral("pg_dump")));
    } else {
        CHECK(promise.contains(QStringLiteral("leave the database file")));
    }
    CHECK(promise.contains(QStringLiteral("never who")));
}
