// The Check-in page and the door mode, driven as the door drives them: a badge scanner types the
// code in one burst (with or without Enter), a hand types names, F-keys do the rest.
#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include "core/checkin/CheckInDesk.h"
#include "core/checkin/ReceiverDesk.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/CheckInLogStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "gui/DoorModeWindow.h"
#include "gui/WalkInForm.h"
#include "gui/desk/CheckInPage.h"
#include "gui/desk/CheckInPanel.h"
#include "support/CatchQt.h"
#include "support/DeskFixture.h"
#include "support/GuiTestSupport.h"
#include "support/SeminarFixture.h"

using namespace sd;
using Action = CheckInLogEntry::Action;
using Prior = CheckInLogEntry::Prior;

namespace {

// A seminar with people in each state and the panel at its door, shown and active, so that the
// F-keys reach their buttons as at a real desk.
struct Door : SeminarFixture
{
    RecordEdits edits {file.database()};
    CheckInPanel panel {file.database(), edits};
    Registered yamada = registerAttendee(makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎"),
                                                      QStringLiteral("ヤマダ"), QStringLiteral("タロウ")));
    Registered sato = registerAttendee(makeAttendee(QStringLiteral("佐藤"), QStringLiteral("花子"),
                                                    QStringLiteral("サトウ"), QStringLiteral("ハナコ")),
                                       Registration::Status::Cancelled);
    Registered garcia = registerAttendee(makeAttendee(QStringLiteral("Garcia"), QStringLiteral("Maria")));
    Registered garland = registerAttendee(makeAttendee(QStringLiteral("Garland"), QStringLiteral("Judy")));

    Door()
    {
        panel.setSeminar(seminarId);
        panel.resize(900, 600);
        panel.show();
        panel.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&panel));
    }

    QLineEdit* field() { return child<QLineEdit>(panel, "scanField"); }
    QString counts() { return child<QLabel>(panel, "arrivalCountsLabel")->text(); }
    QColor answerColour() { return child<QLabel>(panel, "answerLabel")->palette().color(QPalette::Window); }
    Registration registration(qint64 id) { return *RegistrationStore(file.database()).find(id); }
    QString codeOf(qint64 id) { return registration(id).checkInCode; }
    QList<CheckInLogEntry> log() { return *CheckInLogStore(file.database()).forSeminar(seminarId); }
    // What a scanner does: the whole code at once, key after key with no pause, then Enter.
    void scan(const QString& code, bool enter = true)
    {
        QTest::keyClicks(field(), code);
        if (enter)
            QTest::keyClick(field(), Qt::Key_Return);
    }
    void press(int key) { QTest::keyClick(field(), Qt::Key(key)); }
};

QString expectedCounts(int expected, int checkedIn, int walkIns, int notArrived, int receiversOut)
{
    return QStringLiteral("Expected %1 · Checked in %2 · Walk-ins %3 · Not yet arrived %4 · Receivers out %5")
        .arg(expected)
        .arg(checkedIn)
        .arg(walkIns)
        .arg(notArrived)
        .arg(receiversOut);
}

} // namespace

TEST_CASE("A scanned badge checks in at once, the counts follow, Undo Last takes it back and logs it", "[CheckInPage]")
{
    Door door;
    CHECK(door.counts() == expectedCounts(3, 0, 0, 3, 0));
    door.scan(door.codeOf(door.yamada.registrationId));
    CHECK(child<QLabel>(door.panel, "answerLabel")->text() == QStringLiteral("山田 太郎 checked in."));
    CHECK(door.registration(door.yamada.registrationId).status == Registration::Status::Attended);
    CHECK(door.field()->text().isEmpty());
    CHECK(door.counts() == expectedCounts(3, 1, 0, 2, 0));

    QTest::mouseClick(child<QPushButton>(door.panel, "undoButton"), Qt::LeftButton);
    CHECK(door.registration(door.yamada.registrationId).status == Registration::Status::Registered);
    const QList<CheckInLogEntry> log = door.log();
    REQUIRE(log.size() == 2);
    CHECK(log.at(0).action == Action::CheckIn);
    CHECK(log.at(1).action == Action::Undo);
    door.panel.reload(); // the desk reloads its pages on every edit, undo included
    CHECK(door.counts() == expectedCounts(3, 0, 0, 3, 0));
}

