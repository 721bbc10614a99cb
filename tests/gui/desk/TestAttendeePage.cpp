#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include "core/models/RegistrationListModel.h"
#include "core/stores/PersonalDataErasure.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "gui/AttendeeEditor.h"
#include "gui/MessageBox.h"
#include "gui/desk/AttendeePage.h"
#include "support/CatchQt.h"
#include "support/DeskFixture.h"
#include "support/GuiTestSupport.h"

using namespace sd;

namespace {

// Registers 山田 花子 through the form, typing as a user does; gives her registration's id.
qint64 addHanako(DeskFixture& desk)
{
    desk.showPage<AttendeePage>();
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
    REQUIRE(desk.view("attendeeView")->model()->rowCount() == 1);
    return desk.desk().currentPage()->selectedId();
}

} // namespace

TEST_CASE("Add an attendee, find her by reading, edit, undo, redo and delete her", "[AttendeePage]")
{
    DeskFixture desk;
    desk.createSeminar();
    const qint64 registrationId = addHanako(desk);
    CHECK(registrationId > 0);
    QTableView* attendees = desk.view("attendeeView");
    CHECK(desk.cell("attendeeView", 0, RegistrationListModel::OrganisationColumn) == QStringLiteral("北九州市"));
    CHECK(desk.cell("attendeeView", 0, RegistrationListModel::EmailColumn) == QStringLiteral("hanako@example.jp"));

    auto* search = child<QLineEdit>(desk.window, "searchEdit");
    desk.trigger("findAction");
    type(search, QStringLiteral("ヤマダ ハ"));
    CHECK(attendees->model()->rowCount() == 1);
    type(search, QStringLiteral("ナコX"));
    CHECK(attendees->model()->rowCount() == 0);
    QTest::keyClick(search, Qt::Key_Backspace);
    CHECK(attendees->model()->rowCount() == 1);
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(desk.desk().currentPage()->selectedId() == registrationId);

    whenDialogOpens<AttendeeEditor>([](AttendeeEditor& editor) {
        auto* organisation = child<QLineEdit>(editor, "organisationEdit");
        organisation->clear();
        type(organisation, QStringLiteral("IGES"));
        QTest::keyClick(organisation, Qt::Key_Return);
    });
    desk.trigger("editAction");
    CHECK(desk.cell("attendeeView", 0, RegistrationListModel::OrganisationColumn) == QStringLiteral("IGES"));
    auto* undo = child<QAction>(desk.window, "undoAction");
    CHECK(undo->text() == QStringLiteral("Undo Edit Attendee “山田 花子”"));

    desk.trigger("undoAction");
    CHECK(desk.cell("attendeeView", 0, RegistrationListModel::OrganisationColumn) == QStringLiteral("北九州市"));
    desk.trigger("redoAction");
    CHECK(desk.cell("attendeeView", 0, RegistrationListModel::OrganisationColumn) == QStringLiteral("IGES"));

    desk.showPage<AttendeePage>();
    desk.trigger("deleteAction");
    CHECK(attendees->model()->rowCount() == 0);
    CHECK(child<QLabel>(desk.window, "countsLabel")->text().startsWith(QStringLiteral("Registered 0 ")));
    desk.trigger("undoAction");
    REQUIRE(attendees->model()->rowCount() == 1);
    CHECK(attendees->model()->index(0, 0).data(Qt::UserRole).toLongLong() == registrationId);
    CHECK(child<QLabel>(desk.window, "countsLabel")->text().startsWith(QStringLiteral("Registered 1 ")));
}

TEST_CASE("Erasing an attendee removes the person from the database, and Undo brings them back", "[AttendeePage]")
{
    DeskFixture desk;
    desk.createSeminar();
    const qint64 registrationId = addHanako(desk);
    const qint64 attendeeId = RegistrationStore(desk.desk().database()).find(registrationId)->attendeeId;
    MessageBox::setNextAnswer(QMessageBox::Yes);
    desk.trigger("eraseAction");
    CHECK(MessageBox::lastText()
          == QStringLiteral("Erase the personal data of “山田 花子”? The person and their registrations for every "
                            "seminar leave the database.\n\n%1\n\nEdit ▸ Undo brings them back only while this "
                            "window stays open.")
                 .arg(PersonalDataErasure::promise(desk.desk().database().path())));
    CHECK(desk.view("attendeeView")->model()->rowCount() == 0);
    CHECK_FALSE(AttendeeStore(desk.desk().database()).find(attendeeId).ok());
    desk.trigger("undoAction");
    CHECK(AttendeeStore(desk.desk().database()).find(attendeeId).ok());
    CHECK(desk.view("attendeeView")->model()->rowCount() == 1);
}

TEST_CASE("Setting a registration to Attended records when, setting it back clears it", "[AttendeePage]")
{
    DeskFixture desk;
    desk.createSeminar();
    const qint64 registrationId = addHanako(desk);
    const auto setStatus = [&desk](Registration::Status status) {
        whenDialogOpens<AttendeeEditor>([status](AttendeeEditor& editor) {
            auto* statusCombo = child<QComboBox>(editor, "statusCombo");
            statusCombo->setCurrentIndex(statusCombo->findData(Registration::statusKey(status)));
            QTest::keyClick(child<QLineEdit>(editor, "familyNameEdit"), Qt::Key_Return);
        });
        desk.trigger("editAction");
    };
    RegistrationStore registrations(desk.desk().database());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    setStatus(Registration::Status::Attended);
    const QDateTime checkedIn = registrations.find(registrationId)->checkedInAt;
    CHECK(checkedIn >= before);
    CHECK(checkedIn <= QDateTime::currentDateTimeUtc());
    CHECK(desk.cell("attendeeView", 0, RegistrationListModel::StatusColumn) == QStringLiteral("Attended"));
    // Undo and Redo give back the same time, not a new one.
    desk.trigger("undoAction");
    CHECK_FALSE(registrations.find(registrationId)->checkedInAt.isValid());
    desk.trigger("redoAction");
    CHECK(registrations.find(registrationId)->checkedInAt == checkedIn);
    setStatus(Registration::Status::Registered);
    CHECK_FALSE(registrations.find(registrationId)->checkedInAt.isValid());
}

TEST_CASE("At 1400 pixels the attendee list shows its Status column whole", "[AttendeePage][layout]")
{
    DeskFixture desk;
    desk.createSeminar();
    addHanako(desk);
    desk.window.resize(1400, 900);
    QCoreApplication::processEvents();
    QTableView* attendees = desk.view("attendeeView");
    const int status = RegistrationListModel::StatusColumn;
    const QString text = attendees->model()->headerData(status, Qt::Horizontal).toString();
    CHECK(attendees->columnViewportPosition(status) >= 0);
    CHECK(attendees->columnViewportPosition(status) + attendees->columnWidth(status) <= attendees->viewport()->width());
    CHECK(attendees->columnWidth(status) > attendees->horizontalHeader()->fontMetrics().horizontalAdvance(text));
}
