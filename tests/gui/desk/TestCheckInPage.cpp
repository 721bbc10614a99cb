// The Check-in page and the door mode, driven as the door drives them: a badge scanner types the
// code in one burst (with or without Enter), a hand types names, F-keys do the rest.
#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include "core/checkin/CheckInDesk.h"
#include "core/checkin/CheckInSounds.h"
#include "core/checkin/ReceiverDesk.h"
#include "core/checkin/ReceiverForecast.h"
#include "core/print/DoorBadges.h"
#include "core/print/LabelSheetCatalog.h"
#include "core/print/PrintTarget.h"
#include "core/print/SheetInPrinter.h"
#include "core/settings/AppSettings.h"
#include "core/settings/Translations.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/BoothStore.h"
#include "core/stores/CheckInLogStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "gui/AnswerSounds.h"
#include "gui/DoorBadgeDialog.h"
#include "gui/DoorModeWindow.h"
#include "gui/ReceiverInventoryDialog.h"
#include "gui/WalkInForm.h"
#include "gui/desk/CheckInPage.h"
#include "gui/desk/CheckInPanel.h"
#include "support/CatchQt.h"
#include "support/DeskFixture.h"
#include "support/GuiTestSupport.h"
#include "support/PdfTools.h"
#include "support/SeminarFixture.h"

using namespace sd;
using Action = CheckInLogEntry::Action;
using Prior = CheckInLogEntry::Prior;

namespace {

// The door's settings as on a new computer: badges queued, a fresh default sheet, no sounds. The
// settings file lives as long as the test executable, so each test starts from here.
void resetDoorSettings()
{
    AppSettings settings;
    settings.setDoorBadgeRoute(QString());
    settings.setDoorPrinter(QString());
    settings.setCheckInSounds(false);
    settings.setDeskName(QString());
    SheetInPrinter(settings).loadFreshSheet(LabelSheetCatalog::defaultSheetName());
}

// A seminar with people in each state and the panel at its door, shown and active, so that the
// F-keys reach their buttons as at a real desk. Its badges print into PDF files, one a print job.
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

    int printJobs = 0;

    Door()
    {
        resetDoorSettings();
        panel.setPrinterSource(
            [this](QWidget*) { return std::optional<PrintTarget>(PrintTarget::pdfFile(printed(++printJobs))); });
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
    QString answer() { return child<QLabel>(panel, "answerLabel")->text(); }
    // The PDF file of print job JOB (from 1).
    QString printed(int job) const { return file.folder() + QStringLiteral("/printed-%1.pdf").arg(job); }
    // F5, the family and given name, Enter: someone new at the door.
    void walkIn(const QString& family, const QString& given)
    {
        activate();
        whenDialogOpens<WalkInForm>([family, given](WalkInForm& form) {
            type(form.focusWidget(), family);
            QTest::keyClick(form.focusWidget(), Qt::Key_Tab);
            type(form.focusWidget(), given);
            QTest::keyClick(form.focusWidget(), Qt::Key_Return);
            if (form.isVisible())
                form.reject();
        });
        press(Qt::Key_F5);
    }
    // The panel's window in front again after a dialog, as at a real desk, so that the F-keys reach it.
    void activate()
    {
        panel.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&panel));
    }
    QPushButton* queueButton() { return child<QPushButton>(panel, "printQueueButton"); }
};

// Whether the text TEXT is printed inside label LABEL of SHEET on the first page of PDF.
bool onLabel(const QString& pdf, const LabelSheet& sheet, int label, const QString& text)
{
    const QRectF mm = sheet.labelRectMm(label);
    const qreal pointsPerMm = 72 / 25.4;
    const QRectF points(mm.topLeft() * pointsPerMm, mm.size() * pointsPerMm);
    QString inside;
    for (const PdfTools::Character& character : PdfTools::characters(pdf)) {
        if (character.page == 0 && points.contains(character.box.center()))
            inside += character.text;
    }
    return PdfTools::squeezed(inside).contains(PdfTools::squeezed(text));
}

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
                            "issue one. Their badge waits in the queue: F8 prints the queue."));
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
    bool inventoryHidden = false;
    bool queueShown = false;
    whenDialogOpens<DoorModeWindow>([&](DoorModeWindow& door) {
        fullScreen = door.windowState().testFlag(Qt::WindowFullScreen);
        doorCounts = child<QLabel>(door, "arrivalCountsLabel")->text();
        inventoryHidden = !child<QPushButton>(door, "inventoryButton")->isVisible();
        queueShown = child<QPushButton>(door, "printQueueButton")->isVisible();
        QTest::keyClick(door.focusWidget() ? door.focusWidget() : &door, Qt::Key_Escape);
        closedByEsc = !door.isVisible();
        if (door.isVisible())
            door.reject();
    });
    QTest::keyClick(field, Qt::Key_F11);
    CHECK(fullScreen);
    CHECK(doorCounts == expectedCounts(1, 1, 0, 0, 0));
    CHECK(inventoryHidden); // the inventory is set at the desk, not at the entrance
    CHECK(queueShown);
    CHECK(child<QPushButton>(*page, "inventoryButton")->isVisible());
    CHECK(closedByEsc);
    CHECK(QApplication::activeModalWidget() == nullptr);
}