TEST_CASE("Codes count however they arrive, a scanner sending twice checks in once, without alarm", "[CheckInPage]")
{
    Door door;
    const QString code = door.codeOf(door.yamada.registrationId);
    // Lower case, without "SD-", with Crockford's look-alikes for 0 and 1.
    QString typed = code.mid(3).toLower();
    typed.replace(QLatin1Char('0'), QLatin1Char('o')).replace(QLatin1Char('1'), QLatin1Char('l'));
    door.scan(typed);
    const QString answer = child<QLabel>(door.panel, "answerLabel")->text();
    CHECK(answer == QStringLiteral("山田 太郎 checked in."));
    door.scan(code);
    CHECK(child<QLabel>(door.panel, "answerLabel")->text() == answer);
    CHECK(door.log().size() == 1);
}

TEST_CASE("A scanner without Enter: its code is taken on its own, a code typed by hand waits for Enter",
          "[CheckInPage]")
{
    Door door;
    door.scan(door.codeOf(door.yamada.registrationId), false);
    QTRY_COMPARE_WITH_TIMEOUT(door.registration(door.yamada.registrationId).status == Registration::Status::Attended,
                              true, 2000);
    CHECK(door.field()->text().isEmpty());

    // A hand: a fifth of a second between keys.
    const QString code = door.codeOf(door.garcia.registrationId);
    QTest::keyClicks(door.field(), code, Qt::NoModifier, 200);
    QTest::qWait(600);
    CHECK(door.registration(door.garcia.registrationId).status == Registration::Status::Registered);
    CHECK(door.field()->text() == code);
    door.press(Qt::Key_Return);
    CHECK(door.registration(door.garcia.registrationId).status == Registration::Status::Attended);
}

TEST_CASE("A typed name shows its matches, the arrows choose, Enter checks in the one chosen", "[CheckInPage]")
{
    Door door;
    type(door.field(), QStringLiteral("gar"));
    QTableView* matches = door.panel.view();
    REQUIRE(matches->model()->rowCount() == 2);
    CHECK(matches->model()->index(0, 0).data().toString() == QStringLiteral("Maria Garcia"));
    CHECK(matches->model()->index(1, 0).data().toString() == QStringLiteral("Judy Garland"));
    CHECK(matches->model()->index(1, 3).data().toString() == QStringLiteral("Registered"));
    door.press(Qt::Key_Down);
    door.press(Qt::Key_Return);
    CHECK(door.registration(door.garland.registrationId).status == Registration::Status::Attended);
    CHECK(door.registration(door.garcia.registrationId).status == Registration::Status::Registered);
    CHECK(matches->model()->rowCount() == 0);
    CHECK(door.field()->hasFocus());
}

TEST_CASE("A name with more matches than are shown says so until the typing narrows them", "[CheckInPage]")
{
    Door door;
    for (int each = 0; each < CheckInDesk::matchLimit + 4; ++each)
        door.registerAttendee(makeAttendee(QStringLiteral("Ono"), QStringLiteral("Guest")));
    door.registerAttendee(makeAttendee(QStringLiteral("Onoyama"), QStringLiteral("Rie")));
    const auto* answer = child<QLabel>(door.panel, "answerLabel");
    type(door.field(), QStringLiteral("ono"));
    CHECK(door.panel.view()->model()->rowCount() == CheckInDesk::matchLimit);
    CHECK(answer->text() == QStringLiteral("The first 20 of 25 matches are shown: type more of the name."));
    type(door.field(), QStringLiteral("ya"));
    CHECK(door.panel.view()->model()->rowCount() == 1);
    CHECK(answer->text().isEmpty());
}

TEST_CASE("Each answer has words and a colour of its own, F2 registers the cancelled and checks them in",
          "[CheckInPage]")
{
    Door door;
    const auto* answer = child<QLabel>(door.panel, "answerLabel");
    door.scan(door.codeOf(door.yamada.registrationId));
    const QColor checkedIn = door.answerColour();
    door.scan(QStringLiteral("SD-0000000000"));
    CHECK(answer->text() == QStringLiteral("No one has the check-in code “SD-0000000000”."));
    const QColor unknown = door.answerColour();
    QTest::qWait(2100); // past the scanner's repeat window: this is the same badge shown again
    door.scan(door.codeOf(door.yamada.registrationId));
    CHECK(answer->text().startsWith(QStringLiteral("山田 太郎 is already checked in")));
    const QColor already = door.answerColour();
    auto* registerButton = child<QPushButton>(door.panel, "registerButton");
    CHECK_FALSE(registerButton->isEnabled());

    door.scan(door.codeOf(door.sato.registrationId));
    CHECK(answer->text()
          == QStringLiteral("佐藤 花子 cancelled their registration. Press F2 to register them for this seminar "
                            "and check them in."));
    const QColor cancelled = door.answerColour();
    CHECK(door.registration(door.sato.registrationId).status == Registration::Status::Cancelled);
    CHECK(QSet<QRgb> {checkedIn.rgb(), unknown.rgb(), already.rgb(), cancelled.rgb()}.size() == 4);

    REQUIRE(registerButton->isEnabled());
    door.press(Qt::Key_F2);
    CHECK(answer->text() == QStringLiteral("佐藤 花子 had cancelled: registered again and checked in."));
    CHECK(door.registration(door.sato.registrationId).status == Registration::Status::Attended);
    CHECK(door.log().constLast().prior == Prior::Cancelled);
    CHECK(door.counts() == expectedCounts(4, 2, 0, 2, 0));
}

