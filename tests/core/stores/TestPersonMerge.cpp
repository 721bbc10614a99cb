#include <catch2/catch.hpp>

#include <QUndoStack>

#include "core/stores/AttendeeStore.h"
#include "core/stores/CheckInLogStore.h"
#include "core/stores/PersonMerge.h"
#include "core/stores/ReceiverLoanStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

using Field = PersonMerge::Field;
using Side = PersonMerge::Side;

Attendee person(qint64 id, const QDateTime& updatedAt)
{
    Attendee attendee = makeAttendee(QStringLiteral("山田"), QStringLiteral("花子"));
    attendee.id = id;
    attendee.updatedAt = updatedAt;
    return attendee;
}

SeminarRegistration registration(qint64 id, qint64 seminarId, Registration::Status status)
{
    SeminarRegistration each;
    each.seminar.id = seminarId;
    each.seminar.titleEn = QStringLiteral("Seminar %1").arg(seminarId);
    each.registration.id = id;
    each.registration.seminarId = seminarId;
    each.registration.status = status;
    return each;
}

QList<qint64> idsOf(const QList<Registration>& registrations)
{
    QList<qint64> ids;
    for (const Registration& each : registrations)
        ids.append(each.id);
    return ids;
}

const QDateTime january(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);
const QDateTime june(QDate(2026, 6, 10), QTime(9, 0), Qt::UTC);

} // namespace

TEST_CASE("A merge keeps the record made first and takes each field from the side filled in, else the newer",
          "[PersonMerge]")
{
    Attendee older = person(3, january);
    older.familyReading = QStringLiteral("ヤマダ");
    older.organisation = QStringLiteral("北九州市");
    older.phone = QStringLiteral("093-681-1563");
    Attendee newer = person(9, june);
    newer.email = QStringLiteral("hanako@example.jp");
    newer.organisation = QStringLiteral("IGES");
    newer.category = QStringLiteral("speaker");
    newer.badgeName = QStringLiteral("はなこ");

    // Given in either order, the record with the lower id is the one kept.
    const PersonMerge merge({newer, {}}, {older, {}});
    CHECK(merge.person(Side::Kept).attendee.id == 3);
    CHECK(merge.person(Side::Other).attendee.id == 9);
    CHECK(merge.choice(Field::FamilyName) == Side::Kept); // the same on both
    CHECK(merge.choice(Field::FamilyReading) == Side::Kept); // filled in on the kept side only
    CHECK(merge.choice(Field::Phone) == Side::Kept);
    CHECK(merge.choice(Field::Email) == Side::Other); // filled in on the other side only
    CHECK(merge.choice(Field::Organisation) == Side::Other); // both filled in: the newer
    CHECK(merge.choice(Field::Category) == Side::Other);
    CHECK(merge.choice(Field::BadgeName) == Side::Other);

    const Attendee merged = merge.merged();
    CHECK(merged.id == 3);
    CHECK(merged.familyReading == QStringLiteral("ヤマダ"));
    CHECK(merged.phone == QStringLiteral("093-681-1563"));
    CHECK(merged.email == QStringLiteral("hanako@example.jp"));
    CHECK(merged.organisation == QStringLiteral("IGES"));
    CHECK(merged.category == QStringLiteral("speaker"));
    CHECK(merged.badgeName == QStringLiteral("はなこ"));

    PersonMerge chosen = merge;
    chosen.choose(Field::Organisation, Side::Kept);
    chosen.choose(Field::Email, Side::Kept);
    CHECK(chosen.merged().organisation == QStringLiteral("北九州市"));
    CHECK(chosen.merged().email.isEmpty());
    CHECK(PersonMerge::shownValue(merged, Field::Category) == Attendee::categoryName(QStringLiteral("speaker")));

    SECTION("when the record kept is the newer one, it wins where both are filled in")
    {
        older.updatedAt = june.addDays(1);
        const PersonMerge reversed({older, {}}, {newer, {}});
        CHECK(reversed.choice(Field::Organisation) == Side::Kept);
        CHECK(reversed.choice(Field::Email) == Side::Other);
        CHECK(reversed.merged().organisation == QStringLiteral("北九州市"));
    }
}