TEST_CASE("A walk-in's badge on a card: printed at once, one A6 page, marked printed", "[CheckInPage][badges]")
{
    Door door;
    AppSettings().setDoorBadgeRoute(DoorBadges::routeKey(DoorBadges::Route::Card));
    door.panel.reload();
    CHECK(child<QLabel>(door.panel, "badgeRouteLabel")->text()
          == QStringLiteral("Walk-in badges: on a card (Card A6)"));
    door.walkIn(QStringLiteral("Tanaka"), QStringLiteral("Ken"));
    CHECK(door.answer()
          == QStringLiteral("Ken Tanaka registered at the door and checked in. Their badge is printed on a card."));
    REQUIRE(door.printJobs == 1);
    const QString pdf = door.printed(1);
    CHECK(PdfTools::pageCount(pdf) == 1);
    const QSizeF a6(105 * 72 / 25.4, 148 * 72 / 25.4);
    CHECK(PdfTools::pageSize(pdf).width() == Approx(a6.width()).margin(1));
    CHECK(PdfTools::pageSize(pdf).height() == Approx(a6.height()).margin(1));
    CHECK(PdfTools::squeezedText(pdf).contains(QStringLiteral("Tanaka")));
    CHECK(SheetInPrinter(*std::make_unique<AppSettings>()).usedLabels().isEmpty()); // a card leaves the sheet alone
    auto walkIn = RegistrationStore(door.file.database()).findFor(door.seminarId, door.log().constLast().attendeeId);
    REQUIRE(walkIn);
    REQUIRE(*walkIn);
    CHECK((*walkIn)->badgePrintedAt.isValid());
    CHECK(door.queueButton()->text() == QStringLiteral("Print Queued Badges (0) (F8)"));
    CHECK_FALSE(door.queueButton()->isEnabled());
}

TEST_CASE("Someone of the database registered here with F2 gets their badge at once too", "[CheckInPage][badges]")
{
    Door door;
    AppSettings().setDoorBadgeRoute(DoorBadges::routeKey(DoorBadges::Route::Card));
    Attendee suzuki = makeAttendee(QStringLiteral("Suzuki"), QStringLiteral("Ichiro"));
    suzuki.id = *AttendeeStore(door.file.database()).insert(suzuki);
    type(door.field(), QStringLiteral("suzuki"));
    door.press(Qt::Key_Return);
    door.press(Qt::Key_F2);
    CHECK(door.answer().endsWith(QStringLiteral(" Their badge is printed on a card.")));
    REQUIRE(door.printJobs == 1);
    CHECK(PdfTools::squeezedText(door.printed(1)).contains(QStringLiteral("Suzuki")));

    // Someone registered before has a badge already: F2 for the cancelled prints none.
    door.scan(door.codeOf(door.sato.registrationId));
    door.press(Qt::Key_F2);
    CHECK(door.registration(door.sato.registrationId).status == Registration::Status::Attended);
    CHECK(door.printJobs == 1);
}

