#include <catch2/catch.hpp>

#include <QFile>
#include <QUndoStack>

#include "core/checkin/ReceiverDesk.h"
#include "core/stores/CheckInLogStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "support/CatchQt.h"
#include "support/SeminarFixture.h"

using namespace sd;
using Deposit = ReceiverLoan::Deposit;
using Action = CheckInLogEntry::Action;

namespace {

struct Receivers : SeminarFixture
{
    QDateTime clock {QDate(2027, 2, 12), QTime(4, 0, 0), Qt::UTC};
    RecordEdits edits {file.database()};
    ReceiverDesk desk {file.database(), edits, seminarId, Desk {QStringLiteral("Desk 1"), QStringLiteral("sato")},
                       [this] {
                           return clock;
                       }};
    Registered yamada = registerAttendee(makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎"),
                                                      QStringLiteral("ヤマダ"), QStringLiteral("タロウ")));
    Registered abe = registerAttendee(
        makeAttendee(QStringLiteral("阿部"), QStringLiteral("葵"), QStringLiteral("アベ"), QStringLiteral("アオイ")));
    Registered smith = registerAttendee(makeAttendee(QStringLiteral("Smith"), QStringLiteral("Anna")));
    Registered cancelled = registerAttendee(makeAttendee(QStringLiteral("Cancel"), QStringLiteral("Carl")),
                                            Registration::Status::Cancelled);

    QString codeOf(const Registered& person)
    {
        return RegistrationStore(file.database()).find(person.registrationId)->checkInCode;
    }
    void setCount(int count, const QList<Receiver>& numbered = {})
    {
        ReceiverInventory inventory = *desk.inventory();
        inventory.count = count;
        inventory.numbered = numbered;
        REQUIRE(desk.setInventory(inventory).ok());
    }
};

Receiver numbered(const QString& serial, int channel = 0)
{
    Receiver receiver;
    receiver.serial = serial;
    receiver.channel = channel;
    return receiver;
}

} // namespace

TEST_CASE("Receivers are issued against a deposit, counted, and taken back by code", "[receivers]")
{
    Receivers door;
    door.setCount(2);
    auto lent = door.desk.issueByCode(door.codeOf(door.yamada), QString(), Deposit::IdCard);
    REQUIRE(lent.ok());
    CHECK(lent->holder.id == door.yamada.attendeeId);
    CHECK(lent->loan.deposit == Deposit::IdCard);
    CHECK(lent->loan.issuedAt == door.clock);
    ReceiverCounts counts = *door.desk.counts();
    CHECK(counts.inventory == 2);
    CHECK(counts.issued == 1);
    CHECK(counts.outstanding() == 1);
    CHECK(counts.available() == 1);

    auto again = door.desk.issueByCode(door.codeOf(door.yamada), QString(), Deposit::None);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().startsWith(QStringLiteral("山田 太郎 has a receiver already")));
    REQUIRE(door.desk.issue(door.abe.registrationId, QString(), Deposit::BusinessCard).ok());
    auto none = door.desk.issue(door.smith.registrationId, QString(), Deposit::None);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error() == QStringLiteral("All 2 receiver(s) are out."));
    auto notComing = door.desk.issue(door.cancelled.registrationId, QString(), Deposit::None);
    REQUIRE_FALSE(notComing.ok());
    CHECK(notComing.error() == QStringLiteral("Carl Cancel is cancelled for this seminar: check them in first."));

    door.clock = door.clock.addSecs(3 * 3600);
    auto back = door.desk.takeBackByCode(door.codeOf(door.yamada).toLower());
    REQUIRE(back.ok());
    CHECK(back->loan.deposit == Deposit::IdCard); // what to hand back
    CHECK(back->loan.returnedAt == door.clock);
    counts = *door.desk.counts();
    CHECK(counts.issued == 2);
    CHECK(counts.returned == 1);
    CHECK(counts.outstanding() == 1);
    auto twice = door.desk.takeBackByCode(door.codeOf(door.yamada));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error() == QStringLiteral("山田 太郎 has no receiver out."));

    const QList<CheckInLogEntry> log = *CheckInLogStore(door.file.database()).forSeminar(door.seminarId);
    REQUIRE(log.size() == 3);
    CHECK(log.at(0).action == Action::ReceiverIssued);
    CHECK(log.at(0).deposit == QStringLiteral("id_card"));
    CHECK(log.at(0).desk == QStringLiteral("Desk 1"));
    CHECK(log.at(2).action == Action::ReceiverReturned);
}

