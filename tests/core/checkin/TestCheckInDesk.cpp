#include <catch2/catch.hpp>

#include <QUndoStack>

#include "core/checkin/CheckInDesk.h"
#include "core/data/SqlStatement.h"
#include "core/print/BadgeSelection.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/CheckInLogStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "support/CatchQt.h"
#include "support/SeminarFixture.h"

using namespace sd;
using Outcome = CheckInAnswer::Outcome;
using Action = CheckInLogEntry::Action;
using Prior = CheckInLogEntry::Prior;

namespace {

// A seminar with people in each state, and the desk that checks them in, on a clock of its own.
struct Door : SeminarFixture
{
    QDateTime clock {QDate(2027, 2, 12), QTime(4, 5, 0), Qt::UTC};
    RecordEdits edits {file.database()};
    CheckInDesk desk {file.database(), edits, seminarId, Desk {QStringLiteral("Desk 2"), QStringLiteral("tanaka")},
                      [this] {
                          return clock;
                      }};
    Registered yamada = registerAttendee(makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎"),
                                                      QStringLiteral("ヤマダ"), QStringLiteral("タロウ")));
    Registered sato = registerAttendee(makeAttendee(QStringLiteral("佐藤"), QStringLiteral("花子"),
                                                    QStringLiteral("サトウ"), QStringLiteral("ハナコ")),
                                       Registration::Status::Cancelled);
    Registered garcia = registerAttendee(makeAttendee(QStringLiteral("García"), QStringLiteral("María")),
                                         Registration::Status::Waitlisted);

    Registration registration(qint64 id) { return *RegistrationStore(file.database()).find(id); }
    QString codeOf(qint64 id) { return registration(id).checkInCode; }
    QList<CheckInLogEntry> log() { return *CheckInLogStore(file.database()).forSeminar(seminarId); }
    int undoSteps() const { return edits.undoStack()->count(); }
};

} // namespace

TEST_CASE("A code checks an expected person in: status, time, log and an undo step", "[checkin][desk]")
{
    Door door;
    auto answer = door.desk.checkInCode(door.codeOf(door.yamada.registrationId).toLower());
    REQUIRE(answer.ok());
    CHECK(answer->outcome == Outcome::CheckedIn);
    CHECK(answer->attendee.displayName() == QStringLiteral("山田 太郎"));
    CHECK(answer->prior == Prior::Registered);
    CHECK(answer->message() == QStringLiteral("山田 太郎 checked in."));
    const Registration after = door.registration(door.yamada.registrationId);
    CHECK(after.status == Registration::Status::Attended);
    CHECK(after.checkedInAt == door.clock);
    const QList<CheckInLogEntry> log = door.log();
    REQUIRE(log.size() == 1);
    CHECK(log.at(0).action == Action::CheckIn);
    CHECK(log.at(0).attendeeId == door.yamada.attendeeId);
    CHECK(log.at(0).at == door.clock);
    CHECK(log.at(0).desk == QStringLiteral("Desk 2"));
    CHECK(log.at(0).user == QStringLiteral("tanaka"));
    CHECK(log.at(0).prior == Prior::Registered);
    CHECK(door.undoSteps() == 1);
    CHECK(door.edits.undoStack()->undoText() == QStringLiteral("Check In “山田 太郎”"));
}

TEST_CASE("Someone already checked in is told when and where, and nothing changes", "[checkin][desk]")
{
    Door door;
    const QString code = door.codeOf(door.yamada.registrationId);
    REQUIRE(door.desk.checkInCode(code).ok());
    const QDateTime first = door.clock;
    door.clock = door.clock.addSecs(3600);
    auto again = door.desk.checkInCode(code);
    REQUIRE(again.ok());
    CHECK(again->outcome == Outcome::AlreadyCheckedIn);
    CHECK(again->checkedInAt == first);
    CHECK(again->desk == QStringLiteral("Desk 2"));
    CHECK(again->message().startsWith(QStringLiteral("山田 太郎 is already checked in: at ")));
    CHECK(again->message().endsWith(QStringLiteral(" at Desk 2.")));
    CHECK(door.registration(door.yamada.registrationId).checkedInAt == first);
    CHECK(door.log().size() == 1);
    CHECK(door.undoSteps() == 1);
}