TEST_CASE("When both are registered for one seminar, the registration that went further stays", "[PersonMerge]")
{
    using Status = Registration::Status;
    const PersonMerge::Person kept {person(1, january),
                                    {registration(11, 100, Status::Registered), registration(12, 200, Status::Attended),
                                     registration(13, 400, Status::Waitlisted)}};
    const PersonMerge::Person other {person(2, june),
                                     {registration(21, 100, Status::Attended), registration(22, 200, Status::Cancelled),
                                      registration(23, 300, Status::Waitlisted),
                                      registration(24, 400, Status::Waitlisted)}};
    const PersonMerge merge(other, kept);

    REQUIRE(merge.clashes().size() == 3);
    const PersonMerge::Clash& first = merge.clashes().at(0);
    CHECK(first.seminar.id == 100);
    CHECK(first.staying.id == 21); // attended beats registered
    CHECK(first.stayingFrom == Side::Other);
    CHECK(first.dropped.id == 11);
    CHECK(first.wentFurther);
    CHECK(merge.clashes().at(1).staying.id == 12); // attended beats cancelled
    CHECK(merge.clashes().at(1).stayingFrom == Side::Kept);
    // A tie keeps the registration of the record kept (its code may be on a printed badge).
    CHECK(merge.clashes().at(2).staying.id == 13);
    CHECK_FALSE(merge.clashes().at(2).wentFurther);

    CHECK(idsOf(merge.moving()) == QList<qint64> {21, 23});
    CHECK(idsOf(merge.dropped()) == QList<qint64> {11, 22, 24});

    CHECK(PersonMerge::advancement(Status::Attended) > PersonMerge::advancement(Status::Registered));
    CHECK(PersonMerge::advancement(Status::Registered) > PersonMerge::advancement(Status::Waitlisted));
    CHECK(PersonMerge::advancement(Status::Waitlisted) > PersonMerge::advancement(Status::Cancelled));
}

namespace {

// Three seminars; 山田 花子 recorded twice: first at A (registered) and B, then again, with her
// e-mail, at A (attended) and C.
struct TwoRecords
{
    TwoRecords()
    {
        SeminarStore seminars(file.database());
        a = *seminars.insert(makeSeminar(QStringLiteral("A")));
        b = *seminars.insert(makeSeminar(QStringLiteral("B")));
        c = *seminars.insert(makeSeminar(QStringLiteral("C")));
        AttendeeStore attendees(file.database());
        Attendee first = makeAttendee(QStringLiteral("山田"), QStringLiteral("花子"), QStringLiteral("ヤマダ"),
                                      QStringLiteral("ハナコ"));
        first.organisation = QStringLiteral("北九州市");
        firstId = *attendees.insert(first);
        Attendee second = makeAttendee(QStringLiteral("山田"), QStringLiteral("花子"));
        second.email = QStringLiteral("hanako@example.jp");
        secondId = *attendees.insert(second);
        firstAtA = add(firstId, a, Registration::Status::Registered);
        firstAtB = add(firstId, b, Registration::Status::Attended);
        secondAtA = add(secondId, a, Registration::Status::Attended);
        secondAtC = add(secondId, c, Registration::Status::Waitlisted);
    }

    qint64 add(qint64 attendeeId, qint64 seminarId, Registration::Status status)
    {
        Registration registration;
        registration.attendeeId = attendeeId;
        registration.seminarId = seminarId;
        registration.status = status;
        auto id = RegistrationStore(file.database()).insert(registration);
        REQUIRE(id.ok());
        return *id;
    }

    // Registration id -> (attendee, status, check-in code) of everyone's registrations.
    QMap<qint64, QString> registrations()
    {
        QMap<qint64, QString> rows;
        RegistrationStore store(file.database());
        for (qint64 seminar : {a, b, c}) {
            for (const Registration& each : *store.forSeminar(seminar)) {
                rows.insert(each.id,
                            QStringLiteral("%1 %2 %3")
                                .arg(each.attendeeId)
                                .arg(Registration::statusKey(each.status), each.checkInCode));
            }
        }
        return rows;
    }

