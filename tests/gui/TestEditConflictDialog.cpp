#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include "core/stores/AttendeeStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "gui/AttendeeEditor.h"
#include "gui/EditConflictDialog.h"
#include "support/CatchQt.h"
#include "support/GuiTestSupport.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

// What the conflict dialog showed: the row of a field (label, yours, theirs) and the headers.
struct ShownConflict
{
    QStringList organisationRow;
    QString theirHeader;
    bool opened = false;
};

ShownConflict read(EditConflictDialog& dialog)
{
    ShownConflict shown;
    shown.opened = true;
    auto* table = child<QTableWidget>(dialog, "fieldTable");
    if (!table)
        return shown;
    shown.theirHeader = table->horizontalHeaderItem(2)->text();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text().contains(QStringLiteral("Organisation")))
            shown.organisationRow
                = {table->item(row, 0)->text(), table->item(row, 1)->text(), table->item(row, 2)->text()};
    }
    return shown;
}

} // namespace

TEST_CASE("Two desks editing one attendee: the second save is refused with both versions shown", "[gui][desks]")
{
    TestDatabaseFile file;
    auto other = file.openAnother();
    REQUIRE(other.ok());
    const qint64 seminarId = *SeminarStore(file.database()).insert(makeSeminar());
    const qint64 attendeeId
        = *AttendeeStore(file.database()).insert(makeAttendee(QStringLiteral("山田"), QStringLiteral("花子")));
    Registration registration;
    registration.seminarId = seminarId;
    registration.attendeeId = attendeeId;
    const qint64 registrationId = *RegistrationStore(file.database()).insert(registration);

    // This desk opens the person in the form, as the Attendees page does.
    RecordEdits edits(file.database());
    AttendeeEditor editor([&edits](const Attendee& person, const Registration& place) {
        return edits.editRegisteredAttendee(person, place);
    });
    const RegisteredAttendee opened
        = *RegistrationStore(file.database()).findRegisteredAttendee(attendeeId, registrationId);
    editor.setRegisteredAttendee(opened.attendee, opened.registration);
    editor.setLoad([&file](const RegisteredAttendee& mine) {
        return RegistrationStore(file.database()).findRegisteredAttendee(mine.attendee.id, mine.registration.id);
    });
    editor.show();

    // The other desk saves the same person first.
    Attendee theirs = *AttendeeStore(**other).find(attendeeId);
    theirs.organisation = QStringLiteral("北九州市環境局");
    REQUIRE(AttendeeStore(**other).update(theirs).ok());

    auto* organisation = child<QLineEdit>(editor, "organisationEdit");
    REQUIRE(organisation);
    organisation->clear();
    type(organisation, QStringLiteral("株式会社グリーンテック九州"));

    ShownConflict shown;
    const auto answer = [&shown](const char* button) {
        whenDialogOpens<EditConflictDialog>([&shown, button](EditConflictDialog& dialog) {
            shown = read(dialog);
            if (auto* choice = child<QPushButton>(dialog, button))
                choice->click();
        });
    };

    SECTION("Keep Mine saves this desk's values over theirs, at their version")
    {
        answer("keepMineButton");
        editor.accept();
        REQUIRE(shown.opened);
        CHECK(shown.organisationRow
              == QStringList {QStringLiteral("≠ Organisation"), QStringLiteral("株式会社グリーンテック九州"),
                              QStringLiteral("北九州市環境局")});
        CHECK(shown.theirHeader.contains(QStringLiteral("version 2")));
        CHECK(editor.result() == QDialog::Accepted);
        const Attendee stored = *AttendeeStore(**other).find(attendeeId);
        CHECK(stored.organisation == QStringLiteral("株式会社グリーンテック九州"));
        CHECK(stored.version == 3);
    }

    SECTION("Take Theirs loads their version into the form and saves nothing")
    {
        answer("takeTheirsButton");
        editor.accept();
        REQUIRE(shown.opened);
        CHECK(editor.isVisible());
        CHECK(organisation->text() == QStringLiteral("北九州市環境局"));
        CHECK(editor.errorText().contains(QStringLiteral("their version")));
        CHECK(AttendeeStore(**other).find(attendeeId)->version == 2);
        // Saved now, the form goes over the version it shows, without a question.
        shown = {};
        type(child<QLineEdit>(editor, "positionEdit"), QStringLiteral("Director"));
        editor.accept();
        CHECK_FALSE(shown.opened);
        CHECK(editor.result() == QDialog::Accepted);
        const Attendee stored = *AttendeeStore(**other).find(attendeeId);
        CHECK(stored.organisation == QStringLiteral("北九州市環境局"));
        CHECK(stored.position == QStringLiteral("Director"));
    }

    SECTION("Back to Editing keeps the form as typed and saves nothing")
    {
        answer("backButton");
        editor.accept();
        REQUIRE(shown.opened);
        CHECK(editor.isVisible());
        CHECK(organisation->text() == QStringLiteral("株式会社グリーンテック九州"));
        CHECK(editor.errorText().contains(QStringLiteral("someone else changed it")));
        CHECK(AttendeeStore(**other).find(attendeeId)->organisation == QStringLiteral("北九州市環境局"));
    }
}

TEST_CASE("The conflict dialog goes back to editing with Escape and marks only the differing fields", "[gui][desks]")
{
    Venue mine;
    mine.name = QStringLiteral("北九州イノベーションギャラリー");
    mine.version = 1;
    Venue theirs = mine;
    theirs.version = 2;
    theirs.accessNotes = QStringLiteral("5 minutes from Space World station");
    EditConflictDialog dialog(VersionConflict::of(mine, theirs), QStringLiteral("Venue"), nullptr);
    dialog.show();
    auto* table = child<QTableWidget>(dialog, "fieldTable");
    REQUIRE(table);
    auto* only = child<QCheckBox>(dialog, "differencesOnlyCheck");
    REQUIRE(only);
    only->setChecked(true);
    int shownRows = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        shownRows += table->isRowHidden(row) ? 0 : 1;
    CHECK(shownRows == 1);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK(dialog.result() == EditConflictDialog::BackToEditing);
    CHECK_FALSE(dialog.isVisible());
}