TEST_CASE("Undo takes a check-in back, the log keeps it and records the undo and the redo", "[checkin][desk]")
{
    Door door;
    REQUIRE(door.desk.checkInCode(door.codeOf(door.yamada.registrationId)).ok());
    door.clock = door.clock.addSecs(60);
    door.edits.undoStack()->undo();
    Registration undone = door.registration(door.yamada.registrationId);
    CHECK(undone.status == Registration::Status::Registered);
    CHECK_FALSE(undone.checkedInAt.isValid());
    QList<CheckInLogEntry> log = door.log();
    REQUIRE(log.size() == 2);
    CHECK(log.at(1).action == Action::Undo);
    CHECK(log.at(1).undoes == Action::CheckIn);
    CHECK(log.at(1).at == door.clock);

    door.clock = door.clock.addSecs(60);
    door.edits.undoStack()->redo();
    CHECK(door.registration(door.yamada.registrationId).status == Registration::Status::Attended);
    CHECK(door.registration(door.yamada.registrationId).checkedInAt == door.clock);
    log = door.log();
    REQUIRE(log.size() == 3);
    CHECK(log.at(2).action == Action::CheckIn);
}

TEST_CASE("Cancelled and waitlisted people are told apart, and registered at the door in one step", "[checkin][desk]")
{
    Door door;
    auto cancelled = door.desk.checkInCode(door.codeOf(door.sato.registrationId));
    REQUIRE(cancelled.ok());
    CHECK(cancelled->outcome == Outcome::Cancelled);
    CHECK(cancelled->canRegisterHere());
    auto waitlisted = door.desk.checkIn(door.garcia.registrationId);
    REQUIRE(waitlisted.ok());
    CHECK(waitlisted->outcome == Outcome::Waitlisted);
    CHECK(waitlisted->message() == QStringLiteral("María García is on the waiting list."));
    CHECK(door.log().isEmpty());
    CHECK(door.undoSteps() == 0);

    auto registered = door.desk.registerAndCheckIn(*cancelled);
    REQUIRE(registered.ok());
    CHECK(registered->outcome == Outcome::CheckedIn);
    CHECK(registered->prior == Prior::Cancelled);
    CHECK(registered->message() == QStringLiteral("佐藤 花子 had cancelled: registered again and checked in."));
    CHECK(door.registration(door.sato.registrationId).status == Registration::Status::Attended);
    REQUIRE(door.log().size() == 1);
    CHECK(door.log().at(0).prior == Prior::Cancelled);

    door.edits.undoStack()->undo();
    CHECK(door.registration(door.sato.registrationId).status == Registration::Status::Cancelled);
}

TEST_CASE("A form read before a check-in, its undo or a registration at the door cannot save over it",
          "[checkin][desk][conflict]")
{
    Door door;
    RegistrationStore registrations(door.file.database());
    const auto refusedAfter = [&](qint64 id, const std::function<void()>& change) {
        Registration form = door.registration(id);
        form.receiverNeeded = !form.receiverNeeded;
        change();
        const Registration stored = door.registration(id);
        CHECK(stored.version == form.version + 1);
        Status saved = registrations.update(form);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().contains(QStringLiteral("someone else changed it since it was opened here")));
        CHECK(door.registration(id).status == stored.status);
    };
    refusedAfter(door.yamada.registrationId,
                 [&] { REQUIRE(door.desk.checkInCode(door.codeOf(door.yamada.registrationId)).ok()); });
    CHECK(door.registration(door.yamada.registrationId).status == Registration::Status::Attended);
    refusedAfter(door.yamada.registrationId, [&] { door.edits.undoStack()->undo(); });
    CHECK(door.registration(door.yamada.registrationId).status == Registration::Status::Registered);
    refusedAfter(door.yamada.registrationId, [&] { door.edits.undoStack()->redo(); });
    refusedAfter(door.yamada.registrationId,
                 [&] { REQUIRE(door.desk.undoCheckIn(door.codeOf(door.yamada.registrationId)).ok()); });
    refusedAfter(door.sato.registrationId, [&] {
        auto cancelled = door.desk.checkIn(door.sato.registrationId);
        REQUIRE(cancelled.ok());
        REQUIRE(door.desk.registerAndCheckIn(*cancelled).ok());
    });
    CHECK(door.registration(door.sato.registrationId).status == Registration::Status::Attended);

    // The answer carries the registration as stored: a form opened from it saves.
    auto answer = door.desk.checkIn(door.garcia.registrationId);
    REQUIRE(answer.ok());
    auto registered = door.desk.registerAndCheckIn(*answer);
    REQUIRE(registered.ok());
    Registration fromAnswer = registered->registration;
    CHECK(fromAnswer.version == door.registration(door.garcia.registrationId).version);
    fromAnswer.receiverNeeded = true;
    CHECK(registrations.update(fromAnswer));
}

