#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/data/Database.h"
#include "core/models/RegistrationListModel.h"
#include "core/records/Contact.h"
#include "core/settings/Translations.h"
#include "core/stores/BoothStore.h"
#include "core/stores/ContactStore.h"
#include "core/stores/RecordEdits.h"
#include "gui/AttendeeEditor.h"
#include "gui/BoothEditor.h"
#include "gui/ContactEditor.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/SeminarEditor.h"
#include "gui/VenueEditor.h"
#include "support/CatchQt.h"
#include "support/GuiTestSupport.h"

using namespace sd;

namespace {

// A window on a new database in its own folder, with settings from no earlier test.
struct DeskFixture
{
    DeskFixture()
    {
        QSettings().clear();
        REQUIRE(window.openDatabase(folder.filePath(QStringLiteral("desk.sqlite"))));
        window.show();
    }

    void trigger(const char* actionName)
    {
        auto* action = child<QAction>(window, actionName);
        REQUIRE(action);
        REQUIRE(action->isEnabled());
        action->trigger();
    }

    QTableView* view(const char* name) { return child<QTableView>(window, name); }

    // Adds a seminar through its form, after a first Save that the form refuses.
    void createSeminar()
    {
        QString refusal;
        QString keptTitle;
        bool stayedOpen = false;
        whenDialogOpens<SeminarEditor>([&](SeminarEditor& editor) {
            auto* title = child<QLineEdit>(editor, "titleEnEdit");
            type(title, QStringLiteral("Team Kitakyushu Seminar"));
            type(child<QLineEdit>(editor, "titleJaEdit"), QStringLiteral("チーム北九州セミナー"));
            auto* starts = child<QDateTimeEdit>(editor, "startsAtEdit");
            auto* ends = child<QDateTimeEdit>(editor, "endsAtEdit");
            starts->setDateTime(QDateTime(QDate(2027, 2, 12), QTime(13, 30)));
            ends->setDateTime(QDateTime(QDate(2027, 2, 12), QTime(12, 0)));
            QTest::keyClick(title, Qt::Key_Return);
            refusal = editor.errorText();
            stayedOpen = editor.isVisible();
            keptTitle = title->text();
            ends->setDateTime(QDateTime(QDate(2027, 2, 12), QTime(17, 0)));
            QTest::keyClick(title, Qt::Key_Return);
        });
        trigger("newSeminarAction");
        CHECK(refusal == QStringLiteral("The seminar ends before it starts."));
        CHECK(stayedOpen);
        CHECK(keptTitle == QStringLiteral("Team Kitakyushu Seminar"));
    }

    QString attendeeCell(int row, int column)
    {
        return view("attendeeView")->model()->index(row, column).data().toString();
    }

    QTemporaryDir folder;
    MainWindow window;
};

} // namespace

TEST_CASE("An empty database offers to create a seminar, then the form creates one", "[MainWindow]")
{
    DeskFixture desk;
    REQUIRE(desk.window.findChild<QWidget*>(QStringLiteral("welcomePage"))->isVisible());
    desk.createSeminar();
    CHECK_FALSE(desk.window.findChild<QWidget*>(QStringLiteral("welcomePage"))->isVisible());
    CHECK(desk.view("seminarView")->model()->rowCount() == 1);
    CHECK(desk.window.currentSeminarId() > 0);
    CHECK(desk.window.edits()->undoStack()->undoText() == QStringLiteral("Add Seminar “Team Kitakyushu Seminar”"));
}

