#include <catch2/catch.hpp>

#include <QAction>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include "core/models/PastRetentionListModel.h"
#include "core/models/PersonListModel.h"
#include "core/models/PersonRegistrationListModel.h"
#include "core/settings/AppSettings.h"
#include "core/settings/Translations.h"
#include "core/stores/PersonalDataErasure.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/ErasureLogStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "gui/AttendeeEditor.h"
#include "gui/MergePeopleDialog.h"
#include "gui/MessageBox.h"
#include "gui/PastRetentionDialog.h"
#include "gui/desk/AttendeePage.h"
#include "gui/desk/PeoplePage.h"
#include "gui/desk/TableViews.h"
#include "support/CatchQt.h"
#include "support/DeskFixture.h"
#include "support/GuiTestSupport.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

// Registers ATTENDEE for the seminar shown with STATUS; gives the registration's id.
qint64 registerForSeminar(DeskFixture& desk, const Attendee& attendee,
                          Registration::Status status = Registration::Status::Registered)
{
    Registration registration;
    registration.seminarId = desk.desk().seminarId();
    registration.status = status;
    auto id = desk.desk().edits()->addRegisteredAttendee(attendee, registration);
    REQUIRE(id.ok());
    return *id;
}

Attendee hanako()
{
    return makeAttendee(QStringLiteral("山田"), QStringLiteral("花子"), QStringLiteral("ヤマダ"),
                        QStringLiteral("ハナコ"));
}

Attendee taro()
{
    return makeAttendee(QStringLiteral("鈴木"), QStringLiteral("太郎"), QStringLiteral("スズキ"),
                        QStringLiteral("タロウ"));
}

// A seminar that ended MONTHS ago, today's time at the venue.
qint64 seminarEnded(DeskFixture& desk, int months, const QString& title)
{
    Seminar seminar = makeSeminar(title);
    seminar.endsAt = QDateTime::currentDateTime().addMonths(-months);
    seminar.startsAt = seminar.endsAt.addSecs(-3 * 60 * 60);
    auto id = desk.desk().edits()->addSeminar(seminar, {});
    REQUIRE(id.ok());
    return *id;
}

// Registers the new person ATTENDEE for SEMINAR_ID; gives the person's id.
qint64 registerFor(DeskFixture& desk, const Attendee& attendee, qint64 seminarId)
{
    Registration registration;
    registration.seminarId = seminarId;
    auto id = desk.desk().edits()->addRegisteredAttendee(attendee, registration);
    REQUIRE(id.ok());
    return RegistrationStore(desk.desk().database()).find(*id)->attendeeId;
}

// What the People page's Past Retention dialog showed, and what its erase button asked.
struct RetentionLook
{
    QStringList names;
    QStringList lastSeminars;
    QString intro;
    QString eraseText;
    bool eraseEnabled = false;
    QString confirmation;
};

// Opens Past Retention on the People page and, when the list is not empty, clicks its erase
// button and gives ANSWER to the confirmation; the dialog is closed if it is still open after that.
RetentionLook openPastRetention(DeskFixture& desk, QMessageBox::StandardButton answer)
{
    RetentionLook look;
    whenDialogOpens<PastRetentionDialog>([&look, answer](PastRetentionDialog& dialog) {
        auto* people = child<QTableView>(dialog, "peopleView");
        for (int row = 0; row < people->model()->rowCount(); ++row) {
            look.names.append(people->model()->index(row, PastRetentionListModel::NameColumn).data().toString());
            look.lastSeminars.append(
                people->model()->index(row, PastRetentionListModel::LastSeminarColumn).data().toString());
        }
        look.intro = child<QLabel>(dialog, "introLabel")->text();
        QPushButton* erase = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        look.eraseText = erase->text();
        look.eraseEnabled = erase->isEnabled();
        if (look.eraseEnabled) {
            MessageBox::setNextAnswer(answer);
            QTest::mouseClick(erase, Qt::LeftButton);
            look.confirmation = MessageBox::lastText();
        }
        if (dialog.isVisible())
            dialog.reject();
    });
    QTest::mouseClick(child<QPushButton>(desk.window, "retentionButton"), Qt::LeftButton);
    return look;
}

