// The window at one desk while another desk (a second window or program on the same file) works:
// what the other desk commits shows here within a second, without anyone here doing anything.
#include <catch2/catch.hpp>

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "core/checkin/CheckInDesk.h"
#include "core/data/Database.h"
#include "core/data/Transaction.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "gui/AttendeeEditor.h"
#include "gui/EditConflictDialog.h"
#include "gui/desk/AttendeePage.h"
#include "gui/desk/CheckInPage.h"
#include "gui/desk/CheckInPanel.h"
#include "gui/desk/TableViews.h"
#include "support/CatchQt.h"
#include "support/DeskFixture.h"
#include "support/GuiTestSupport.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

// The other desk, on its own connection to the window's database.
struct OtherDesk
{
    explicit OtherDesk(DeskFixture& window)
        : database(std::move(Database::open(window.desk().database().path(), Database::IfMissing::Refuse)).value())
        , seminarId(window.desk().seminarId())
    {
    }

    // Registers the people named FAMILY 1, FAMILY 2 … FAMILY COUNT in one transaction, as an import
    // does; gives the last registration's id.
    qint64 registerPeople(const QString& family, int count)
    {
        Transaction transaction(*database);
        REQUIRE(transaction.begun());
        qint64 registrationId = 0;
        for (int each = 1; each <= count; ++each) {
            auto attendeeId = AttendeeStore(*database).insert(makeAttendee(family, QString::number(each)));
            REQUIRE(attendeeId.ok());
            Registration registration;
            registration.seminarId = seminarId;
            registration.attendeeId = *attendeeId;
            auto registered = RegistrationStore(*database).insert(registration);
            REQUIRE(registered.ok());
            registrationId = *registered;
        }
        REQUIRE(transaction.commit().ok());
        return registrationId;
    }

    std::unique_ptr<Database> database;
    qint64 seminarId;
};

// Waits up to a second for DONE; gives the milliseconds it took, or -1.
template <typename Condition> qint64 msUntil(Condition done)
{
    QElapsedTimer clock;
    clock.start();
    return QTest::qWaitFor(done, 1000) ? clock.elapsed() : -1;
}

} // namespace

TEST_CASE("The attendee list shows what another desk registered, keeping its selected row and scroll", "[OtherDesks]")
{
    DeskFixture window;
    window.createSeminar();
    window.showPage<AttendeePage>();
    QTableView* attendees = window.view("attendeeView");
    OtherDesk other(window);

    other.registerPeople(QStringLiteral("Yamada"), 120);
    const qint64 firstImport = msUntil([&] { return attendees->model()->rowCount() == 120; });
    CHECK(firstImport >= 0);
    CHECK(window.desk().countsText().contains(QStringLiteral("Registered 120")));

    // The user picked a row, then scrolled away from it to the end of the list.
    TableViews::select(attendees, 10);
    const qint64 selected = window.desk().currentPage()->selectedId();
    REQUIRE(selected > 0);
    QScrollBar* scroll = attendees->verticalScrollBar();
    REQUIRE(scroll->maximum() > 0);
    scroll->setValue(scroll->maximum() / 2);
    const int scrolledTo = scroll->value();

    other.registerPeople(QStringLiteral("Sato"), 1);
    const qint64 seen = msUntil([&] { return attendees->model()->rowCount() == 121; });
    INFO("seen after " << seen << " ms");
    CHECK(seen >= 0);
    CHECK(window.desk().currentPage()->selectedId() == selected);
    CHECK(scroll->value() == scrolledTo);
    CHECK(window.desk().countsText().contains(QStringLiteral("Registered 121")));
}

TEST_CASE("A check-in at another desk updates the counts here and leaves a search in progress as it was",
          "[OtherDesks]")
{
    DeskFixture window;
    window.createSeminar();
    OtherDesk other(window);
    const qint64 last = other.registerPeople(QStringLiteral("Garcia"), 3);
    auto* page = window.showPage<CheckInPage>();
    auto* field = child<QLineEdit>(window.window, "scanField");
    auto* counts = child<QLabel>(window.window, "arrivalCountsLabel");
    REQUIRE(msUntil([&] { return counts->text().contains(QStringLiteral("Expected 3")); }) >= 0);

    // Someone here has typed a name and chosen the second match with the arrow key.
    window.activate();
    REQUIRE(field->hasFocus());
    type(field, QStringLiteral("garc"));
    REQUIRE(page->panel()->view()->model()->rowCount() == 3);
    QTest::keyClick(field, Qt::Key_Down);
    const qint64 chosen = page->panel()->selectedId();
    REQUIRE(chosen > 0);

    RecordEdits edits(*other.database);
    CheckInDesk desk(*other.database, edits, other.seminarId, Desk {QStringLiteral("Entrance B"), QString()});
    REQUIRE(desk.checkIn(last).ok());
    CHECK(msUntil([&] { return counts->text().contains(QStringLiteral("Checked in 1")); }) >= 0);
    CHECK(field->text() == QStringLiteral("garc"));
    CHECK(field->hasFocus());
    CHECK(page->panel()->view()->model()->rowCount() == 3);
    CHECK(page->panel()->selectedId() == chosen);
}

TEST_CASE("A form opened before another desk checked the person in cannot save them back to registered",
          "[OtherDesks][conflict]")
{
    DeskFixture window;
    window.createSeminar();
    OtherDesk other(window);
    const qint64 registrationId = other.registerPeople(QStringLiteral("Garcia"), 1);
    window.showPage<AttendeePage>();
    QTableView* list = window.view("attendeeView");
    REQUIRE(msUntil([&] { return list->model()->rowCount() == 1; }) >= 0);
    list->selectRow(0);

    RecordEdits edits(*other.database);
    CheckInDesk door(*other.database, edits, other.seminarId, Desk {QStringLiteral("Entrance B"), QString()});
    QString theirStatus;
    QString statusAfter;
    whenDialogOpens<AttendeeEditor>([&](AttendeeEditor& editor) {
        // The person arrives at the other desk while the form is open here.
        REQUIRE(door.checkIn(registrationId).ok());
        type(child<QLineEdit>(editor, "organisationEdit"), QStringLiteral("北九州市環境局"));
        whenDialogOpens<EditConflictDialog>([&](EditConflictDialog& dialog) {
            auto* table = child<QTableWidget>(dialog, "fieldTable");
            for (int row = 0; table && row < table->rowCount(); ++row) {
                if (table->item(row, 0)->text().contains(QStringLiteral("Status")))
                    theirStatus = table->item(row, 2)->text();
            }
            child<QPushButton>(dialog, "takeTheirsButton")->click();
        });
        QTest::keyClick(child<QLineEdit>(editor, "familyNameEdit"), Qt::Key_Return);
        statusAfter = child<QComboBox>(editor, "statusCombo")->currentText();
        editor.reject();
    });
    window.trigger("editAction");
    CHECK(theirStatus == Registration::statusName(Registration::Status::Attended));
    CHECK(statusAfter == Registration::statusName(Registration::Status::Attended));
    CHECK(RegistrationStore(window.desk().database()).find(registrationId)->status == Registration::Status::Attended);
}