TEST_CASE("A walk-in's badge goes on the next free label of the sheet in the printer, which is then used",
          "[CheckInPage][badges]")
{
    Door door;
    AppSettings settings;
    settings.setDoorBadgeRoute(DoorBadges::routeKey(DoorBadges::Route::NextLabel));
    SheetInPrinter(settings).markUsed({0, 1, 3});
    door.walkIn(QStringLiteral("Tanaka"), QStringLiteral("Ken"));
    CHECK(door.answer()
          == QStringLiteral("Ken Tanaka registered at the door and checked in. Their badge is printed on label 3 of "
                            "the sheet in the printer."));
    REQUIRE(door.printJobs == 1);
    const LabelSheet sheet = *LabelSheetCatalog(QString {}).find(LabelSheetCatalog::defaultSheetName());
    CHECK(PdfTools::pageCount(door.printed(1)) == 1);
    CHECK(onLabel(door.printed(1), sheet, 2, QStringLiteral("Tanaka")));
    CHECK_FALSE(onLabel(door.printed(1), sheet, 4, QStringLiteral("Tanaka")));
    CHECK(SheetInPrinter(settings).usedLabels() == QList<int>({0, 1, 2, 3}));

    // The next one takes the label after the gap.
    door.walkIn(QStringLiteral("Mori"), QStringLiteral("Aya"));
    REQUIRE(door.printJobs == 2);
    CHECK(onLabel(door.printed(2), sheet, 4, QStringLiteral("Mori")));
    CHECK(SheetInPrinter(settings).usedLabels() == QList<int>({0, 1, 2, 3, 4}));
}

TEST_CASE("A sheet used up: the walk-in's badge waits in the queue and the answer says what to do",
          "[CheckInPage][badges]")
{
    Door door;
    AppSettings settings;
    settings.setDoorBadgeRoute(DoorBadges::routeKey(DoorBadges::Route::NextLabel));
    SheetInPrinter(settings).markUsed({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    door.walkIn(QStringLiteral("Tanaka"), QStringLiteral("Ken"));
    CHECK(door.answer()
          == QStringLiteral("Ken Tanaka registered at the door and checked in. Their badge was not printed: Every "
                            "label of the sheet in the printer is used: put in a fresh sheet of A-One 51002. It "
                            "waits in the queue."));
    CHECK(door.queueButton()->text() == QStringLiteral("Print Queued Badges (1) (F8)"));
}

TEST_CASE("Walk-in badges queued, then F8 prints the queue onto the sheet in the printer", "[CheckInPage][badges]")
{
    Door door;
    Translations::install(QStringLiteral("en")); // "2 badges", not "2 badge(s)"
    CHECK(child<QLabel>(door.panel, "badgeRouteLabel")->text()
          == QStringLiteral("Walk-in badges: queued, to print on A-One 51002"));
    door.walkIn(QStringLiteral("Tanaka"), QStringLiteral("Ken"));
    CHECK(door.answer()
          == QStringLiteral("Ken Tanaka registered at the door and checked in. Their badge waits in the queue: F8 "
                            "prints the queue."));
    door.walkIn(QStringLiteral("Mori"), QStringLiteral("Aya"));
    CHECK(door.printJobs == 0);
    CHECK(door.queueButton()->text() == QStringLiteral("Print Queued Badges (2) (F8)"));
    REQUIRE(door.queueButton()->isEnabled());
    door.activate();

    door.press(Qt::Key_F8);
    CHECK(door.answer() == QStringLiteral("2 queued badges printed."));
    REQUIRE(door.printJobs == 1);
    const LabelSheet sheet = *LabelSheetCatalog(QString {}).find(LabelSheetCatalog::defaultSheetName());
    CHECK(PdfTools::pageCount(door.printed(1)) == 1);
    // In gojuon order, as every badge run: Mori before Tanaka.
    CHECK(onLabel(door.printed(1), sheet, 0, QStringLiteral("Mori")));
    CHECK(onLabel(door.printed(1), sheet, 1, QStringLiteral("Tanaka")));
    CHECK(SheetInPrinter(*std::make_unique<AppSettings>()).usedLabels() == QList<int>({0, 1}));
    CHECK(door.queueButton()->text() == QStringLiteral("Print Queued Badges (0) (F8)"));
    CHECK_FALSE(door.queueButton()->isEnabled());
}

TEST_CASE("A badge left at home: F6 prints again the badge of the person just checked in, or of the match chosen",
          "[CheckInPage][badges]")
{
    Door door;
    AppSettings().setDoorBadgeRoute(DoorBadges::routeKey(DoorBadges::Route::NextLabel));
    door.press(Qt::Key_F6);
    CHECK(door.answer()
          == QStringLiteral("Check the person in, or choose them among the matches: then F6 prints their badge "
                            "again."));
    CHECK(door.printJobs == 0);

    door.scan(door.codeOf(door.garcia.registrationId));
    door.press(Qt::Key_F6);
    CHECK(door.answer()
          == QStringLiteral("The badge of Maria Garcia is printed again on label 1 of the sheet in the printer."));
    REQUIRE(door.printJobs == 1);
    const LabelSheet sheet = *LabelSheetCatalog(QString {}).find(LabelSheetCatalog::defaultSheetName());
    CHECK(onLabel(door.printed(1), sheet, 0, QStringLiteral("Garcia")));

    // Typed, chosen with the arrows, F6: without checking them in.
    type(door.field(), QStringLiteral("gar"));
    door.press(Qt::Key_Down);
    door.press(Qt::Key_F6);
    CHECK(door.answer()
          == QStringLiteral("The badge of Judy Garland is printed again on label 2 of the sheet in the "
                            "printer."));
    REQUIRE(door.printJobs == 2);
    CHECK(onLabel(door.printed(2), sheet, 1, QStringLiteral("Garland")));
    CHECK(door.registration(door.garland.registrationId).status == Registration::Status::Registered);
    CHECK(SheetInPrinter(*std::make_unique<AppSettings>()).usedLabels() == QList<int>({0, 1}));
}

TEST_CASE("F9 sets where walk-in badges go and loads a fresh sheet", "[CheckInPage][badges]")
{
    Door door;
    SheetInPrinter(*std::make_unique<AppSettings>()).markUsed({0, 1});
    whenDialogOpens<DoorBadgeDialog>([](DoorBadgeDialog& dialog) {
        CHECK(QTest::qWaitForWindowActive(&dialog));
        auto* route = child<QComboBox>(dialog, "routeCombo");
        CHECK(dialog.focusWidget() == route);
        const QString used = QLocale().createSeparatedList({QStringLiteral("1"), QStringLiteral("2")});
        CHECK(child<QLabel>(dialog, "usedLabelsLabel")->text()
              == QStringLiteral("Labels used: %1. 8 of 10 free.").arg(used));
        QTest::keyClick(route, Qt::Key_Down); // from the queue to a card
        QTest::keyClick(route, Qt::Key_Down); // to the next label
        CHECK(route->currentText()
              == QStringLiteral("Printed at once on the next free label of the sheet in the printer"));
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab); // past the sheet, the same
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Space);
        CHECK(child<QCheckBox>(dialog, "freshSheetCheck")->isChecked());
        CHECK(child<QLabel>(dialog, "usedLabelsLabel")->text() == QStringLiteral("Every label is free."));
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Return);
        if (dialog.isVisible())
            dialog.reject();
    });
    door.press(Qt::Key_F9);
    AppSettings settings;
    CHECK(settings.doorBadgeRoute() == DoorBadges::routeKey(DoorBadges::Route::NextLabel));
    CHECK(SheetInPrinter(settings).usedLabels().isEmpty());
    CHECK(child<QLabel>(door.panel, "badgeRouteLabel")->text()
          == QStringLiteral("Walk-in badges: on the next free label of A-One 51002"));
    door.activate(); // the dialog gone, the keyboard is back in the field
    CHECK(door.field()->hasFocus());
}