TEST_CASE("A check-in leaves a printed badge printed, and one changed since printed changed", "[checkin][desk][badge]")
{
    Door door;
    RegistrationStore registrations(door.file.database());
    const SeminarFixture::Registered suzuki
        = door.registerAttendee(makeAttendee(QStringLiteral("鈴木"), QStringLiteral("一郎")));
    const auto changedSincePrinted = [&] {
        QList<qint64> ids;
        REQUIRE(BadgeSelection::ofKind(BadgeSelection::Kind::ChangedSincePrinted)
                    .visit(door.file.database(), door.seminarId, [&](const RegisteredAttendee& row) {
                        ids.append(row.registration.id);
                        return true;
                    }));
        return ids;
    };
    QList<PrintedBadge> printed;
    for (const SeminarFixture::Registered& person : {door.yamada, suzuki}) {
        printed.append(
            PrintedBadge::of(*registrations.findRegisteredAttendee(person.attendeeId, person.registrationId)));
    }
    REQUIRE(registrations.markBadgesPrinted(printed));
    Registration edited = door.registration(suzuki.registrationId);
    edited.receiverNeeded = true;
    REQUIRE(registrations.update(edited));
    CHECK(changedSincePrinted() == QList<qint64> {suzuki.registrationId});

    for (const SeminarFixture::Registered& person : {door.yamada, suzuki})
        REQUIRE(door.desk.checkInCode(door.codeOf(person.registrationId)).ok());
    CHECK(changedSincePrinted() == QList<qint64> {suzuki.registrationId});
    const Registration checkedIn = door.registration(door.yamada.registrationId);
    CHECK(checkedIn.badgePrintedVersion == checkedIn.version);
    CHECK(door.registration(suzuki.registrationId).badgePrintedVersion == printed.at(1).registrationVersion);

    door.edits.undoStack()->undo();
    door.edits.undoStack()->undo();
    CHECK(changedSincePrinted() == QList<qint64> {suzuki.registrationId});
    door.edits.undoStack()->redo();
    CHECK(changedSincePrinted() == QList<qint64> {suzuki.registrationId});

    // A badge never printed stays never printed.
    REQUIRE(door.desk.registerAndCheckIn(*door.desk.checkIn(door.sato.registrationId)).ok());
    CHECK(door.registration(door.sato.registrationId).badgePrintedVersion == 0);
    CHECK(*BadgeSelection::ofKind(BadgeSelection::Kind::NeverPrinted).count(door.file.database(), door.seminarId) == 1);
}

