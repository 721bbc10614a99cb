#include <catch2/catch.hpp>

#include <QFile>
#include <QUndoStack>

#include "core/data/Database.h"
#include "core/settings/Translations.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/BoothStore.h"
#include "core/stores/ContactStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "core/stores/VenueStore.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

Contact makeContact(const QString& name)
{
    Contact contact;
    contact.name = name;
    return contact;
}

} // namespace

TEST_CASE("RecordEdits undoes and redoes an edit", "[RecordEdits]")
{
    TestDatabaseFile file;
    RecordEdits edits(file.database());
    auto seminarId = edits.addSeminar(makeSeminar(QStringLiteral("Before")), {});
    REQUIRE(seminarId.ok());
    Seminar seminar = *SeminarStore(file.database()).find(*seminarId);
    seminar.titleEn = QStringLiteral("After");
    REQUIRE(edits.editSeminar(seminar, {}).ok());
    CHECK(edits.undoStack()->undoText() == QStringLiteral("Edit Seminar “After”"));

    edits.undoStack()->undo();
    CHECK(SeminarStore(file.database()).find(*seminarId)->titleEn == QStringLiteral("Before"));
    edits.undoStack()->redo();
    CHECK(SeminarStore(file.database()).find(*seminarId)->titleEn == QStringLiteral("After"));
    edits.undoStack()->undo();
    edits.undoStack()->undo();
    CHECK_FALSE(SeminarStore(file.database()).find(*seminarId).ok());
    edits.undoStack()->redo();
    CHECK(SeminarStore(file.database()).find(*seminarId)->titleEn == QStringLiteral("Before"));
}

TEST_CASE("RecordEdits names its steps again in the language the program speaks", "[RecordEdits][translation]")
{
    TestDatabaseFile file;
    RecordEdits edits(file.database());
    Seminar seminar = makeSeminar(QStringLiteral("Team Kitakyushu Seminar"));
    seminar.titleJa = QStringLiteral("チーム北九州セミナー");
    REQUIRE(edits.addSeminar(seminar, {}).ok());
    CHECK(edits.undoStack()->undoText() == QStringLiteral("Add Seminar “Team Kitakyushu Seminar”"));
    int renamed = 0;
    QObject::connect(&edits, &RecordEdits::retranslated, [&renamed] { ++renamed; });

    Translations::install(QStringLiteral("ja"));
    edits.retranslate();
    const QString japanese = edits.undoStack()->undoText();
    // In Japanese, the seminar is named by its Japanese title.
    const QString expected = QCoreApplication::translate("sd::RecordEdits", "Add Seminar “%1”")
                                 .arg(QStringLiteral("チーム北九州セミナー"));
    Translations::install(QStringLiteral("en"));
    edits.retranslate();

    CHECK(expected.startsWith(QStringLiteral("セミナー")));
    CHECK(japanese == expected);
    CHECK(edits.undoStack()->undoText() == QStringLiteral("Add Seminar “Team Kitakyushu Seminar”"));
    CHECK(renamed == 2);
}

TEST_CASE("RecordEdits refuses an invalid record without a step", "[RecordEdits]")
{
    TestDatabaseFile file;
    RecordEdits edits(file.database());
    Seminar seminar = makeSeminar();
    seminar.endsAt = seminar.startsAt.addSecs(-60);
    auto added = edits.addSeminar(seminar, {});
    CHECK_FALSE(added.ok());
    CHECK(added.error() == QStringLiteral("The seminar ends before it starts."));
    CHECK(edits.undoStack()->count() == 0);
}