TEST_CASE("With sounds on each answer plays its own sound, with sounds off none plays", "[CheckInPage][sounds]")
{
    Door door;
    door.scan(door.codeOf(door.yamada.registrationId));
    door.scan(QStringLiteral("SD-0000000000"));
    CHECK(door.panel.findChild<AnswerSounds*>() == nullptr); // nothing loaded, nothing played

    AppSettings().setCheckInSounds(true);
    door.scan(door.codeOf(door.garcia.registrationId));
    const auto* sounds = door.panel.findChild<AnswerSounds*>();
    REQUIRE(sounds);
    CHECK(sounds->lastPlayed() == CheckInSounds::soundOf(CheckInAnswer::Outcome::CheckedIn));
    door.scan(door.codeOf(door.sato.registrationId));
    CHECK(sounds->lastPlayed() == CheckInSounds::soundOf(CheckInAnswer::Outcome::Cancelled));

    AppSettings().setCheckInSounds(false);
    door.scan(QStringLiteral("SD-0000000000"));
    CHECK(sounds->lastPlayed() == CheckInSounds::soundOf(CheckInAnswer::Outcome::Cancelled));
}

TEST_CASE("The desk's name from the Settings goes into the log once the window is back in front", "[CheckInPage]")
{
    Door door;
    door.scan(door.codeOf(door.yamada.registrationId));
    CHECK(door.log().constLast().desk == AppSettings::defaultDeskName());
    AppSettings().setDeskName(QStringLiteral("Entrance 2"));
    QWidget settings; // as the Settings dialog takes the front, and gives it back
    settings.show();
    settings.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&settings));
    settings.hide();
    door.panel.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&door.panel));
    door.scan(door.codeOf(door.garcia.registrationId));
    CHECK(door.log().constLast().desk == QStringLiteral("Entrance 2"));
}