// Makes rows FIRST and SECOND of the People list the selection, as Ctrl+click does.
void selectTwo(QTableView* people, int first, int second)
{
    TableViews::select(people, first);
    people->selectionModel()->setCurrentIndex(people->model()->index(second, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

} // namespace

TEST_CASE("A person taken off the seminar stays on the People page, found by search with their registrations",
          "[PeoplePage]")
{
    DeskFixture desk;
    desk.createSeminar();
    const qint64 hanakoRegistration = registerForSeminar(desk, hanako());
    registerForSeminar(desk, taro());
    const qint64 hanakoId = RegistrationStore(desk.desk().database()).find(hanakoRegistration)->attendeeId;

    // Delete on the Attendees page takes the registration away, and says where the person is.
    desk.showPage<AttendeePage>();
    TableViews::selectId(desk.view("attendeeView"), hanakoRegistration);
    REQUIRE(desk.desk().currentPage()->selectedId() == hanakoRegistration);
    desk.trigger("deleteAction");
    CHECK(desk.view("attendeeView")->model()->rowCount() == 1);
    CHECK(desk.window.statusBar()->currentMessage().contains(QStringLiteral("the person stays on the People page")));

    desk.showPage<PeoplePage>();
    QTableView* people = desk.view("peopleView");
    REQUIRE(people->model()->rowCount() == 2);
    desk.trigger("findAction");
    auto* search = child<QLineEdit>(desk.window, "peopleSearchEdit");
    // The window's focus widget, whether or not the window is active (it need not be, offscreen).
    REQUIRE(desk.window.focusWidget() == search);
    type(search, QStringLiteral("やまだ"));
    REQUIRE(people->model()->rowCount() == 1);
    CHECK(child<QLabel>(desk.window, "peopleShownLabel")->text() == QStringLiteral("1 shown"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(desk.desk().currentPage()->selectedId() == hanakoId);
    CHECK(desk.cell("peopleView", 0, PersonListModel::RegistrationsColumn) == QStringLiteral("0"));
    CHECK(desk.view("registrationView")->model()->rowCount() == 0);
    CHECK(child<QLabel>(desk.window, "registrationsLabel")->text()
          == QStringLiteral("“山田 花子” is registered for no seminar."));

    // Undo puts her back on the seminar: the page shows the registration with its seminar.
    desk.trigger("undoAction");
    CHECK(desk.cell("peopleView", 0, PersonListModel::RegistrationsColumn) == QStringLiteral("1"));
    QTableView* registrations = desk.view("registrationView");
    REQUIRE(registrations->model()->rowCount() == 1);
    CHECK(desk.cell("registrationView", 0, PersonRegistrationListModel::SeminarColumn)
          == QStringLiteral("Team Kitakyushu Seminar"));
    CHECK(desk.cell("registrationView", 0, PersonRegistrationListModel::StatusColumn) == QStringLiteral("Registered"));
    CHECK(child<QLabel>(desk.window, "registrationsLabel")->text() == QStringLiteral("Registrations of “山田 花子”"));

    // Return on the registration shows it on its seminar's Attendees page.
    registrations->setFocus();
    registrations->setCurrentIndex(registrations->model()->index(0, 0));
    QTest::keyClick(registrations, Qt::Key_Return);
    CHECK(desk.desk().currentPage() == desk.desk().page<AttendeePage>());
    CHECK(desk.desk().currentPage()->selectedId() == hanakoRegistration);
}

TEST_CASE("Editing a person on the People page changes the person only, and Undo takes it back", "[PeoplePage]")
{
    DeskFixture desk;
    desk.createSeminar();
    registerForSeminar(desk, hanako());
    desk.showPage<PeoplePage>();
    TableViews::select(desk.view("peopleView"), 0);
    bool registrationShown = true;
    whenDialogOpens<AttendeeEditor>([&registrationShown](AttendeeEditor& editor) {
        registrationShown = child<QGroupBox>(editor, "registrationGroup")->isVisible();
        auto* organisation = child<QLineEdit>(editor, "organisationEdit");
        type(organisation, QStringLiteral("IGES"));
        QTest::keyClick(organisation, Qt::Key_Return);
    });
    desk.trigger("editAction");
    CHECK_FALSE(registrationShown);
    CHECK(desk.cell("peopleView", 0, PersonListModel::OrganisationColumn) == QStringLiteral("IGES"));
    CHECK(child<QAction>(desk.window, "undoAction")->text() == QStringLiteral("Undo Edit Attendee “山田 花子”"));
    desk.trigger("undoAction");
    CHECK(desk.cell("peopleView", 0, PersonListModel::OrganisationColumn).isEmpty());
}

TEST_CASE("Two records of one person are merged through the dialog, field by field, and Undo parts them again",
          "[PeoplePage][merge]")
{
    DeskFixture desk;
    desk.createSeminar();
    Attendee first = hanako();
    first.organisation = QStringLiteral("北九州市");
    const qint64 firstRegistration = registerForSeminar(desk, first, Registration::Status::Registered);
    Attendee second = makeAttendee(QStringLiteral("山田"), QStringLiteral("花子"));
    second.email = QStringLiteral("hanako@example.jp");
    second.organisation = QStringLiteral("IGES");
    const qint64 secondRegistration = registerForSeminar(desk, second, Registration::Status::Attended);
    RegistrationStore registrations(desk.desk().database());
    const qint64 firstId = registrations.find(firstRegistration)->attendeeId;
    const qint64 secondId = registrations.find(secondRegistration)->attendeeId;

    desk.showPage<PeoplePage>();
    QTableView* people = desk.view("peopleView");
    REQUIRE(people->model()->rowCount() == 2);
    auto* merge = child<QPushButton>(desk.window, "mergeButton");
    TableViews::select(people, 0);
    CHECK_FALSE(merge->isEnabled());
    selectTwo(people, 0, 1);
    REQUIRE(merge->isEnabled());

    // Both records name an organisation: the one changed last is chosen at first (within a second
    // of each other here, the kept one when they tie), and the test clicks the other.
    AttendeeStore attendees(desk.desk().database());
    const bool secondNewer = attendees.find(secondId)->updatedAt > attendees.find(firstId)->updatedAt;
    const QString newerOrganisation = secondNewer ? QStringLiteral("IGES") : QStringLiteral("北九州市");
    const QString clickedOrganisation = secondNewer ? QStringLiteral("北九州市") : QStringLiteral("IGES");
    QString registrationsText;
    QStringList defaults;
    whenDialogOpens<MergePeopleDialog>([&](MergePeopleDialog& dialog) {
        registrationsText = child<QLabel>(dialog, "registrationsLabel")->text();
        const auto chosenText = [&dialog](PersonMerge::Field field) {
            for (int column : {0, 1}) {
                auto* choice
                    = dialog.findChild<QRadioButton*>(QStringLiteral("choice_%1_%2").arg(int(field)).arg(column));
                if (choice && choice->isChecked())
                    return choice->text();
            }
            return QString();
        };
        for (PersonMerge::Field field :
             {PersonMerge::Field::FamilyReading, PersonMerge::Field::Email, PersonMerge::Field::Organisation})
            defaults.append(chosenText(field));
        const int clickedColumn = secondNewer ? 0 : 1; // column 0: the record kept, the first
        dialog
            .findChild<QRadioButton*>(
                QStringLiteral("choice_%1_%2").arg(int(PersonMerge::Field::Organisation)).arg(clickedColumn))
            ->click();
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    merge->click();
    // The reading only the first has, the e-mail only the second has, the organisation of the newer.
    CHECK(defaults == QStringList {QStringLiteral("ヤマダ"), QStringLiteral("hanako@example.jp"), newerOrganisation});
    CHECK(registrationsText
          == QStringLiteral("Both are registered for “Team Kitakyushu Seminar”: the registration of ID %1 as Attended "
                            "stays, having gone further; the one of ID %2 as Registered is removed.")
                 .arg(secondId)
                 .arg(firstId));

    REQUIRE(people->model()->rowCount() == 1);
    CHECK(desk.desk().currentPage()->selectedId() == firstId);
    const Attendee merged = *AttendeeStore(desk.desk().database()).find(firstId);
    CHECK(merged.organisation == clickedOrganisation);
    CHECK(merged.email == QStringLiteral("hanako@example.jp"));
    CHECK(merged.familyReading == QStringLiteral("ヤマダ"));
    REQUIRE(desk.view("registrationView")->model()->rowCount() == 1);
    CHECK(desk.cell("registrationView", 0, PersonRegistrationListModel::StatusColumn) == QStringLiteral("Attended"));
    CHECK(registrations.find(secondRegistration)->attendeeId == firstId);
    CHECK(desk.view("attendeeView")->model()->rowCount() == 1);

    desk.trigger("undoAction");
    CHECK(people->model()->rowCount() == 2);
    CHECK(registrations.find(firstRegistration)->attendeeId == firstId);
    CHECK(registrations.find(secondRegistration)->attendeeId == secondId);
    CHECK(desk.view("attendeeView")->model()->rowCount() == 2);
    desk.trigger("redoAction");
    CHECK(people->model()->rowCount() == 1);
}

TEST_CASE("Erasing people on the People page asks once, and Undo brings them back", "[PeoplePage][erase]")
{
    DeskFixture desk;
    desk.createSeminar();
    registerForSeminar(desk, hanako());
    registerForSeminar(desk, taro());
    desk.showPage<PeoplePage>();
    QTableView* people = desk.view("peopleView");
    REQUIRE(people->model()->rowCount() == 2);

    selectTwo(people, 0, 1);
    MessageBox::setNextAnswer(QMessageBox::No);
    desk.trigger("eraseAction");
    CHECK(MessageBox::lastText()
          == QStringLiteral("Erase the personal data of these 2 people? They and their registrations for every seminar "
                            "leave the database.\n\n%1\n\nEdit ▸ Undo brings them back only while this window stays "
                            "open.")
                 .arg(PersonalDataErasure::promise(desk.desk().database().path())));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Backup copies made before an upgrade")));
    CHECK(people->model()->rowCount() == 2);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(desk.window, "eraseButton"), Qt::LeftButton);
    CHECK(people->model()->rowCount() == 0);
    CHECK(*AttendeeStore(desk.desk().database()).count() == 0);
    CHECK(desk.view("attendeeView")->model()->rowCount() == 0);
    CHECK(child<QAction>(desk.window, "undoAction")->text() == QStringLiteral("Undo Erase 2 People"));
    CHECK(desk.window.statusBar()->currentMessage()
          == QStringLiteral("Erased 2 people. Edit ▸ Undo brings them back."));

    desk.trigger("undoAction");
    CHECK(people->model()->rowCount() == 2);
    CHECK(desk.view("attendeeView")->model()->rowCount() == 2);

    // Delete on the People page is the same erasure, of the person selected (スズキ before ヤマダ).
    TableViews::select(people, 0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    desk.trigger("deleteAction");
    CHECK(MessageBox::lastText().startsWith(QStringLiteral("Erase the personal data of “鈴木 太郎”?")));
    REQUIRE(people->model()->rowCount() == 1);
    CHECK(desk.cell("peopleView", 0, PersonListModel::NameColumn) == QStringLiteral("山田 花子"));
}

TEST_CASE("A database whose seminars are all deleted still shows its people", "[PeoplePage]")
{
    DeskFixture desk;
    desk.createSeminar();
    registerForSeminar(desk, hanako());
    REQUIRE(desk.desk().edits()->deleteSeminar(desk.desk().seminarId()).ok());
    CHECK_FALSE(desk.window.findChild<QWidget*>(QStringLiteral("welcomePage"))->isVisible());
    desk.showPage<PeoplePage>();
    CHECK(desk.view("peopleView")->model()->rowCount() == 1);
}

TEST_CASE("The People page lists the people past the retention period and erases them after one confirmation",
          "[PeoplePage][erase][retention]")
{
    Translations::install(QStringLiteral("en")); // its plural forms: "1 person", "2 people"
    DeskFixture desk;
    AppSettings().setRetentionPeriod(RetentionPeriod(12));
    const qint64 longAgo = seminarEnded(desk, 13, QStringLiteral("Seminar of last year"));
    const qint64 lately = seminarEnded(desk, 2, QStringLiteral("Seminar of this spring"));
    const qint64 hanakoId = registerFor(desk, hanako(), longAgo);
    registerFor(desk, taro(), longAgo);
    const qint64 kenji = registerFor(desk,
                                     makeAttendee(QStringLiteral("伊藤"), QStringLiteral("健二"),
                                                  QStringLiteral("イトウ"), QStringLiteral("ケンジ")),
                                     longAgo);
    const Database& database = desk.desk().database();
    // 伊藤 came again lately: his last seminar is two months ago.
    Registration again;
    again.seminarId = lately;
    again.attendeeId = kenji;
    REQUIRE(RegistrationStore(database).insert(again).ok());
    desk.showPage<PeoplePage>();
    QTableView* people = desk.view("peopleView");
    REQUIRE(people->model()->rowCount() == 3);

    // Cancelling the confirmation erases nothing.
    const RetentionLook cancelled = openPastRetention(desk, QMessageBox::No);
    CHECK(cancelled.names == QStringList {QStringLiteral("鈴木 太郎"), QStringLiteral("山田 花子")});
    CHECK(cancelled.lastSeminars.size() == 2);
    CHECK_FALSE(cancelled.lastSeminars.value(0).isEmpty());
    CHECK(cancelled.intro.startsWith(QStringLiteral("2 people past the retention period (12 months, set in File ▸ "
                                                    "Settings): their last seminar ended before ")));
    CHECK(cancelled.eraseText == QStringLiteral("&Erase 2 People…"));
    CHECK(*AttendeeStore(database).count() == 3);
    CHECK(people->model()->rowCount() == 3);
    CHECK(ErasureLogStore(database).all()->isEmpty());
    // The one confirmation says what an erasure promises: the file, the backup copies and when they
    // go, PostgreSQL, and how long Undo can bring them back.
    const QString& promise = cancelled.confirmation;
    CHECK(promise.startsWith(QStringLiteral("Erase the 2 people listed, with every registration of theirs?")));
    CHECK(promise.contains(QStringLiteral("leave the database file: SQLite overwrites their rows")));
    CHECK(promise.contains(QStringLiteral("the journal beside it is emptied into the file at once")));
    CHECK(promise.contains(QStringLiteral("never who")));
    CHECK(promise.contains(QStringLiteral("Backup copies made before an upgrade would still hold them until rotated "
                                          "out (only the newest 3 are kept: a copy is deleted when 3 newer ones have "
                                          "been made)")));
    CHECK(promise.contains(QStringLiteral("On a PostgreSQL server their rows are deleted")));
    CHECK(promise.contains(QStringLiteral("Edit ▸ Undo brings them back only while this database stays open in the "
                                          "window")));

    // Confirming erases exactly those listed, as one step of Undo, logged with a count.
    const RetentionLook confirmed = openPastRetention(desk, QMessageBox::Yes);
    CHECK(confirmed.names == cancelled.names);
    REQUIRE(people->model()->rowCount() == 1);
    CHECK(desk.cell("peopleView", 0, PersonListModel::NameColumn) == QStringLiteral("伊藤 健二"));
    CHECK(*AttendeeStore(database).count() == 1);
    CHECK(desk.window.statusBar()->currentMessage()
          == QStringLiteral("Erased 2 people past the retention period. Edit ▸ Undo brings them back while this "
                            "window stays open."));
    CHECK(child<QAction>(desk.window, "undoAction")->text()
          == QStringLiteral("Undo Erase 2 People Past the Retention Period"));
    auto log = ErasureLogStore(database).all();
    REQUIRE(log.ok());
    REQUIRE(log->size() == 1);
    CHECK(log->at(0).people == 2);
    CHECK(log->at(0).registrations == 2);
    CHECK(log->at(0).periodMonths == 12);

    const RetentionLook nobody = openPastRetention(desk, QMessageBox::Yes);
    CHECK(nobody.names.isEmpty());
    CHECK(nobody.intro.startsWith(QStringLiteral("Nobody is past the retention period (12 months")));
    CHECK_FALSE(nobody.eraseEnabled);

    // Undo brings them back with their registrations, and they are past the period again.
    desk.trigger("undoAction");
    CHECK(people->model()->rowCount() == 3);
    CHECK(*AttendeeStore(database).count() == 3);
    CHECK(RegistrationStore(database).forAttendee(hanakoId)->size() == 1);
    CHECK(openPastRetention(desk, QMessageBox::No).names == cancelled.names);
}

TEST_CASE("The retention period is read from Settings when the list of people past it opens", "[PeoplePage][retention]")
{
    Translations::install(QStringLiteral("en")); // its plural forms: "1 person", "2 people"
    DeskFixture desk;
    const qint64 lately = seminarEnded(desk, 2, QStringLiteral("Seminar of this spring"));
    registerFor(desk, hanako(), lately);
    desk.showPage<PeoplePage>();
    AppSettings().setRetentionPeriod(RetentionPeriod(12));
    CHECK(openPastRetention(desk, QMessageBox::No).names.isEmpty());
    AppSettings().setRetentionPeriod(RetentionPeriod(1));
    const RetentionLook look = openPastRetention(desk, QMessageBox::No);
    CHECK(look.names == QStringList {QStringLiteral("山田 花子")});
    CHECK(
        look.intro.startsWith(QStringLiteral("1 person past the retention period (1 month, set in File ▸ Settings)")));
    CHECK(look.eraseText == QStringLiteral("&Erase 1 Person…"));
    CHECK(*AttendeeStore(desk.desk().database()).count() == 1);
}