TEST_CASE("Undoing the erasure of an attendee brings back the same ids and registrations", "[RecordEdits]")
{
    TestDatabaseFile file;
    RecordEdits edits(file.database());
    const qint64 first = *SeminarStore(file.database()).insert(makeSeminar(QStringLiteral("First")));
    const qint64 second = *SeminarStore(file.database()).insert(makeSeminar(QStringLiteral("Second")));
    Registration registration;
    registration.seminarId = first;
    registration.receiverNeeded = true;
    auto registrationId = edits.addRegisteredAttendee(makeAttendee(QStringLiteral("山田"), QStringLiteral("花子"),
                                                                   QStringLiteral("やまだ"), QStringLiteral("はなこ")),
                                                      registration);
    REQUIRE(registrationId.ok());
    RegistrationStore registrations(file.database());
    const Registration stored = *registrations.find(*registrationId);
    Registration other;
    other.seminarId = second;
    other.attendeeId = stored.attendeeId;
    const qint64 otherId = *registrations.insert(other);

    REQUIRE(edits.erasePeople({stored.attendeeId}).ok());
    CHECK_FALSE(AttendeeStore(file.database()).find(stored.attendeeId).ok());
    CHECK(registrations.forAttendee(stored.attendeeId)->isEmpty());

    edits.undoStack()->undo();
    REQUIRE(AttendeeStore(file.database()).find(stored.attendeeId).ok());
    CHECK(AttendeeStore(file.database()).find(stored.attendeeId)->familyReading == QStringLiteral("ヤマダ"));
    const auto back = *registrations.forAttendee(stored.attendeeId);
    REQUIRE(back.size() == 2);
    CHECK(back.at(0).id == *registrationId);
    CHECK(back.at(0).checkInCode == stored.checkInCode);
    CHECK(back.at(0).receiverNeeded);
    CHECK(back.at(1).id == otherId);

    edits.undoStack()->redo();
    CHECK_FALSE(AttendeeStore(file.database()).find(stored.attendeeId).ok());
}

TEST_CASE("Undoing the deletion of a seminar restores its registrations, booths, shifts and contacts", "[RecordEdits]")
{
    TestDatabaseFile file;
    RecordEdits edits(file.database());
    const Database& database = file.database();
    const qint64 seminarId = *SeminarStore(database).insert(makeSeminar());
    const qint64 attendeeId
        = *AttendeeStore(database).insert(makeAttendee(QStringLiteral("Lee"), QStringLiteral("Ana")));
    Registration registration;
    registration.seminarId = seminarId;
    registration.attendeeId = attendeeId;
    const qint64 registrationId = *RegistrationStore(database).insert(registration);
    const qint64 interpreterId = *ContactStore(database).insert(makeContact(QStringLiteral("Interpreter")));
    REQUIRE(ContactStore(database).link(seminarId, interpreterId, Contact::Role::Interpreter).ok());
    Booth booth;
    booth.seminarId = seminarId;
    booth.name = QStringLiteral("Japanese ⇔ English");
    InterpreterShift shift;
    shift.contactId = interpreterId;
    shift.startsAt = QDateTime(QDate(2027, 2, 12), QTime(13, 30));
    shift.endsAt = QDateTime(QDate(2027, 2, 12), QTime(14, 0));
    auto boothId = edits.addBooth(booth, {shift});
    REQUIRE(boothId.ok());

    REQUIRE(edits.deleteSeminar(seminarId).ok());
    CHECK_FALSE(BoothStore(database).find(*boothId).ok());
    edits.undoStack()->undo();
    CHECK(SeminarStore(database).find(seminarId).ok());
    CHECK(RegistrationStore(database).find(registrationId)->attendeeId == attendeeId);
    CHECK(BoothStore(database).find(*boothId)->name == booth.name);
    REQUIRE(BoothStore(database).shifts(*boothId)->size() == 1);
    CHECK(BoothStore(database).shifts(*boothId)->at(0).contactId == interpreterId);
    CHECK(ContactStore(database).forSeminar(seminarId, Contact::Role::Interpreter)->size() == 1);
}