TEST_CASE("Numbered receivers: only the seminar's, each out once, returned by number or name", "[receivers]")
{
    Receivers door;
    door.setCount(3,
                  {numbered(QStringLiteral("R-001"), 1), numbered(QStringLiteral("R-002"), 1),
                   numbered(QStringLiteral("R-003"), 2)});
    auto unknown = door.desk.issue(door.yamada.registrationId, QStringLiteral("R-999"), Deposit::None);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error() == QStringLiteral("This seminar has no receiver numbered “R-999”."));
    REQUIRE(door.desk.issue(door.yamada.registrationId, QStringLiteral("R-002"), Deposit::None).ok());
    auto taken = door.desk.issue(door.abe.registrationId, QStringLiteral("R-002"), Deposit::None);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error() == QStringLiteral("The receiver “R-002” is out already: take it back first."));
    REQUIRE(door.desk.issue(door.abe.registrationId, QStringLiteral("R-003"), Deposit::None).ok());
    REQUIRE(door.desk.issue(door.smith.registrationId, QStringLiteral("R-001"), Deposit::None).ok());

    const QList<LentReceiver> out = *door.desk.outstanding();
    REQUIRE(out.size() == 3);
    // As the attendee list sorts: Latin letters, then readings in gojuon order.
    CHECK(out.at(0).holder.familyName == QStringLiteral("Smith"));
    CHECK(out.at(1).holder.familyName == QStringLiteral("阿部"));
    CHECK(out.at(2).holder.familyName == QStringLiteral("山田"));
    CHECK(out.at(2).loan.serial == QStringLiteral("R-002"));
    CHECK(out.at(2).checkInCode == door.codeOf(door.yamada));

    auto bySerial = door.desk.takeBackBySerial(QStringLiteral(" R-002 "));
    REQUIRE(bySerial.ok());
    CHECK(bySerial->holder.id == door.yamada.attendeeId);
    CHECK_FALSE(door.desk.takeBackBySerial(QStringLiteral("R-002")).ok());
    const QList<LentReceiver> holders = *door.desk.holdersMatching(QStringLiteral("あべ"));
    REQUIRE(holders.size() == 1);
    REQUIRE(door.desk.takeBackFrom(holders.at(0).holder.id).ok());
    CHECK(door.desk.holdersMatching(QStringLiteral("smith"))->size() == 1);
    CHECK(door.desk.holdersMatching(QStringLiteral("山田"))->isEmpty()); // returned already
    CHECK(door.desk.outstanding()->size() == 1);
}

TEST_CASE("Issuing and returning are undone and redone on the desk's stack", "[receivers]")
{
    Receivers door;
    door.setCount(5);
    REQUIRE(door.desk.issue(door.yamada.registrationId, QStringLiteral("7"), Deposit::None).ok());
    REQUIRE(door.desk.takeBackFrom(door.yamada.attendeeId).ok());
    QUndoStack& stack = *door.edits.undoStack();
    CHECK(stack.undoText() == QStringLiteral("Take Back the Receiver of “山田 太郎”"));
    stack.undo(); // the return
    CHECK(door.desk.counts()->outstanding() == 1);
    stack.undo(); // the issue
    CHECK(door.desk.counts()->issued == 0);
    stack.redo();
    stack.redo();
    CHECK(door.desk.counts()->issued == 1);
    CHECK(door.desk.counts()->returned == 1);
    // The log has every step, the undos among them.
    CHECK(CheckInLogStore(door.file.database()).forSeminar(door.seminarId)->size() == 6);
}