TEST_CASE("A name registered for no one here shows the people of the database, F2 registers them", "[CheckInPage]")
{
    Door door;
    Attendee suzuki = makeAttendee(QStringLiteral("Suzuki"), QStringLiteral("Ichiro"));
    suzuki.id = *AttendeeStore(door.file.database()).insert(suzuki);
    type(door.field(), QStringLiteral("suzuki"));
    QTableView* matches = door.panel.view();
    REQUIRE(matches->model()->rowCount() == 1);
    CHECK(matches->model()->index(0, 3).data().toString() == QStringLiteral("Not registered for this seminar"));
    door.press(Qt::Key_Return);
    CHECK(child<QLabel>(door.panel, "answerLabel")
              ->text()
              .startsWith(QStringLiteral("Ichiro Suzuki is not registered for this seminar.")));
    door.press(Qt::Key_F2);
    auto registration = RegistrationStore(door.file.database()).findFor(door.seminarId, suzuki.id);
    REQUIRE(registration);
    REQUIRE(*registration);
    CHECK((*registration)->status == Registration::Status::Attended);
}

TEST_CASE("A walk-in from the keyboard: a known person is offered and chosen, not added twice", "[CheckInPage]")
{
    Door door;
    const int peopleBefore = *AttendeeStore(door.file.database()).count();
    int keys = 0;
    whenDialogOpens<WalkInForm>([&keys](WalkInForm& form) {
        const auto key = [&keys, &form](int each, int times = 1) {
            for (int time = 0; time < times; ++time, ++keys) {
                QTest::keyClick(form.focusWidget(), Qt::Key(each));
            }
        };
        type(form.focusWidget(), QStringLiteral("Garland"));
        key(Qt::Key_Tab);
        type(form.focusWidget(), QStringLiteral("Judy"));
        key(Qt::Key_Tab, 5); // past the readings, organisation and e-mail to the people offered
        auto* person = child<QComboBox>(form, "personCombo");
        CHECK(form.focusWidget() == person);
        CHECK(person->count() == 2);
        CHECK(person->itemText(1) == QStringLiteral("Judy Garland"));
        key(Qt::Key_Down);
        key(Qt::Key_Return);
        if (form.isVisible())
            form.reject();
    });
    door.press(Qt::Key_F5);
    CHECK(keys + 1 <= 12); // F5 counts too
    CHECK(child<QLabel>(door.panel, "answerLabel")->text() == QStringLiteral("Judy Garland checked in."));
    CHECK(*AttendeeStore(door.file.database()).count() == peopleBefore);
}

TEST_CASE("A walk-in new to the database: registered, checked in and counted as a walk-in", "[CheckInPage]")
{
    Door door;
    int keys = 0;
    whenDialogOpens<WalkInForm>([&keys](WalkInForm& form) {
        const auto key = [&keys, &form](int each, int times = 1) {
            for (int time = 0; time < times; ++time, ++keys)
                QTest::keyClick(form.focusWidget(), Qt::Key(each));
        };
        type(form.focusWidget(), QStringLiteral("Tanaka"));
        key(Qt::Key_Tab);
        type(form.focusWidget(), QStringLiteral("Ken"));
        key(Qt::Key_Tab);
        type(form.focusWidget(), QStringLiteral("たなか"));
        key(Qt::Key_Tab);
        type(form.focusWidget(), QStringLiteral("けん"));
        key(Qt::Key_Tab);
        type(form.focusWidget(), QStringLiteral("City Office"));
        key(Qt::Key_Tab);
        type(form.focusWidget(), QStringLiteral("ken@example.jp"));
        key(Qt::Key_Tab, 3); // no one known by that name or address: on past the person and category
        CHECK(form.focusWidget() == child<QCheckBox>(form, "receiverCheck"));
        key(Qt::Key_Space); // needs a receiver
        key(Qt::Key_Return);
        if (form.isVisible())
            form.reject();
    });
    door.press(Qt::Key_F5);
    CHECK(keys + 1 <= 12);
    CHECK(child<QLabel>(door.panel, "answerLabel")->text()
          == QStringLiteral("Ken Tanaka registered at the door and checked in. They need a receiver: press F3 to "
                            "issue one."));
    CHECK(door.counts() == expectedCounts(4, 1, 1, 3, 0));
    REQUIRE_FALSE(door.log().isEmpty());
    CHECK(door.log().constLast().action == Action::WalkIn);
}