TEST_CASE("Undoing the deletion of a contact restores links and shifts", "[RecordEdits]")
{
    TestDatabaseFile file;
    RecordEdits edits(file.database());
    const Database& database = file.database();
    const qint64 seminarId = *SeminarStore(database).insert(makeSeminar());
    auto contactId = edits.addContact(makeContact(QStringLiteral("八幡")));
    REQUIRE(contactId.ok());
    REQUIRE(edits.linkContact(seminarId, *contactId, Contact::Role::Enquiries).ok());
    Booth booth;
    booth.seminarId = seminarId;
    booth.name = QStringLiteral("Booth");
    InterpreterShift shift;
    shift.contactId = *contactId;
    shift.startsAt = QDateTime(QDate(2027, 2, 12), QTime(13, 30));
    shift.endsAt = QDateTime(QDate(2027, 2, 12), QTime(14, 0));
    REQUIRE(edits.addBooth(booth, {shift}).ok());

    REQUIRE(edits.deleteContact(*contactId).ok());
    CHECK(edits.undoStack()->undoText() == QStringLiteral("Delete Contact “八幡”"));
    edits.undoStack()->undo();
    CHECK(ContactStore(database).find(*contactId)->name == QStringLiteral("八幡"));
    CHECK(ContactStore(database).forSeminar(seminarId, Contact::Role::Enquiries)->size() == 1);
    CHECK(BoothStore(database).shiftsOfInterpreter(*contactId)->size() == 1);
}

TEST_CASE("A venue in use cannot be deleted and leaves no step", "[RecordEdits]")
{
    TestDatabaseFile file;
    RecordEdits edits(file.database());
    Venue venue;
    venue.name = QStringLiteral("Hall");
    auto venueId = edits.addVenue(venue);
    REQUIRE(venueId.ok());
    Seminar seminar = makeSeminar();
    seminar.venueId = *venueId;
    REQUIRE(edits.addSeminar(seminar, {}).ok());
    const int steps = edits.undoStack()->count();
    CHECK_FALSE(edits.deleteVenue(*venueId).ok());
    CHECK(edits.undoStack()->count() == steps);
}

TEST_CASE("A step that can no longer be undone reports why", "[RecordEdits]")
{
    TestDatabaseFile file;
    RecordEdits edits(file.database());
    auto seminarId = edits.addSeminar(makeSeminar(), {});
    REQUIRE(seminarId.ok());
    REQUIRE(SeminarStore(file.database()).remove(*seminarId).ok());
    QString reported;
    QObject::connect(&edits, &RecordEdits::failed, [&reported](const QString& message) { reported = message; });
    edits.undoStack()->undo();
    CHECK(reported == QStringLiteral("Could not delete the seminar: The seminar no longer exists."));
}

TEST_CASE("BoothStore refuses a receiver channel used by another booth", "[RecordEdits]")
{
    Booth first;
    first.id = 1;
    first.seminarId = 7;
    first.name = QStringLiteral("English");
    first.channel = 2;
    Booth second = first;
    second.id = 0;
    second.name = QStringLiteral("Chinese");
    CHECK(BoothStore::validationError(second, {first})
          == QStringLiteral("Receiver channel 2 is already used by the booth “English”."));
    second.channel = 3;
    CHECK(BoothStore::validationError(second, {first}).isEmpty());
    CHECK(BoothStore::validationError(first, {first}).isEmpty());
}