TEST_CASE("Alt+Y sets the seminar's receivers and their numbers, as one step that Undo takes back",
          "[CheckInPage][receivers]")
{
    Door door;
    bool saved = false;
    // The button's Alt key clicks it after a short animation: the dialog opens a moment later.
    whenDialogAppears<ReceiverInventoryDialog>([&saved](ReceiverInventoryDialog& dialog) {
        CHECK(QTest::qWaitForWindowActive(&dialog));
        CHECK(dialog.focusWidget() == child<QSpinBox>(dialog, "countSpin"));
        type(dialog.focusWidget(), QStringLiteral("12"));
        const auto* table = child<QTableWidget>(dialog, "receiversTable");
        // Add Receiver with Space, as after Tab: the Alt key's click waits for a timer, which does not
        // run inside this callback.
        auto* add = child<QPushButton>(dialog, "addButton");
        QTest::keyClick(add, Qt::Key_Space);
        CHECK(table->rowCount() == 1);
        CHECK(dialog.focusWidget() == table->cellWidget(0, 0)); // the new line's number
        type(dialog.focusWidget(), QStringLiteral("R-001"));
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
        CHECK(dialog.focusWidget() == table->cellWidget(0, 1)); // its channel
        type(dialog.focusWidget(), QStringLiteral("2"));
        QTest::keyClick(add, Qt::Key_Space);
        CHECK(table->rowCount() == 2);
        type(dialog.focusWidget(), QStringLiteral("R-002"));
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Return);
        saved = !dialog.isVisible();
        if (dialog.isVisible())
            dialog.reject();
    });
    QTest::keyClick(door.field(), Qt::Key_Y, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(saved, true, 3000);
    ReceiverDesk receivers(door.file.database(), door.edits, door.seminarId, Desk::named(QStringLiteral("Door")));
    const ReceiverInventory inventory = *receivers.inventory();
    CHECK(inventory.count == 12);
    REQUIRE(inventory.numbered.size() == 2);
    CHECK(inventory.numbered.at(0).serial == QStringLiteral("R-001"));
    CHECK(inventory.numbered.at(0).channel == 2);
    CHECK(inventory.numbered.at(1).serial == QStringLiteral("R-002"));
    CHECK(inventory.numbered.at(1).channel == 0);
    CHECK(child<QLabel>(door.panel, "receiverCountsLabel")->text()
          == QStringLiteral("Receivers: issued 0 · returned 0 · outstanding 0 · of 12"));
    door.activate(); // the dialog gone, the keyboard is back in the field
    CHECK(door.field()->hasFocus());

    door.edits.undoStack()->undo();
    CHECK(receivers.inventory()->count == 0);
    CHECK(receivers.inventory()->numbered.isEmpty());
}

namespace {

// The Door's seminar with the demo's two booths and three people who will want English: 3 receivers
// on channel 1, 4 with the 10 % margin.
struct ForecastDoor : Door
{
    ForecastDoor()
    {
        Translations::install(QStringLiteral("en")); // the plurals in English

        for (const auto& [pair, channel] : {std::pair {"ja-en", 1}, std::pair {"en-ja", 2}}) {
            Booth booth;
            booth.seminarId = seminarId;
            booth.name = QString::fromLatin1(pair);
            booth.languagePair = QString::fromLatin1(pair);
            booth.channel = channel;
            REQUIRE(BoothStore(file.database()).insert(booth).ok());
        }
        for (const QString& family : {QStringLiteral("Smith"), QStringLiteral("Jones"), QStringLiteral("Brown")}) {
            Attendee english = makeAttendee(family, QStringLiteral("Sam"));
            english.preferredLanguage = QStringLiteral("en");
            registerAttendee(english);
        }
    }
    ~ForecastDoor() { Translations::install(QString()); }
    QLabel* label(const char* name) { return child<QLabel>(panel, name); }
};

} // namespace