TEST_CASE("Add an attendee, find her by reading, edit, undo, redo and delete her", "[MainWindow]")
{
    DeskFixture desk;
    desk.createSeminar();
    desk.window.showPage(MainWindow::Page::Attendees);

    whenDialogOpens<AttendeeEditor>([](AttendeeEditor& editor) {
        type(child<QLineEdit>(editor, "familyNameEdit"), QStringLiteral("山田"));
        type(child<QLineEdit>(editor, "givenNameEdit"), QStringLiteral("花子"));
        type(child<QLineEdit>(editor, "familyReadingEdit"), QStringLiteral("やまだ"));
        type(child<QLineEdit>(editor, "givenReadingEdit"), QStringLiteral("はなこ"));
        type(child<QLineEdit>(editor, "organisationEdit"), QStringLiteral("北九州市"));
        auto* email = child<QLineEdit>(editor, "emailEdit");
        type(email, QStringLiteral("hanako@"));
        QTest::keyClick(email, Qt::Key_Return);
        // The form refuses the half-typed address and keeps it for the user to finish.
        if (editor.errorText() == QStringLiteral("“hanako@” is not an e-mail address.")) {
            type(email, QStringLiteral("example.jp"));
            QTest::keyClick(email, Qt::Key_Return);
        }
    });
    desk.trigger("addAction");
    QTableView* attendees = desk.view("attendeeView");
    REQUIRE(attendees->model()->rowCount() == 1);
    CHECK(desk.attendeeCell(0, RegistrationListModel::OrganisationColumn) == QStringLiteral("北九州市"));
    CHECK(desk.attendeeCell(0, RegistrationListModel::EmailColumn) == QStringLiteral("hanako@example.jp"));
    const qint64 registrationId = desk.window.currentRecordId();
    CHECK(registrationId > 0);

    auto* search = child<QLineEdit>(desk.window, "searchEdit");
    desk.trigger("findAction");
    type(search, QStringLiteral("ヤマダ ハ"));
    CHECK(attendees->model()->rowCount() == 1);
    type(search, QStringLiteral("ナコX"));
    CHECK(attendees->model()->rowCount() == 0);
    QTest::keyClick(search, Qt::Key_Backspace);
    CHECK(attendees->model()->rowCount() == 1);
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(desk.window.currentRecordId() == registrationId);

    whenDialogOpens<AttendeeEditor>([](AttendeeEditor& editor) {
        auto* organisation = child<QLineEdit>(editor, "organisationEdit");
        organisation->clear();
        type(organisation, QStringLiteral("IGES"));
        QTest::keyClick(organisation, Qt::Key_Return);
    });
    desk.trigger("editAction");
    CHECK(desk.attendeeCell(0, RegistrationListModel::OrganisationColumn) == QStringLiteral("IGES"));
    auto* undo = child<QAction>(desk.window, "undoAction");
    CHECK(undo->text() == QStringLiteral("Undo Edit Attendee “山田 花子”"));

    desk.trigger("undoAction");
    CHECK(desk.attendeeCell(0, RegistrationListModel::OrganisationColumn) == QStringLiteral("北九州市"));
    desk.trigger("redoAction");
    CHECK(desk.attendeeCell(0, RegistrationListModel::OrganisationColumn) == QStringLiteral("IGES"));

    desk.window.showPage(MainWindow::Page::Attendees);
    desk.trigger("deleteAction");
    CHECK(attendees->model()->rowCount() == 0);
    CHECK(child<QLabel>(desk.window, "countsLabel")->text().startsWith(QStringLiteral("Registered 0 ")));
    desk.trigger("undoAction");
    REQUIRE(attendees->model()->rowCount() == 1);
    CHECK(attendees->model()->index(0, 0).data(Qt::UserRole).toLongLong() == registrationId);
    CHECK(child<QLabel>(desk.window, "countsLabel")->text().startsWith(QStringLiteral("Registered 1 ")));
}

TEST_CASE("A booth gets two interpreters; a taken receiver channel is refused in the form", "[MainWindow]")
{
    DeskFixture desk;
    desk.createSeminar();
    for (const QString& name : {QStringLiteral("赤木 通訳"), QStringLiteral("細田 通訳")}) {
        Contact interpreter;
        interpreter.name = name;
        REQUIRE(desk.window.edits()->addContact(interpreter).ok());
    }
    desk.window.showPage(MainWindow::Page::Booths);
    whenDialogOpens<BoothEditor>([](BoothEditor& editor) {
        type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Japanese ⇔ English"));
        auto* add = child<QPushButton>(editor, "addShiftButton");
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(add, Qt::LeftButton);
        auto* table = child<QTableWidget>(editor, "shiftsTable");
        qobject_cast<QComboBox*>(table->cellWidget(1, 0))->setCurrentIndex(1);
        QTest::keyClick(child<QLineEdit>(editor, "nameEdit"), Qt::Key_Return);
    });
    desk.trigger("addAction");
    QTableView* booths = desk.view("boothView");
    REQUIRE(booths->model()->rowCount() == 1);
    QStringList interpreters = booths->model()->index(0, 3).data().toString().split(QStringLiteral(", "));
    interpreters.sort();
    CHECK(interpreters == QStringList {QStringLiteral("細田 通訳"), QStringLiteral("赤木 通訳")});

    QString refusal;
    whenDialogOpens<BoothEditor>([&refusal](BoothEditor& editor) {
        type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Chinese"));
        child<QSpinBox>(editor, "channelSpin")->setValue(1);
        QTest::keyClick(child<QLineEdit>(editor, "nameEdit"), Qt::Key_Return);
        refusal = editor.errorText();
        editor.reject();
    });
    desk.trigger("addAction");
    CHECK(refusal == QStringLiteral("Receiver channel 1 is already used by the booth “Japanese ⇔ English”."));
    CHECK(booths->model()->rowCount() == 1);
}