TEST_CASE("A CSV import is one step: undo takes out what it added and filled in, redo puts it back",
          "[RecordEdits][csv]")
{
    TestDatabaseFile file;
    RecordEdits edits(file.database());
    const qint64 seminarId = *SeminarStore(file.database()).insert(makeSeminar());
    // Stored before: a person the file completes (a phone number) and registers.
    Attendee known = makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("ヤマダ"),
                                  QStringLiteral("タロウ"));
    known.email = QStringLiteral("taro@example.jp");
    const qint64 knownId = *AttendeeStore(file.database()).insert(known);
    const QString path = file.folder() + QStringLiteral("/list.csv");
    QFile csv(path);
    REQUIRE(csv.open(QIODevice::WriteOnly));
    // Line 4 completes the person line 3 adds: that is part of adding her, not a change to undo apart.
    csv.write(QStringLiteral("氏名,メールアドレス,電話番号\r\n山田 太郎,taro@example.jp,093-000-0001\r\n"
                             "佐藤 花子,hanako@example.jp,\r\n佐藤 花子,hanako@example.jp,093-000-0002\r\n")
                  .toUtf8());
    csv.close();

    const ImportReport report = edits.importCsv(CsvImporter(file.database(), seminarId, {}), path);
    REQUIRE(report.applied);
    CHECK(report.changes.addedAttendeeIds.size() == 1);
    CHECK(report.changes.addedRegistrationIds.size() == 2);
    CHECK(report.changes.completedAttendees.size() == 1);
    CHECK(report.attendeesUpdated == 1);
    CHECK(edits.undoStack()->count() == 1);
    CHECK(edits.undoStack()->undoText() == QStringLiteral("Import “list.csv”"));
    AttendeeStore attendees(file.database());
    RegistrationStore registrations(file.database());
    const qint64 addedId = report.changes.addedAttendeeIds.first();
    const Attendee added = *attendees.find(addedId);
    CHECK(added.phone == QStringLiteral("093-000-0002"));
    const QList<Registration> imported = *registrations.forSeminar(seminarId);
    REQUIRE(imported.size() == 2);
    CHECK(attendees.find(knownId)->phone == QStringLiteral("093-000-0001"));

    edits.undoStack()->undo();
    CHECK(*attendees.count() == 1);
    CHECK_FALSE(attendees.find(addedId).ok());
    CHECK(attendees.find(knownId)->phone.isEmpty()); // as it was before the import
    CHECK(attendees.find(knownId)->email == QStringLiteral("taro@example.jp"));
    CHECK(registrations.forSeminar(seminarId)->isEmpty());

    edits.undoStack()->redo();
    CHECK(attendees.find(addedId)->displayName() == added.displayName());
    CHECK(attendees.find(addedId)->phone == QStringLiteral("093-000-0002"));
    CHECK(attendees.find(knownId)->phone == QStringLiteral("093-000-0001"));
    const QList<Registration> back = *registrations.forSeminar(seminarId);
    REQUIRE(back.size() == 2);
    for (qsizetype i = 0; i < back.size(); ++i) {
        CHECK(back.at(i).id == imported.at(i).id);
        CHECK(back.at(i).attendeeId == imported.at(i).attendeeId);
        CHECK(back.at(i).checkInCode == imported.at(i).checkInCode);
        CHECK(back.at(i).source == QStringLiteral("import:list.csv"));
    }

    // A file that cannot be imported leaves no step.
    QFile broken(path);
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("氏名,メール\r\n\"open\r\n");
    broken.close();
    CHECK_FALSE(edits.importCsv(CsvImporter(file.database(), seminarId, {}), path).applied);
    CHECK(edits.undoStack()->count() == 1);
}

TEST_CASE("Undo and redo of an attendee's edit are refused once another desk changed the person",
          "[RecordEdits][desks]")
{
    TestDatabaseFile file;
    RecordEdits edits(file.database());
    const qint64 id = *edits.addAttendee(makeAttendee(QStringLiteral("山田"), QStringLiteral("花子")));
    Attendee edited = *AttendeeStore(file.database()).find(id);
    edited.organisation = QStringLiteral("Mine");
    REQUIRE(edits.editAttendee(edited).ok());
    // Undo and redo go on working over this desk's own changes.
    edits.undoStack()->undo();
    CHECK(AttendeeStore(file.database()).find(id)->organisation.isEmpty());
    edits.undoStack()->redo();
    CHECK(AttendeeStore(file.database()).find(id)->organisation == QStringLiteral("Mine"));

    auto other = file.openAnother();
    REQUIRE(other.ok());
    Attendee theirs = *AttendeeStore(**other).find(id);
    theirs.organisation = QStringLiteral("Theirs");
    REQUIRE(AttendeeStore(**other).update(theirs).ok());
    QStringList failures;
    QObject::connect(&edits, &RecordEdits::failed, [&failures](const QString& message) { failures.append(message); });
    edits.undoStack()->undo();
    REQUIRE(failures.size() == 1);
    CHECK(failures.constFirst().contains(QStringLiteral("someone else changed it")));
    CHECK(AttendeeStore(file.database()).find(id)->organisation == QStringLiteral("Theirs"));
}