TEST_CASE("The receivers dialog shows the forecast beside the inventory, warns while short, and saves the margin",
          "[receivers][forecast]")
{
    ForecastDoor door;
    auto forecast = ReceiverForecast::forInventories(door.file.database(), door.seminarId);
    REQUIRE(forecast.ok());
    ReceiverInventory saved;
    ReceiverInventoryDialog dialog(
        {3, {}},
        [&saved](const ReceiverInventory& inventory) {
            saved = inventory;
            return Status();
        },
        *forecast);
    const auto* summary = child<QLabel>(dialog, "forecastLabel");
    const auto* warning = child<QLabel>(dialog, "forecastWarningLabel");
    CHECK(summary->text().startsWith(QStringLiteral(
        "Forecast: 4 receivers needed, 3 for the registrations and a margin of 10 %; the seminar has 3.")));
    CHECK(summary->text().contains(QStringLiteral("Channel 1 (English): needed by 3, 4 with the margin")));
    CHECK_FALSE(warning->isHidden());
    CHECK(warning->text()
          == QStringLiteral("1 receiver short: the registrations call for 4 with the margin, and the seminar has 3."));

    child<QSpinBox>(dialog, "marginSpin")->setValue(0);
    CHECK(warning->isHidden());
    child<QSpinBox>(dialog, "marginSpin")->setValue(50);
    CHECK(warning->text().startsWith(QStringLiteral("2 receivers short")));
    child<QSpinBox>(dialog, "countSpin")->setValue(5);
    CHECK(warning->isHidden());
    CHECK(child<QSpinBox>(dialog, "channelsSpin")->text() == QStringLiteral("not stated"));
    child<QSpinBox>(dialog, "channelsSpin")->setValue(1);
    CHECK(warning->text() == QStringLiteral("Booth “en-ja” is on channel 2, but the receivers have 1 channel."));
    child<QSpinBox>(dialog, "channelsSpin")->setValue(2);
    CHECK(warning->isHidden());

    dialog.accept();
    CHECK(saved.count == 5);
    CHECK(saved.marginPercent == 50);
    CHECK(saved.systemChannels == 2);
}

TEST_CASE("The seminar-day page shows the receiver forecast under the counts, with a warning when short",
          "[CheckInPage][receivers][forecast]")
{
    ForecastDoor door;
    door.panel.reload();
    CHECK(door.label("receiverForecastLabel")->text()
          == QStringLiteral("Forecast: 4 receivers needed, 3 for the registrations and a margin of 10 %; the seminar "
                            "has 0."));
    CHECK(door.label("receiverWarningLabel")->isVisible());
    CHECK(door.label("receiverWarningLabel")->text().startsWith(QStringLiteral("4 receivers short")));

    ReceiverDesk receivers(door.file.database(), door.edits, door.seminarId, Desk::named(QStringLiteral("Door")));
    ReceiverInventory enough;
    enough.count = 4;
    REQUIRE(receivers.setInventory(enough).ok());
    door.panel.reload();
    CHECK(door.label("receiverForecastLabel")->text().endsWith(QStringLiteral("the seminar has 4.")));
    CHECK_FALSE(door.label("receiverWarningLabel")->isVisible());
}

TEST_CASE("The receivers dialog reads a list of numbers, and says what is wrong before saving", "[receivers]")
{
    QTemporaryDir folder;
    const QString list = folder.filePath(QStringLiteral("receivers.txt"));
    QFile file(list);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("# numbers, channels\nR-010,1\nR-011\tchannel\n");
    file.close();
    ReceiverInventory saved;
    ReceiverInventoryDialog dialog({1, {}}, [&saved](const ReceiverInventory& inventory) {
        saved = inventory;
        return Status();
    });
    const Status wrong = dialog.readList(list);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().endsWith(QStringLiteral("line 3: write a receiver's number, then optionally its channel (a "
                                                "number), such as “R-001,1”.")));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("R-010,1\nR-011,2\nR-012\n");
    file.close();
    REQUIRE(dialog.readList(list).ok());
    CHECK(dialog.inventory().count == 3); // three numbered: at least three
    child<QPushButton>(dialog, "addButton")->click();
    dialog.accept();
    CHECK(dialog.errorText() == QStringLiteral("Receiver 4 of the list has no number: type one, or remove the line."));
    child<QTableWidget>(dialog, "receiversTable")->setCurrentCell(3, 0);
    child<QPushButton>(dialog, "removeButton")->click();
    dialog.accept();
    CHECK(dialog.errorText().isEmpty());
    REQUIRE(saved.numbered.size() == 3);
    CHECK(saved.numbered.at(2).serial == QStringLiteral("R-012"));
    CHECK(saved.count == 4); // the line added counted one more, and stays counted
}