TEST_CASE("The inventory holds at least its numbered receivers and those out", "[receivers]")
{
    Receivers door;
    CHECK_FALSE(door.desk.issue(door.yamada.registrationId, QString(), Deposit::None).ok());
    auto tooFew = door.desk.setInventory({1, {numbered(QStringLiteral("A")), numbered(QStringLiteral("B"))}});
    REQUIRE_FALSE(tooFew.ok());
    CHECK(tooFew.error() == QStringLiteral("2 receiver(s) are numbered: the seminar has at least that many."));
    auto twice = door.desk.setInventory({2, {numbered(QStringLiteral("A")), numbered(QStringLiteral("A"))}});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error() == QStringLiteral("The receiver number “A” is listed twice."));
    door.setCount(2);
    REQUIRE(door.desk.issue(door.yamada.registrationId, QString(), Deposit::None).ok());
    REQUIRE(door.desk.issue(door.abe.registrationId, QString(), Deposit::None).ok());
    auto belowOut = door.desk.setInventory({1, {}});
    REQUIRE_FALSE(belowOut.ok());
    CHECK(belowOut.error() == QStringLiteral("2 receiver(s) are out now: the seminar has at least that many."));
    door.edits.undoStack()->undo();
    door.edits.undoStack()->undo();
    door.edits.undoStack()->undo(); // the inventory of 2
    CHECK(door.desk.inventory()->count == 0);
}

TEST_CASE("A list of receiver numbers is read with its channels, and a bad line is named", "[receivers]")
{
    Receivers door;
    const QString path = door.file.folder() + QStringLiteral("/receivers.txt");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("# our receivers\nR-001,1\nR-002\t2\n\nR-003 2\nR-004\n");
    file.close();
    auto list = ReceiverDesk::readReceiverList(path);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 4);
    CHECK(list->at(0).serial == QStringLiteral("R-001"));
    CHECK(list->at(0).channel == 1);
    CHECK(list->at(1).channel == 2);
    CHECK(list->at(3).channel == 0);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("R-001,1\nR-002,two\n");
    file.close();
    auto bad = ReceiverDesk::readReceiverList(path);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().contains(QStringLiteral("line 2")));
}

TEST_CASE("Two desks cannot both lend the last receiver", "[receivers][desks]")
{
    Receivers door;
    door.setCount(1);
    auto other = door.file.openAnother();
    REQUIRE(other.ok());
    RecordEdits otherEdits(**other);
    ReceiverDesk otherDesk(**other, otherEdits, door.seminarId, Desk::named(QStringLiteral("Desk 2")));
    REQUIRE(door.desk.issue(door.yamada.registrationId, QString(), Deposit::None).ok());
    auto late = otherDesk.issue(door.abe.registrationId, QString(), Deposit::None);
    REQUIRE_FALSE(late.ok());
    CHECK(late.error() == QStringLiteral("All 1 receiver(s) are out."));
}

TEST_CASE("Two desks setting the receivers: the second is refused, and so is an undo over the other's",
          "[receivers][desks]")
{
    Receivers door;
    door.setCount(10);
    auto other = door.file.openAnother();
    REQUIRE(other.ok());
    RecordEdits otherEdits(**other);
    ReceiverDesk otherDesk(**other, otherEdits, door.seminarId, Desk::named(QStringLiteral("Desk 2")));

    ReceiverInventory mine = *door.desk.inventory();
    ReceiverInventory theirs = *otherDesk.inventory();
    theirs.count = 20;
    theirs.numbered = {numbered(QStringLiteral("R-001"), 1)};
    REQUIRE(otherDesk.setInventory(theirs).ok());

    mine.count = 30;
    const Status refused = door.desk.setInventory(mine);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("someone else changed it")));
    ReceiverInventory stored = *door.desk.inventory();
    CHECK(stored.count == 20);
    CHECK(stored.numbered.size() == 1);

    // This desk's earlier step is not undone over the other desk's inventory.
    QString undoRefused;
    QObject::connect(&door.edits, &RecordEdits::failed,
                     [&undoRefused](const QString& message) { undoRefused = message; });
    door.edits.undoStack()->undo();
    CHECK(undoRefused.contains(QStringLiteral("someone else changed it")));
    CHECK(door.desk.inventory()->count == 20);
}