TEST_CASE("Another seminar's badge, an unknown code, and someone in the database not registered", "[checkin][desk]")
{
    Door door;
    Seminar other = makeSeminar(QStringLiteral("Last year's seminar"));
    other.titleJa = QStringLiteral("昨年のセミナー");
    const qint64 otherId = *SeminarStore(door.file.database()).insert(other);
    const qint64 suzuki = *AttendeeStore(door.file.database())
                               .insert(makeAttendee(QStringLiteral("鈴木"), QStringLiteral("一郎"),
                                                    QStringLiteral("スズキ"), QStringLiteral("イチロウ")));
    Registration elsewhere;
    elsewhere.seminarId = otherId;
    elsewhere.attendeeId = suzuki;
    const qint64 elsewhereId = *RegistrationStore(door.file.database()).insert(elsewhere);

    SECTION("a code of another seminar; one step registers them here")
    {
        auto answer = door.desk.checkInCode(door.codeOf(elsewhereId));
        REQUIRE(answer.ok());
        CHECK(answer->outcome == Outcome::OtherSeminar);
        CHECK(answer->otherSeminarId == otherId);
        CHECK(answer->otherSeminarTitle == QStringLiteral("Last year's seminar"));
        CHECK(answer->registration.id == 0);
        auto registered = door.desk.registerAndCheckIn(*answer);
        REQUIRE(registered.ok());
        CHECK(registered->outcome == Outcome::CheckedIn);
        CHECK(registered->prior == Prior::NotRegistered);
        CHECK(registered->registration.seminarId == door.seminarId);
        CHECK(registered->registration.source == Registration::walkInSource());
        REQUIRE(door.log().size() == 1);
        CHECK(door.log().at(0).action == Action::WalkIn);
        CHECK(door.log().at(0).prior == Prior::NotRegistered);
        CHECK(door.desk.counts()->walkIns == 1);

        // Undone, they are not registered here again; the log keeps both lines.
        door.edits.undoStack()->undo();
        CHECK_FALSE(RegistrationStore(door.file.database()).findFor(door.seminarId, suzuki)->has_value());
        CHECK(door.log().size() == 2);
        door.edits.undoStack()->redo();
        CHECK(RegistrationStore(door.file.database()).findFor(door.seminarId, suzuki)->has_value());
    }
    SECTION("registered for both, with the other badge: checked in here")
    {
        Registration here;
        here.seminarId = door.seminarId;
        here.attendeeId = suzuki;
        const qint64 hereId = *RegistrationStore(door.file.database()).insert(here);
        auto answer = door.desk.checkInCode(door.codeOf(elsewhereId));
        REQUIRE(answer.ok());
        CHECK(answer->outcome == Outcome::CheckedIn);
        CHECK(answer->registration.id == hereId);
        CHECK(door.registration(hereId).status == Registration::Status::Attended);
        CHECK(door.registration(elsewhereId).status == Registration::Status::Registered);
    }
    SECTION("an unknown code")
    {
        auto answer = door.desk.checkInCode(QStringLiteral("sd-0000000000"));
        REQUIRE(answer.ok());
        CHECK(answer->outcome == Outcome::UnknownCode);
        CHECK(answer->code == QStringLiteral("SD-0000000000"));
        CHECK(answer->message() == QStringLiteral("No one has the check-in code “SD-0000000000”."));
        auto garbage = door.desk.checkInCode(QStringLiteral("hello"));
        REQUIRE(garbage.ok());
        CHECK(garbage->outcome == Outcome::UnknownCode);
        CHECK(door.undoSteps() == 0);
    }
    SECTION("found by name among everyone, not registered here")
    {
        CHECK(door.desk.matches(QStringLiteral("鈴木"))->total == 0);
        auto people = door.desk.peopleMatching(QStringLiteral("すずき"));
        REQUIRE(people.ok());
        REQUIRE(people->size() == 1);
        auto answer = door.desk.checkInAttendee(people->at(0).id);
        REQUIRE(answer.ok());
        CHECK(answer->outcome == Outcome::NotRegistered);
        CHECK(answer->message() == QStringLiteral("鈴木 一郎 is not registered for this seminar."));
        auto registered = door.desk.registerAndCheckIn(*answer);
        REQUIRE(registered.ok());
        CHECK(registered->outcome == Outcome::CheckedIn);
    }
}