TEST_CASE("Receivers: F3 issues one at check-in, return mode takes it back by badge, counts follow", "[CheckInPage]")
{
    Door door;
    ReceiverDesk receivers(door.file.database(), door.edits, door.seminarId, Desk::named(QStringLiteral("Door")));
    REQUIRE(receivers.setInventory({5, {}}).ok());
    const QString code = door.codeOf(door.yamada.registrationId);
    door.scan(code);
    child<QComboBox>(door.panel, "depositCombo")->setCurrentIndex(1);
    door.press(Qt::Key_F3);
    const auto* answer = child<QLabel>(door.panel, "answerLabel");
    CHECK(answer->text() == QStringLiteral("Receiver issued to 山田 太郎."));
    CHECK(door.counts() == expectedCounts(3, 1, 0, 2, 1));
    CHECK(child<QLabel>(door.panel, "receiverCountsLabel")->text()
          == QStringLiteral("Receivers: issued 1 · returned 0 · outstanding 1 · of 5"));
    CHECK_FALSE(child<QPushButton>(door.panel, "issueButton")->isEnabled()); // one each

    door.press(Qt::Key_F4);
    CHECK(door.panel.returnMode());
    QTest::qWait(2100); // the same badge again, not a scanner's repeat
    door.scan(code);
    CHECK(answer->text().startsWith(QStringLiteral("Receiver returned by 山田 太郎. Hand back the deposit: ")));
    CHECK(answer->text().endsWith(ReceiverLoan::depositName(ReceiverLoan::deposits().at(1)) + QStringLiteral(".")));
    CHECK(door.counts() == expectedCounts(3, 1, 0, 2, 0));
    CHECK(door.log().constLast().action == Action::ReceiverReturned);
}

TEST_CASE("The Check-in page in the desk: Ctrl+Z undoes a check-in, Ctrl+Y redoes it, the door mode opens and "
          "Esc leaves",
          "[CheckInPage]")
{
    DeskFixture desk;
    desk.createSeminar();
    desk.activate();
    const qint64 seminarId = desk.desk().seminarId();
    const Database& database = desk.desk().database();
    Attendee kato = makeAttendee(QStringLiteral("加藤"), QStringLiteral("一郎"));
    kato.id = *AttendeeStore(database).insert(kato);
    Registration registration;
    registration.seminarId = seminarId;
    registration.attendeeId = kato.id;
    registration.id = *RegistrationStore(database).insert(registration);
    const QString code = RegistrationStore(database).find(registration.id)->checkInCode;

    auto* page = desk.showPage<CheckInPage>();
    CHECK(desk.desk().currentPage() == page);
    page->reload();
    auto* field = child<QLineEdit>(*page, "scanField");
    CHECK(field->hasFocus());
    QTest::keyClicks(field, code);
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(RegistrationStore(database).find(registration.id)->status == Registration::Status::Attended);
    desk.trigger("undoAction");
    CHECK(RegistrationStore(database).find(registration.id)->status == Registration::Status::Registered);
    desk.trigger("redoAction");
    CHECK(RegistrationStore(database).find(registration.id)->status == Registration::Status::Attended);
    const QList<CheckInLogEntry> log = *CheckInLogStore(database).forSeminar(seminarId);
    REQUIRE(log.size() == 3);
    CHECK(log.at(1).action == Action::Undo);
    CHECK(log.at(2).action == Action::CheckIn);

    bool fullScreen = false;
    QString doorCounts;
    bool closedByEsc = false;
    whenDialogOpens<DoorModeWindow>([&](DoorModeWindow& door) {
        fullScreen = door.windowState().testFlag(Qt::WindowFullScreen);
        doorCounts = child<QLabel>(door, "arrivalCountsLabel")->text();
        QTest::keyClick(door.focusWidget() ? door.focusWidget() : &door, Qt::Key_Escape);
        closedByEsc = !door.isVisible();
        if (door.isVisible())
            door.reject();
    });
    QTest::keyClick(field, Qt::Key_F11);
    CHECK(fullScreen);
    CHECK(doorCounts == expectedCounts(1, 1, 0, 0, 0));
    CHECK(closedByEsc);
    CHECK(QApplication::activeModalWidget() == nullptr);
}
