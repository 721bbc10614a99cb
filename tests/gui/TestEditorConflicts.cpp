// Each record editor saved after another desk saved the same record: the save shows both versions
// (EditConflictDialog), and Keep Mine or Take Theirs leaves stored what the user chose. One test
// body for every editor; each editor's fixture says how to open it, what the other desk changes
// and what this desk types.
#include <catch2/catch.hpp>

#include <QPushButton>
#include <QSpinBox>

#include "core/checkin/ReceiverDesk.h"
#include "core/stores/ReceiverInventoryStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/SeminarStore.h"
#include "gui/EditConflictDialog.h"
#include "gui/ReceiverInventoryDialog.h"
#include "support/CatchQt.h"
#include "support/GuiTestSupport.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

// A field's value as stored, with the version of its record.
using Stored = std::pair<QString, qint64>;

// This desk (the file's database, with its undo stack) and another desk (a second connection) on
// one database with one seminar.
struct TwoDesks
{
    TestDatabaseFile file;
    std::unique_ptr<Database> other = *file.openAnother();
    RecordEdits edits {file.database()};
    qint64 seminarId = *SeminarStore(file.database()).insert(makeSeminar());
};

// The seminar's receivers, counted once (version 1), in the dialog of the seminar-day page.
struct ReceiverInventoryForm : TwoDesks
{
    static inline const QString mine = QStringLiteral("45");
    static inline const QString theirs = QStringLiteral("60");

    ReceiverDesk desk {file.database(), edits, seminarId, Desk::named(QStringLiteral("Desk 1"))};
    bool counted = desk.setInventory({40, {}}).ok(); // before the form reads it: version 1
    ReceiverInventoryDialog form {*desk.inventory(), [this](const ReceiverInventory& changed) {
                                      return desk.setInventory(changed);
                                  }};

    ReceiverInventoryForm()
    {
        form.setLoad([this](const ReceiverInventory&) { return desk.inventory(); });
    }
    RecordDialog& editor() { return form; }
    void saveTheirs()
    {
        ReceiverInventory changed = *ReceiverInventoryStore(*other).read(seminarId);
        changed.count = theirs.toInt();
        REQUIRE(ReceiverInventoryStore(*other).write(seminarId, changed).ok());
    }
    void typeMine() { child<QSpinBox>(form, "countSpin")->setValue(mine.toInt()); }
    QString shown() const { return QString::number(form.inventory().count); }
    Stored stored() const
    {
        const ReceiverInventory inventory = *ReceiverInventoryStore(*other).read(seminarId);
        return {QString::number(inventory.count), inventory.version};
    }
};

// Answers the next conflict dialog with the button named BUTTON; ASKED says that it opened.
void answerConflict(const char* button, bool& asked)
{
    asked = false;
    whenDialogOpens<EditConflictDialog>([button, &asked](EditConflictDialog& dialog) {
        asked = true;
        child<QPushButton>(dialog, button)->click();
    });
}

} // namespace

TEMPLATE_TEST_CASE("A form saved after another desk saved its record asks whose version stands", "[gui][desks]",
                   ReceiverInventoryForm)
{
    TestType desk;
    desk.editor().show();
    CHECK(desk.stored().second == 1);
    desk.saveTheirs();
    desk.typeMine();
    bool asked = false;

    SECTION("Keep Mine saves this desk's values over theirs")
    {
        answerConflict("keepMineButton", asked);
        desk.editor().accept();
        CHECK(asked);
        CHECK(desk.editor().result() == QDialog::Accepted);
        CHECK(desk.stored() == Stored {TestType::mine, 3});
    }

    SECTION("Take Theirs shows their values, saves nothing, and a save then goes over theirs")
    {
        answerConflict("takeTheirsButton", asked);
        desk.editor().accept();
        CHECK(asked);
        CHECK(desk.editor().isVisible());
        CHECK(desk.shown() == TestType::theirs);
        CHECK(desk.editor().errorText().contains(QStringLiteral("their version")));
        CHECK(desk.stored() == Stored {TestType::theirs, 2});
        asked = false;
        desk.editor().accept();
        CHECK_FALSE(asked);
        CHECK(desk.editor().result() == QDialog::Accepted);
        CHECK(desk.stored() == Stored {TestType::theirs, 3});
    }
}