TEST_CASE("A typed name matches by kanji, kana, Latin letters and organisation, in gojuon order", "[checkin][desk]")
{
    Door door;
    for (int i = 0; i < 200; ++i) {
        Attendee attendee
            = makeAttendee(QStringLiteral("山田"), QStringLiteral("次郎%1").arg(i), QStringLiteral("ヤマダ"),
                           QStringLiteral("ジロウ%1").arg(i, 3, 10, QLatin1Char('0')));
        attendee.organisation = QStringLiteral("北九州市");
        door.registerAttendee(attendee);
    }
    auto many = door.desk.matches(QStringLiteral("山田"));
    REQUIRE(many.ok());
    CHECK(many->total == 201);
    REQUIRE(many->rows.size() == CheckInDesk::matchLimit);
    CHECK(many->rows.at(0).attendee.givenReading == QStringLiteral("ジロウ000")); // ジ before タ
    auto one = door.desk.matches(QStringLiteral("やまだ たろう"));
    REQUIRE(one.ok());
    CHECK(one->total == 1);
    CHECK(one->rows.at(0).registration.id == door.yamada.registrationId);
    CHECK(door.desk.matches(QStringLiteral("maría garcía"))->total == 1);
    CHECK(door.desk.matches(QStringLiteral("北九州"))->total == 200);
    CHECK(door.desk.matches(QStringLiteral("   "))->total == 0);
}

TEST_CASE("A walk-in is a new person unless the database knows them, undo takes the new person away",
          "[checkin][desk][walkin]")
{
    Door door;
    Attendee known = makeAttendee(QStringLiteral("高橋"), QStringLiteral("健"), QStringLiteral("タカハシ"),
                                  QStringLiteral("ケン"));
    known.email = QStringLiteral("takahashi@example.jp");
    known.latinName = QStringLiteral("Ken TAKAHASHI");
    const qint64 knownId = *AttendeeStore(door.file.database()).insert(known);

    Attendee sameName = makeAttendee(QStringLiteral("高橋"), QStringLiteral("健"));
    CHECK(door.desk.knownPeople(sameName)->size() == 1);
    Attendee sameMail = makeAttendee(QStringLiteral("Takahashi"), QStringLiteral("K."));
    sameMail.email = QStringLiteral("ＴＡＫＡＨＡＳＨＩ@example.jp");
    CHECK(door.desk.knownPeople(sameMail)->size() == 1);
    Attendee inLatin = makeAttendee(QStringLiteral("Takahashi"), QStringLiteral("Ken"));
    CHECK(door.desk.knownPeople(inLatin)->size() == 1);
    Attendee someoneElse = makeAttendee(QStringLiteral("高橋"), QStringLiteral("健太"));
    CHECK(door.desk.knownPeople(someoneElse)->isEmpty());

    SECTION("the known person is registered, not added again")
    {
        auto answer = door.desk.walkIn(*AttendeeStore(door.file.database()).find(knownId), true);
        REQUIRE(answer.ok());
        CHECK(answer->outcome == Outcome::CheckedIn);
        CHECK(answer->attendee.id == knownId);
        CHECK(answer->registration.receiverNeeded);
        CHECK(*AttendeeStore(door.file.database()).count() == 4);
    }
    SECTION("a new person is added, registered at the door and checked in")
    {
        Attendee person = someoneElse;
        person.organisation = QStringLiteral("Walk-in Ltd.");
        auto answer = door.desk.walkIn(person, false);
        REQUIRE(answer.ok());
        CHECK(answer->outcome == Outcome::CheckedIn);
        CHECK(answer->prior == Prior::NewPerson);
        CHECK(answer->message() == QStringLiteral("高橋 健太 registered at the door and checked in."));
        const qint64 newId = answer->attendee.id;
        CHECK(newId > knownId);
        CHECK(door.edits.undoStack()->undoText() == QStringLiteral("Walk-in “高橋 健太”"));
        const ArrivalCounts counts = *door.desk.counts();
        CHECK(counts.expected == 2);
        CHECK(counts.checkedIn == 1);
        CHECK(counts.walkIns == 1);
        CHECK(counts.notArrived() == 1);

        door.edits.undoStack()->undo();
        CHECK_FALSE(AttendeeStore(door.file.database()).find(newId).ok());
        QList<CheckInLogEntry> log = door.log();
        REQUIRE(log.size() == 2);
        CHECK(log.at(0).attendeeId == 0); // unnamed: the person is gone, the day's line stays
        CHECK(log.at(1).action == Action::Undo);
        door.edits.undoStack()->redo();
        CHECK(AttendeeStore(door.file.database()).find(newId)->organisation == QStringLiteral("Walk-in Ltd."));
        CHECK(door.desk.counts()->walkIns == 1);
    }
    SECTION("a walk-in without a name is refused")
    {
        auto answer = door.desk.walkIn(Attendee(), false);
        CHECK_FALSE(answer.ok());
        CHECK(answer.error() == QStringLiteral("An attendee needs a family name or a given name."));
    }
}