    TestDatabaseFile file;
    qint64 a = 0, b = 0, c = 0;
    qint64 firstId = 0, secondId = 0;
    qint64 firstAtA = 0, firstAtB = 0, secondAtA = 0, secondAtC = 0;
};

} // namespace

TEST_CASE("Merging moves the registrations to the person kept, as one step that Undo and Redo take back and forth",
          "[PersonMerge][RecordEdits]")
{
    TwoRecords records;
    Database& database = records.file.database();
    const QMap<qint64, QString> before = records.registrations();
    auto merge = PersonMerge::of(database, records.secondId, records.firstId);
    REQUIRE(merge.ok());
    CHECK(merge->person(Side::Kept).attendee.id == records.firstId);
    REQUIRE(merge->person(Side::Other).registrations.size() == 2);
    REQUIRE(merge->clashes().size() == 1);
    CHECK(merge->clashes().at(0).seminar.titleEn == QStringLiteral("A"));

    RecordEdits edits(database);
    REQUIRE(edits.mergePeople(*merge).ok());
    CHECK(edits.undoStack()->count() == 1);
    CHECK(edits.undoStack()->undoText() == QStringLiteral("Merge “山田 花子” into “山田 花子”"));

    const auto checkMerged = [&] {
        CHECK_FALSE(AttendeeStore(database).find(records.secondId).ok());
        const Attendee kept = *AttendeeStore(database).find(records.firstId);
        CHECK(kept.familyReading == QStringLiteral("ヤマダ"));
        CHECK(kept.organisation == QStringLiteral("北九州市"));
        CHECK(kept.email == QStringLiteral("hanako@example.jp"));
        const QMap<qint64, QString> after = records.registrations();
        // The attended registration at A stays, with its code; the registered one goes.
        CHECK(after.keys() == QList<qint64> {records.firstAtB, records.secondAtA, records.secondAtC});
        // Its attendee changes; its status and check-in code (the rest of the row) do not.
        CHECK(after.value(records.secondAtA)
              == QStringLiteral("%1 %2").arg(records.firstId).arg(before.value(records.secondAtA).section(' ', 1)));
        CHECK(after.value(records.secondAtC).startsWith(QString::number(records.firstId) + QStringLiteral(" ")));
        CHECK(after.value(records.firstAtB) == before.value(records.firstAtB));
    };
    checkMerged();

    edits.undoStack()->undo();
    CHECK(records.registrations() == before);
    CHECK(AttendeeStore(database).find(records.secondId)->email == QStringLiteral("hanako@example.jp"));
    CHECK(AttendeeStore(database).find(records.firstId)->email.isEmpty());

    edits.undoStack()->redo();
    checkMerged();
}

TEST_CASE("A registration moved by a merge counts up its version, so that a badge printed before reads as changed",
          "[PersonMerge][RecordEdits]")
{
    TwoRecords records;
    Database& database = records.file.database();
    RegistrationStore registrations(database);
    const qint64 printedVersion = registrations.find(records.secondAtC)->version;
    RecordEdits edits(database);
    REQUIRE(edits.mergePeople(*PersonMerge::of(database, records.firstId, records.secondId)).ok());
    const qint64 mergedVersion = registrations.find(records.secondAtC)->version;
    CHECK(mergedVersion == printedVersion + 1);
    // Undo moves it back: that is a change too, not the row as it was printed.
    edits.undoStack()->undo();
    CHECK(registrations.find(records.secondAtC)->version == mergedVersion + 1);
    // A registration that does not move keeps its version.
    CHECK(registrations.find(records.firstAtB)->version == 1);
}

