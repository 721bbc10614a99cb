// Each record editor saved after another desk saved the same record: the save shows both versions
// (EditConflictDialog), and Keep Mine or Take Theirs leaves stored what the user chose. One test
// body for every editor; each editor's fixture says how to open it, what the other desk changes
// and what this desk types.
#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include "core/checkin/ReceiverDesk.h"
#include "core/stores/BoothStore.h"
#include "core/stores/ContactStore.h"
#include "core/stores/ProgrammeStore.h"
#include "core/stores/ReceiverInventoryStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/SeminarStore.h"
#include "core/stores/VenueStore.h"
#include "gui/BoothEditor.h"
#include "gui/ContactEditor.h"
#include "gui/EditConflictDialog.h"
#include "gui/ReceiverInventoryDialog.h"
#include "gui/SeminarEditor.h"
#include "gui/VenueEditor.h"
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

// A record that a store keeps, stored at version 1 and opened in its editor as its page opens it.
// KIND names the store, the editor, how to open it, and the text field both desks change.
template <typename Kind> struct StoredRecordForm : TwoDesks
{
    using Store = typename Kind::Store;
    static inline const QString mine = QStringLiteral("Typed at this desk");
    static inline const QString theirs = QStringLiteral("Saved at the other desk");

    qint64 id = Kind::insert(*this);
    std::unique_ptr<typename Kind::Editor> form = Kind::open(*this, id);

    RecordDialog& editor() { return *form; }
    void saveTheirs()
    {
        Store there(*other);
        auto record = *there.find(id);
        record.*Kind::field = theirs;
        REQUIRE(there.update(record).ok());
    }
    QLineEdit* field() const { return child<QLineEdit>(*form, Kind::fieldName); }
    void typeMine()
    {
        field()->clear();
        type(field(), mine);
    }
    QString shown() const { return field()->text(); }
    Stored stored() const
    {
        const auto record = *Store(*other).find(id);
        return {record.*Kind::field, record.version};
    }
};

// The editor of a record saved alone (a venue, a contact), opened as DeskPage::editInDialog does.
template <typename Editor, typename Store, typename Record>
std::unique_ptr<Editor> openAlone(TwoDesks& desks, qint64 id, void (Editor::*show)(const Record&),
                                  Status (RecordEdits::*edit)(const Record&))
{
    auto editor
        = std::make_unique<Editor>([&desks, edit](const Record& changed) { return (desks.edits.*edit)(changed); });
    ((*editor).*show)(*Store(desks.file.database()).find(id));
    editor->setLoad([&desks](const Record& mine) { return Store(desks.file.database()).find(mine.id); });
    return editor;
}

struct VenueKind
{
    using Store = VenueStore;
    using Editor = VenueEditor;
    static constexpr QString Venue::*field = &Venue::nameEn;
    static constexpr const char* fieldName = "nameEnEdit";

    static qint64 insert(TwoDesks& desks)
    {
        Venue venue;
        venue.name = QStringLiteral("北九州イノベーションギャラリー");
        return *VenueStore(desks.file.database()).insert(venue);
    }
    static std::unique_ptr<Editor> open(TwoDesks& desks, qint64 id)
    {
        return openAlone<VenueEditor, VenueStore>(desks, id, &VenueEditor::setVenue, &RecordEdits::editVenue);
    }
};

struct ContactKind
{
    using Store = ContactStore;
    using Editor = ContactEditor;
    static constexpr QString Contact::*field = &Contact::organisation;
    static constexpr const char* fieldName = "organisationEdit";

    static qint64 insert(TwoDesks& desks)
    {
        Contact contact;
        contact.name = QStringLiteral("東田 里美");
        return *ContactStore(desks.file.database()).insert(contact);
    }
    static std::unique_ptr<Editor> open(TwoDesks& desks, qint64 id)
    {
        return openAlone<ContactEditor, ContactStore>(desks, id, &ContactEditor::setContact, &RecordEdits::editContact);
    }
};

// The seminar with its programme, opened as DeskWidget::editSeminar does.
struct SeminarKind
{
    using Store = SeminarStore;
    using Editor = SeminarEditor;
    static constexpr QString Seminar::*field = &Seminar::organiser;
    static constexpr const char* fieldName = "organiserEdit";

    static qint64 insert(TwoDesks& desks) { return desks.seminarId; }
    static std::unique_ptr<Editor> open(TwoDesks& desks, qint64 id)
    {
        const Database& database = desks.file.database();
        auto editor = std::make_unique<SeminarEditor>(
            *VenueStore(database).all(), [&desks](const Seminar& changed, const QList<ProgrammeItem>& items) {
                return desks.edits.editSeminar(changed, items);
            });
        editor->setSeminar(*SeminarStore(database).find(id), *ProgrammeStore(database).forSeminar(id));
        editor->setLoad([&database](const SeminarWithProgramme& mine) -> Result<SeminarWithProgramme> {
            return SeminarWithProgramme {*SeminarStore(database).find(mine.seminar.id),
                                         *ProgrammeStore(database).forSeminar(mine.seminar.id)};
        });
        return editor;
    }
};

// A booth with its shifts, opened as BoothPage does.
struct BoothKind
{
    using Store = BoothStore;
    using Editor = BoothEditor;
    static constexpr QString Booth::*field = &Booth::name;
    static constexpr const char* fieldName = "nameEdit";

    static qint64 insert(TwoDesks& desks)
    {
        Booth booth;
        booth.seminarId = desks.seminarId;
        booth.name = QStringLiteral("English");
        booth.languagePair = QStringLiteral("ja-en");
        booth.channel = 1;
        return *BoothStore(desks.file.database()).insert(booth);
    }
    static std::unique_ptr<Editor> open(TwoDesks& desks, qint64 id)
    {
        const Database& database = desks.file.database();
        const Seminar seminar = *SeminarStore(database).find(desks.seminarId);
        auto editor = std::make_unique<BoothEditor>(
            QList<Contact> {}, *BoothStore(database).forSeminar(desks.seminarId), seminar.startsAt, seminar.endsAt,
            [&desks](const Booth& changed, const QList<InterpreterShift>& shifts) {
                return desks.edits.editBooth(changed, shifts);
            });
        editor->setBooth(*BoothStore(database).find(id), *BoothStore(database).shifts(id));
        editor->setLoad([&database](const BoothWithShifts& mine) -> Result<BoothWithShifts> {
            return BoothWithShifts {*BoothStore(database).find(mine.booth.id),
                                    *BoothStore(database).shifts(mine.booth.id)};
        });
        return editor;
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
                   ReceiverInventoryForm, StoredRecordForm<SeminarKind>, StoredRecordForm<VenueKind>,
                   StoredRecordForm<BoothKind>, StoredRecordForm<ContactKind>)
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