TEST_CASE("The command line's undo takes back a check-in as the log recorded it", "[checkin][desk]")
{
    Door door;
    const QString code = door.codeOf(door.sato.registrationId);
    REQUIRE(door.desk.registerAndCheckIn(*door.desk.checkInCode(code)).ok());
    RecordEdits later(door.file.database()); // another run of the command: a fresh undo stack
    CheckInDesk desk(door.file.database(), later, door.seminarId, Desk::named(QStringLiteral("Desk 1")));
    auto undone = desk.undoCheckIn(code);
    REQUIRE(undone.ok());
    CHECK(undone->outcome == Outcome::Undone);
    CHECK(door.registration(door.sato.registrationId).status == Registration::Status::Cancelled);
    const QList<CheckInLogEntry> log = door.log();
    REQUIRE(log.size() == 2);
    CHECK(log.at(1).action == Action::Undo);
    CHECK(log.at(1).desk == QStringLiteral("Desk 1"));
    auto twice = desk.undoCheckIn(code);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error() == QStringLiteral("佐藤 花子 is not checked in: nothing to undo."));
    CHECK_FALSE(desk.undoCheckIn(QStringLiteral("SD-0000000000")).ok());
}

TEST_CASE("Counts follow every check-in, per category on demand", "[checkin][desk]")
{
    Door door;
    Attendee speaker = makeAttendee(QStringLiteral("Smith"), QStringLiteral("Anna"));
    speaker.category = QStringLiteral("speaker");
    const auto smith = door.registerAttendee(speaker);
    ArrivalCounts counts = *door.desk.counts();
    CHECK(counts.expected == 2); // 山田 and Smith; cancelled and waitlisted are not expected
    CHECK(counts.checkedIn == 0);
    REQUIRE(door.desk.checkIn(smith.registrationId).ok());
    counts = *door.desk.counts();
    CHECK(counts.checkedIn == 1);
    CHECK(counts.notArrived() == 1);
    const QList<ArrivalCounts> categories = *door.desk.countsByCategory();
    REQUIRE(categories.size() == 2);
    CHECK(categories.at(0).category == QStringLiteral("participant"));
    CHECK(categories.at(0).expected == 1);
    CHECK(categories.at(0).checkedIn == 0);
    CHECK(categories.at(1).category == QStringLiteral("speaker"));
    CHECK(categories.at(1).checkedIn == 1);
    door.edits.undoStack()->undo();
    CHECK(door.desk.counts()->checkedIn == 0);
}

TEST_CASE("Erasing a person unnames their log lines, undoing the erasure names them again", "[checkin][desk]")
{
    Door door;
    REQUIRE(door.desk.checkIn(door.yamada.registrationId).ok());
    REQUIRE(door.edits.erasePeople({door.yamada.attendeeId}).ok());
    REQUIRE(door.log().size() == 1);
    CHECK(door.log().at(0).attendeeId == 0);
    door.edits.undoStack()->undo();
    CHECK(door.log().at(0).attendeeId == door.yamada.attendeeId);
    CHECK(door.registration(door.yamada.registrationId).status == Registration::Status::Attended);
}

TEST_CASE("Deleting a seminar takes its log with it, and undoing the deletion brings it back", "[checkin][desk]")
{
    Door door;
    REQUIRE(door.desk.checkIn(door.yamada.registrationId).ok());
    REQUIRE(door.edits.deleteSeminar(door.seminarId).ok());
    CHECK(door.log().isEmpty());
    door.edits.undoStack()->undo();
    REQUIRE(door.log().size() == 1);
    CHECK(door.log().at(0).action == Action::CheckIn);
}