TEST_CASE("A merge gives the other record's check-in log lines and receivers to the person kept, and Undo gives "
          "them back",
          "[PersonMerge][RecordEdits]")
{
    TwoRecords records;
    Database& database = records.file.database();
    const QDateTime door(QDate(2027, 2, 12), QTime(4, 5), Qt::UTC);
    CheckInLogEntry line;
    line.seminarId = records.c;
    line.attendeeId = records.secondId;
    line.at = door;
    const qint64 lineId = *CheckInLogStore(database).insert(line);
    ReceiverLoan loan;
    loan.seminarId = records.c;
    loan.attendeeId = records.secondId;
    loan.serial = QStringLiteral("R-07");
    loan.issuedAt = door;
    const qint64 loanId = *ReceiverLoanStore(database).insert(loan);
    const auto holders = [&] {
        const QList<CheckInLogEntry> lines = *CheckInLogStore(database).forSeminar(records.c);
        const QList<ReceiverLoan> loans = *ReceiverLoanStore(database).forSeminar(records.c);
        REQUIRE(lines.size() == 1);
        REQUIRE(loans.size() == 1);
        CHECK(lines.at(0).id == lineId);
        CHECK(loans.at(0).id == loanId);
        CHECK(loans.at(0).serial == QStringLiteral("R-07"));
        CHECK(loans.at(0).isOut());
        return std::pair {lines.at(0).attendeeId, loans.at(0).attendeeId};
    };

    RecordEdits edits(database);
    REQUIRE(edits.mergePeople(*PersonMerge::of(database, records.firstId, records.secondId)).ok());
    CHECK(holders() == std::pair {records.firstId, records.firstId});
    edits.undoStack()->undo();
    CHECK(holders() == std::pair {records.secondId, records.secondId});
    edits.undoStack()->redo();
    CHECK(holders() == std::pair {records.firstId, records.firstId});
}

TEST_CASE("A merge that cannot be saved changes nothing and leaves no step", "[PersonMerge][RecordEdits]")
{
    TwoRecords records;
    Database& database = records.file.database();
    // One record with the family name only, the other with the given name only.
    AttendeeStore attendees(database);
    Attendee first = *attendees.find(records.firstId);
    first.givenName.clear();
    REQUIRE(attendees.update(first).ok());
    Attendee second = *attendees.find(records.secondId);
    second.familyName.clear();
    REQUIRE(attendees.update(second).ok());
    const QMap<qint64, QString> before = records.registrations();
    auto merge = PersonMerge::of(database, records.firstId, records.secondId);
    REQUIRE(merge.ok());
    CHECK(merge->merged().displayName() == QStringLiteral("山田 花子"));
    // The empty side of each name, chosen on purpose: no name is left.
    merge->choose(Field::FamilyName, Side::Other);
    merge->choose(Field::GivenName, Side::Kept);

    RecordEdits edits(database);
    const Status merged = edits.mergePeople(*merge);
    REQUIRE_FALSE(merged.ok());
    CHECK(merged.error() == QStringLiteral("An attendee needs a family name or a given name."));
    CHECK(edits.undoStack()->count() == 0);
    // The registrations removed and moved before the refusal are all back: one transaction.
    CHECK(records.registrations() == before);
    CHECK(AttendeeStore(database).find(records.secondId).ok());
}

TEST_CASE("Two records to merge must be two", "[PersonMerge]")
{
    TwoRecords records;
    auto same = PersonMerge::of(records.file.database(), records.firstId, records.firstId);
    REQUIRE_FALSE(same.ok());
    CHECK(same.error() == QStringLiteral("Choose two different records to merge."));
    auto gone = PersonMerge::of(records.file.database(), records.firstId, 999);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error() == QStringLiteral("There is no attendee with the number 999."));
}

TEST_CASE("Erasing several people is one step, and Undo brings all of them back with their registrations",
          "[RecordEdits]")
{
    TwoRecords records;
    Database& database = records.file.database();
    const QMap<qint64, QString> before = records.registrations();
    RecordEdits edits(database);
    REQUIRE(edits.erasePeople({records.firstId, records.secondId}).ok());
    CHECK(edits.undoStack()->count() == 1);
    CHECK(edits.undoStack()->undoText() == QStringLiteral("Erase 2 People"));
    CHECK(*AttendeeStore(database).count() == 0);
    CHECK(records.registrations().isEmpty());

    edits.undoStack()->undo();
    CHECK(records.registrations() == before);
    CHECK(AttendeeStore(database).find(records.firstId)->familyReading == QStringLiteral("ヤマダ"));
    edits.undoStack()->redo();
    CHECK(*AttendeeStore(database).count() == 0);

    REQUIRE(edits.erasePeople({999}).error() == QStringLiteral("There is no attendee with the number 999."));
    CHECK(edits.undoStack()->count() == 1);
}