TEST_CASE("Linking a contact to the seminar can be undone", "[MainWindow]")
{
    DeskFixture desk;
    desk.createSeminar();
    Contact contact;
    contact.name = QStringLiteral("Akagi");
    REQUIRE(desk.window.edits()->addContact(contact).ok());
    desk.window.showPage(MainWindow::Page::Contacts);
    auto* role = child<QComboBox>(desk.window, "linkRoleCombo");
    role->setCurrentIndex(role->findData(Contact::roleKey(Contact::Role::Enquiries)));
    QTest::mouseClick(child<QPushButton>(desk.window, "linkButton"), Qt::LeftButton);
    QTableView* contacts = desk.view("seminarContactView");
    REQUIRE(contacts->model()->rowCount() == 1);
    CHECK(contacts->model()->index(0, 1).data().toString() == QStringLiteral("Akagi"));
    desk.trigger("undoAction");
    CHECK(contacts->model()->rowCount() == 0);
}

TEST_CASE("Venue and contact forms refuse what is missing and keep what was typed", "[MainWindow]")
{
    DeskFixture desk;
    desk.window.showPage(MainWindow::Page::Venues);
    QString venueRefusal;
    whenDialogOpens<VenueEditor>([&venueRefusal](VenueEditor& editor) {
        auto* address = child<QLineEdit>(editor, "addressEdit");
        type(address, QStringLiteral("Higashida 2-2-11"));
        QTest::keyClick(address, Qt::Key_Return);
        venueRefusal = editor.errorText();
        type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Innovation Gallery"));
        QTest::keyClick(address, Qt::Key_Return);
    });
    desk.trigger("addAction");
    CHECK(venueRefusal == QStringLiteral("A venue needs a name."));
    QTableView* venues = desk.view("venueView");
    REQUIRE(venues->model()->rowCount() == 1);
    CHECK(venues->model()->index(0, 0).data().toString() == QStringLiteral("Innovation Gallery"));
    CHECK(venues->model()->index(0, 2).data().toString() == QStringLiteral("Higashida 2-2-11"));

    desk.window.showPage(MainWindow::Page::ContactBook);
    QString contactRefusal;
    whenDialogOpens<ContactEditor>([&contactRefusal](ContactEditor& editor) {
        type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Hosoda"));
        auto* email = child<QLineEdit>(editor, "emailEdit");
        type(email, QStringLiteral("hosoda.example.jp"));
        QTest::keyClick(email, Qt::Key_Return);
        contactRefusal = editor.errorText();
        editor.reject();
    });
    desk.trigger("addAction");
    CHECK(contactRefusal == QStringLiteral("“hosoda.example.jp” is not an e-mail address."));
    CHECK(desk.view("contactView")->model()->rowCount() == 0);
}

TEST_CASE("A file that is not SQLite is refused with a message that names it", "[MainWindow]")
{
    DeskFixture desk;
    const QString path = desk.folder.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Shopping list: green tea, rice crackers\n");
    file.close();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(desk.window.openDatabase(path));
    CHECK(MessageBox::lastText()
          == QStringLiteral("“%1” is not a Seminar Desk database: it is not an SQLite file.").arg(path));
    CHECK(desk.window.database()->path().endsWith(QStringLiteral("desk.sqlite")));
}

TEST_CASE("The menus follow a change of language to Japanese", "[MainWindow][translation]")
{
    DeskFixture desk;
    Translations::install(QStringLiteral("ja"));
    QCoreApplication::processEvents();
    const QString file = QCoreApplication::translate("sd::MainWindow", "&File");
    const QString edit = QCoreApplication::translate("sd::MainWindow", "&Edit");
    const QString fileTitle = desk.window.fileMenu()->title();
    const QString editTitle = child<QMenu>(desk.window, "editMenu")->title();
    Translations::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(file != QStringLiteral("&File"));
    CHECK(edit != QStringLiteral("&Edit"));
    CHECK(fileTitle == file);
    CHECK(editTitle == edit);
    CHECK(desk.window.fileMenu()->title() == QStringLiteral("&File"));
}