TEST_CASE("An edit of an attendee made from an old reading is refused without a step", "[RecordEdits][desks]")
{
    TestDatabaseFile file;
    RecordEdits edits(file.database());
    const qint64 id = *edits.addAttendee(makeAttendee(QStringLiteral("山田"), QStringLiteral("花子")));
    Attendee mine = *AttendeeStore(file.database()).find(id);
    auto other = file.openAnother();
    REQUIRE(other.ok());
    Attendee theirs = *AttendeeStore(**other).find(id);
    theirs.organisation = QStringLiteral("Theirs");
    REQUIRE(AttendeeStore(**other).update(theirs).ok());
    mine.organisation = QStringLiteral("Mine");
    CHECK_FALSE(edits.editAttendee(mine).ok());
    CHECK(edits.undoStack()->count() == 1);
    CHECK(AttendeeStore(file.database()).find(id)->organisation == QStringLiteral("Theirs"));
}

TEST_CASE("Undoing an import leaves a person another desk changed after it, and says so", "[RecordEdits][desks][csv]")
{
    TestDatabaseFile file;
    RecordEdits edits(file.database());
    const qint64 seminarId = *SeminarStore(file.database()).insert(makeSeminar());
    Attendee known = makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("ヤマダ"),
                                  QStringLiteral("タロウ"));
    known.email = QStringLiteral("taro@example.jp");
    const qint64 knownId = *AttendeeStore(file.database()).insert(known);
    const QString path = file.folder() + QStringLiteral("/list.csv");
    QFile csv(path);
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write(QStringLiteral("氏名,メールアドレス,電話番号\r\n山田 太郎,taro@example.jp,093-000-0001\r\n").toUtf8());
    csv.close();
    REQUIRE(edits.importCsv(CsvImporter(file.database(), seminarId, {}), path).applied);
    CHECK(AttendeeStore(file.database()).find(knownId)->phone == QStringLiteral("093-000-0001"));

    // Another desk corrects the phone number the import filled in.
    auto other = file.openAnother();
    REQUIRE(other.ok());
    Attendee theirs = *AttendeeStore(**other).find(knownId);
    theirs.phone = QStringLiteral("093-681-1563");
    REQUIRE(AttendeeStore(**other).update(theirs).ok());

    QStringList failures;
    QObject::connect(&edits, &RecordEdits::failed, [&failures](const QString& message) { failures.append(message); });
    edits.undoStack()->undo();
    REQUIRE(failures.size() == 1);
    CHECK(failures.constFirst().contains(QStringLiteral("someone else changed it")));
    // Nothing of the undo stands: their correction and the import's registration are both there.
    CHECK(AttendeeStore(file.database()).find(knownId)->phone == QStringLiteral("093-681-1563"));
    CHECK(RegistrationStore(file.database()).forSeminar(seminarId)->size() == 1);
}

TEST_CASE("Undo and redo of an import go on over the import's own versions", "[RecordEdits][csv]")
{
    TestDatabaseFile file;
    RecordEdits edits(file.database());
    const qint64 seminarId = *SeminarStore(file.database()).insert(makeSeminar());
    Attendee known = makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎"));
    known.email = QStringLiteral("taro@example.jp");
    const qint64 knownId = *AttendeeStore(file.database()).insert(known);
    const QString path = file.folder() + QStringLiteral("/list.csv");
    QFile csv(path);
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write(QStringLiteral("氏名,メールアドレス,電話番号\r\n山田 太郎,taro@example.jp,093-000-0001\r\n").toUtf8());
    csv.close();
    REQUIRE(edits.importCsv(CsvImporter(file.database(), seminarId, {}), path).applied);
    AttendeeStore attendees(file.database());
    for (int round = 0; round < 2; ++round) {
        edits.undoStack()->undo();
        CHECK(attendees.find(knownId)->phone.isEmpty());
        edits.undoStack()->redo();
        CHECK(attendees.find(knownId)->phone == QStringLiteral("093-000-0001"));
    }
}
