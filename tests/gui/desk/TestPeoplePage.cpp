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

#include "core/models/PersonListModel.h"
#include "core/models/PersonRegistrationListModel.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "gui/AttendeeEditor.h"
#include "gui/MergePeopleDialog.h"
#include "gui/MessageBox.h"
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
                            "leave the database.\nEdit ▸ Undo brings them back while this window stays open."));
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
