#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include "core/settings/Translations.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "gui/ExportCsvDialog.h"
#include "gui/ImportCsvWizard.h"
#include "gui/MessageBox.h"
#include "support/CatchQt.h"
#include "support/CliRun.h"
#include "support/GuiTestSupport.h"
#include "support/SeminarFixture.h"

using namespace sd;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(SEMINAR_DESK_TEST_DATA "/csv/") + QString::fromLatin1(name);
}

QStringList headerLabels(const QTableWidget* table)
{
    QStringList labels;
    for (int column = 0; column < table->columnCount(); ++column)
        labels.append(table->horizontalHeaderItem(column)->text());
    return labels;
}

struct Fixture : SeminarFixture
{
    // The program's English, plural forms included ("1 row", "2 rows"), as it starts.
    Fixture() { Translations::install(QStringLiteral("en")); }

    RecordEdits edits {file.database()};

    void add(const QString& family, const QString& given, const QString& reading, const QString& email)
    {
        Attendee attendee = makeAttendee(family, given, reading);
        attendee.email = email;
        attendee.organisation = QStringLiteral("=Org");
        registerAttendee(attendee);
    }
};

} // namespace

TEST_CASE("The export dialog previews the preset, lets columns be chosen and ordered, and writes", "[gui][csv]")
{
    Fixture f;
    f.add(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("やまだ"), QStringLiteral("taro@example.jp"));
    f.add(QStringLiteral("伊藤"), QStringLiteral("彩"), QStringLiteral("いとう"), QStringLiteral("aya@example.jp"));
    ExportCsvDialog dialog(f.file.database(), f.seminarId);
    auto* preview = child<QTableWidget>(dialog, "previewTable");
    auto* columns = child<QListWidget>(dialog, "columnsList");
    REQUIRE(preview);
    REQUIRE(columns);
    // The venue preset first: no e-mail.
    CHECK(headerLabels(preview)
          == QStringList {QStringLiteral("Name"), QStringLiteral("Name in Latin script"),
                          QStringLiteral("Organisation"), QStringLiteral("Category"),
                          QStringLiteral("Receiver needed")});
    REQUIRE(preview->rowCount() == 2);
    CHECK(preview->item(0, 0)->text() == QStringLiteral("伊藤 彩"));
    CHECK(preview->item(0, 2)->text() == QStringLiteral("'=Org")); // the formula guard shows

    child<QComboBox>(dialog, "presetCombo")->setCurrentIndex(1); // reception
    CHECK(columns->count() == 11);
    CHECK(headerLabels(preview).mid(0, 3)
          == QStringList {QStringLiteral("No."), QStringLiteral("Family name"), QStringLiteral("Given name")});
    CHECK(headerLabels(preview).last() == QStringLiteral("Check-in"));
    // Take out all but the two name columns, then swap them.
    columns->item(0)->setSelected(true);
    for (int row = 3; row < columns->count(); ++row)
        columns->item(row)->setSelected(true);
    child<QPushButton>(dialog, "removeButton")->click();
    CHECK(columns->count() == 2);
    columns->clearSelection();
    columns->setCurrentRow(1);
    child<QPushButton>(dialog, "upButton")->click();
    child<QComboBox>(dialog, "headerCombo")->setCurrentIndex(1); // Japanese
    child<QCheckBox>(dialog, "formulaGuardCheck")->setChecked(false);
    CHECK(headerLabels(preview) == QStringList {QStringLiteral("名"), QStringLiteral("姓")});

    auto* available = child<QListWidget>(dialog, "availableList");
    const QList<QListWidgetItem*> email = available->findItems(QStringLiteral("E-mail"), Qt::MatchExactly);
    REQUIRE(email.size() == 1);
    email.first()->setSelected(true);
    child<QPushButton>(dialog, "addButton")->click();
    CHECK(headerLabels(preview)
          == QStringList {QStringLiteral("名"), QStringLiteral("姓"), QStringLiteral("メールアドレス")});

    child<QComboBox>(dialog, "encodingCombo")->setCurrentIndex(1); // UTF-8 without BOM
    const QString out = f.file.folder() + QStringLiteral("/dialog.csv");
    dialog.setOutputPath(out);
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.rowsWritten() == 2);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll())
          == QStringLiteral("名,姓,メールアドレス\r\n彩,伊藤,aya@example.jp\r\n太郎,山田,taro@example.jp\r\n"));
}

TEST_CASE("The export preview shows every column's header whole", "[gui][csv]")
{
    Fixture f;
    f.add(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("やまだ"), QStringLiteral("taro@example.jp"));
    ExportCsvDialog dialog(f.file.database(), f.seminarId);
    dialog.resize(900, 600);
    dialog.show();
    auto* preview = child<QTableWidget>(dialog, "previewTable");
    REQUIRE(preview);
    REQUIRE(preview->columnCount() > 2);
    for (int column = 0; column < preview->columnCount() - 1; ++column) {
        const QString header = preview->horizontalHeaderItem(column)->text();
        INFO(header.toStdString());
        CHECK(preview->columnWidth(column) > preview->horizontalHeader()->fontMetrics().horizontalAdvance(header));
    }
}

TEST_CASE("The export dialog shows an error and stays open when it cannot write", "[gui][csv]")
{
    Fixture f;
    f.add(QStringLiteral("박"), QStringLiteral("서연"), QStringLiteral("ぱく"), QString());
    ExportCsvDialog dialog(f.file.database(), f.seminarId);
    child<QComboBox>(dialog, "encodingCombo")->setCurrentIndex(2); // Shift_JIS
    const QString out = f.file.folder() + QStringLiteral("/never.csv");
    dialog.setOutputPath(out);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("박")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("The import wizard previews, maps, reports duplicates and imports", "[gui][csv]")
{
    Fixture f;
    ImportCsvWizard wizard(f.file.database(), f.edits, f.seminarId);
    wizard.setFilePath(fixture("web-form-ja.csv"));
    wizard.show();
    REQUIRE(wizard.currentId() == ImportCsvWizard::FilePage);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportCsvWizard::FormatPage);
    auto* preview = child<QTableWidget>(wizard, "previewTable");
    CHECK(preview->rowCount() == 4);
    CHECK(headerLabels(preview).first() == QStringLiteral("氏名"));
    CHECK(preview->item(1, 8)->text() == QStringLiteral("午後から参加\r\n懇親会も出席"));

    wizard.next();
    REQUIRE(wizard.currentId() == ImportCsvWizard::MappingPage);
    auto* nameCombo = child<QComboBox>(wizard, "mappingCombo0");
    REQUIRE(nameCombo);
    CHECK(HeaderMapping::Target(nameCombo->currentData().toInt()) == HeaderMapping::Target::FullName);
    auto* notesCombo = child<QComboBox>(wizard, "mappingCombo8");
    REQUIRE(notesCombo);
    CHECK(HeaderMapping::Target(notesCombo->currentData().toInt()) == HeaderMapping::Target::Notes);
    notesCombo->setCurrentIndex(notesCombo->findData(int(HeaderMapping::Target::Ignore)));

    wizard.next();
    REQUIRE(wizard.currentId() == ImportCsvWizard::DuplicatesPage);
    auto* duplicates = child<QTableWidget>(wizard, "duplicatesTable");
    REQUIRE(duplicates->rowCount() == 1);
    CHECK(duplicates->item(0, 0)->text() == QStringLiteral("6"));
    CHECK(duplicates->item(0, 1)->text() == QStringLiteral("山田 太郎"));
    CHECK(duplicates->item(0, 2)->text() == QStringLiteral("line 2 of the file"));
    CHECK(*AttendeeStore(f.file.database()).count() == 0); // nothing yet

    wizard.next();
    REQUIRE(wizard.currentId() == ImportCsvWizard::ResultPage);
    CHECK(wizard.report().applied);
    CHECK(child<QLabel>(wizard, "resultLabel")->text().contains(QStringLiteral("3")));
    const auto attendees = *AttendeeStore(f.file.database()).all();
    REQUIRE(attendees.size() == 3);
    for (const Attendee& attendee : attendees)
        CHECK(attendee.notes.isEmpty()); // the notes column was left out
}

TEST_CASE("A long import shows its progress, and Cancel imports nothing", "[gui][csv][progress]")
{
    Fixture f;
    QTemporaryDir folder;
    const QString path = CliRun::writeRegistrationsCsv(folder, QStringLiteral("many.csv"), 30000);
    ImportCsvWizard wizard(f.file.database(), f.edits, f.seminarId);
    wizard.setFilePath(path);
    wizard.show();
    for (int page = 0; page < 3; ++page)
        wizard.next();
    REQUIRE(wizard.currentId() == ImportCsvWizard::DuplicatesPage);
    REQUIRE(wizard.report().errors.isEmpty());

    QString label;
    Qt::WindowModality modality = Qt::NonModal;
    int maximum = -1;
    whenDialogAppears<QProgressDialog>(
        [&](QProgressDialog& dialog) {
            label = dialog.labelText();
            modality = dialog.windowModality();
            maximum = dialog.maximum();
            dialog.cancel();
        },
        60000);
    wizard.next(); // Import
    CHECK(wizard.currentId() == ImportCsvWizard::DuplicatesPage);
    CHECK(label.startsWith(QStringLiteral("Importing registrations… row ")));
    CHECK(modality == Qt::WindowModal);
    CHECK(maximum == 0); // the rows are not known beforehand: a busy bar
    CHECK_FALSE(wizard.report().applied);
    CHECK(child<QLabel>(wizard, "importErrorLabel")->text() == QStringLiteral("Cancelled: nothing was changed."));
    CHECK(*AttendeeStore(f.file.database()).count() == 0);
    CHECK(RegistrationStore(f.file.database()).forSeminar(f.seminarId)->isEmpty());
    CHECK(f.edits.undoStack()->count() == 0);
}

TEST_CASE("The import wizard will not go on with a malformed file", "[gui][csv]")
{
    Fixture f;
    ImportCsvWizard wizard(f.file.database(), f.edits, f.seminarId);
    wizard.setFilePath(fixture("unterminated-quote.csv"));
    wizard.show();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportCsvWizard::FormatPage);
    CHECK(child<QLabel>(wizard, "formatErrorLabel")->text().contains(QStringLiteral("Line 3")));
    wizard.next();
    CHECK(wizard.currentId() == ImportCsvWizard::FormatPage);

    ImportCsvWizard missing(f.file.database(), f.edits, f.seminarId);
    missing.setFilePath(f.file.folder() + QStringLiteral("/no-such.csv"));
    missing.show();
    missing.next();
    CHECK(missing.currentId() == ImportCsvWizard::FilePage);
}

TEST_CASE("The import wizard names its seminar and the people, counts in plurals and commits with Import", "[gui][csv]")
{
    Fixture f;
    // 髙橋 﨑子 is stored already: the wizard names her, not "attendee 1".
    Attendee stored = makeAttendee(QStringLiteral("髙橋"), QStringLiteral("﨑子"));
    stored.email = QStringLiteral("sakiko@example.jp");
    AttendeeStore(f.file.database()).insert(stored).value();
    ImportCsvWizard wizard(f.file.database(), f.edits, f.seminarId);
    wizard.show();
    CHECK(wizard.windowTitle() == QStringLiteral("Import Registrations into “Test seminar”"));
    CHECK(child<QWizardPage>(wizard, "filePage")->subTitle().contains(QStringLiteral("“Test seminar”")));

    // No path yet: the page asks for a file, and does not call "" a file that is not one.
    wizard.next();
    REQUIRE(wizard.currentId() == ImportCsvWizard::FilePage);
    CHECK(child<QWizardPage>(wizard, "filePage")->subTitle()
          == QStringLiteral("Choose the CSV file or Excel workbook to import: type its path or use Browse."));

    wizard.setFilePath(fixture("web-form-ja.csv"));
    wizard.next();
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportCsvWizard::DuplicatesPage);
    CHECK(child<QLabel>(wizard, "summaryLabel")->text()
          == QStringLiteral("Into “Test seminar”: 4 rows: 2 new attendees, 1 stored attendee completed, "
                            "3 registrations, 2 duplicates merged."));
    auto* duplicates = child<QTableWidget>(wizard, "duplicatesTable");
    REQUIRE(duplicates->rowCount() == 2);
    CHECK(duplicates->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(duplicates->item(0, 1)->text() == QStringLiteral("髙橋 﨑子"));
    CHECK(duplicates->item(0, 2)->text() == QStringLiteral("already stored"));
    CHECK(duplicates->item(0, 3)->text() == QStringLiteral("the same e-mail and name"));
    // The button that imports says so; there is no "Commit".
    QAbstractButton* commit = wizard.button(QWizard::CommitButton);
    CHECK(commit->isVisible());
    CHECK(commit->text() == QStringLiteral("&Import"));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isVisible());

    commit->click();
    REQUIRE(wizard.currentId() == ImportCsvWizard::ResultPage);
    CHECK(child<QLabel>(wizard, "resultLabel")->text()
          == QStringLiteral("Imported “web-form-ja.csv” into “Test seminar”: 4 rows: 2 new attendees, 1 stored "
                            "attendee completed, 3 registrations, 2 duplicates merged.\nEdit ▸ Undo takes the whole "
                            "import back."));
}

TEST_CASE("The import wizard's import is one step of the desk's undo stack", "[gui][csv]")
{
    Fixture f;
    ImportCsvWizard wizard(f.file.database(), f.edits, f.seminarId);
    wizard.setFilePath(fixture("web-form-ja.csv"));
    wizard.show();
    for (int page = 0; page < 4; ++page)
        wizard.next();
    REQUIRE(wizard.currentId() == ImportCsvWizard::ResultPage);
    REQUIRE(*AttendeeStore(f.file.database()).count() == 3);
    REQUIRE(f.edits.undoStack()->count() == 1);
    CHECK(f.edits.undoStack()->undoText() == QStringLiteral("Import “web-form-ja.csv”"));
    f.edits.undoStack()->undo();
    CHECK(*AttendeeStore(f.file.database()).count() == 0);
    CHECK(RegistrationStore(f.file.database()).forSeminar(f.seminarId)->isEmpty());
    f.edits.undoStack()->redo();
    CHECK(*AttendeeStore(f.file.database()).count() == 3);
    CHECK(RegistrationStore(f.file.database()).forSeminar(f.seminarId)->size() == 3);
}

TEST_CASE("The import wizard asks which of two columns fills a field", "[gui][csv]")
{
    Fixture f;
    ImportCsvWizard wizard(f.file.database(), f.edits, f.seminarId);
    wizard.setFilePath(fixture("two-email-columns.csv"));
    wizard.show();
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportCsvWizard::MappingPage);
    // Repeated and empty headers are told apart.
    auto* mapping = child<QTableWidget>(wizard, "mappingTable");
    REQUIRE(mapping->rowCount() == 6);
    CHECK(mapping->item(4, 0)->text() == QStringLiteral("column 5"));
    CHECK(mapping->item(5, 0)->text() == QStringLiteral("備考 (2)"));

    MessageBox::setNextChoice(-1); // Cancel: the page stays
    wizard.next();
    CHECK(wizard.currentId() == ImportCsvWizard::MappingPage);
    CHECK(MessageBox::lastText().contains(QStringLiteral("2 columns of the file would fill the field “E-mail”")));

    MessageBox::setNextChoice(1); // the second of them: メールアドレス
    wizard.next();
    REQUIRE(wizard.currentId() == ImportCsvWizard::DuplicatesPage);
    CHECK(HeaderMapping::Target(child<QComboBox>(wizard, "mappingCombo1")->currentData().toInt())
          == HeaderMapping::Target::Ignore);
    CHECK(HeaderMapping::Target(child<QComboBox>(wizard, "mappingCombo2")->currentData().toInt())
          == HeaderMapping::Target::Email);
    CHECK(child<QLabel>(wizard, "importErrorLabel")->text().isEmpty());
    wizard.next();
    REQUIRE(wizard.report().applied);
    const Attendee imported = AttendeeStore(f.file.database()).all()->first();
    CHECK(imported.email == QStringLiteral("taro@example.jp"));
    CHECK(imported.notes == QStringLiteral("午前\n午後"));
}

TEST_CASE("The import wizard suggests windows-1252 for Western European text and reads it so", "[gui][csv]")
{
    Fixture f;
    ImportCsvWizard wizard(f.file.database(), f.edits, f.seminarId);
    wizard.setFilePath(fixture("western-as-cp932.csv"));
    wizard.show();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportCsvWizard::FormatPage);
    auto* error = child<QLabel>(wizard, "formatErrorLabel");
    CHECK(error->text().contains(QStringLiteral("Line 3")));
    CHECK(error->text().contains(QStringLiteral("Choose “Western European (Windows-1252, Latin-1)” under Encoding.")));
    wizard.next();
    CHECK(wizard.currentId() == ImportCsvWizard::FormatPage);

    auto* encoding = child<QComboBox>(wizard, "encodingCombo");
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("windows-1252")));
    CHECK(error->text().isEmpty());
    auto* preview = child<QTableWidget>(wizard, "previewTable");
    REQUIRE(preview->rowCount() == 2);
    CHECK(preview->item(1, 0)->text() == QStringLiteral("João Número"));
}

TEST_CASE("The shared e-mail of two people shows as a warning, and both are imported", "[gui][csv]")
{
    Fixture f;
    ImportCsvWizard wizard(f.file.database(), f.edits, f.seminarId);
    wizard.setFilePath(fixture("eventbrite.csv"));
    wizard.show();
    for (int page = 0; page < 3; ++page)
        wizard.next();
    REQUIRE(wizard.currentId() == ImportCsvWizard::DuplicatesPage);
    auto* warnings = child<QLabel>(wizard, "warningsLabel");
    CHECK_FALSE(warnings->isHidden());
    CHECK(warnings->text()
          == QStringLiteral("Line 4: the same e-mail as line 3, but a different name: imported as another person."));
    CHECK(child<QTableWidget>(wizard, "duplicatesTable")->rowCount() == 0);
    wizard.next();
    REQUIRE(wizard.report().applied);
    CHECK(*AttendeeStore(f.file.database()).count() == 3);
}

TEST_CASE("The export dialog of a Japanese desk starts with Japanese headers", "[gui][csv]")
{
    Fixture f;
    Translations::install(QStringLiteral("ja"));
    f.add(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("やまだ"), QStringLiteral("taro@example.jp"));
    ExportCsvDialog japanese(f.file.database(), f.seminarId);
    const QStringList japaneseHeaders = headerLabels(child<QTableWidget>(japanese, "previewTable"));
    Translations::install(QStringLiteral("en"));
    ExportCsvDialog english(f.file.database(), f.seminarId);
    const QStringList englishHeaders = headerLabels(child<QTableWidget>(english, "previewTable"));

    CHECK(japaneseHeaders.contains(QStringLiteral("氏名")));
    CHECK(englishHeaders.contains(QStringLiteral("Name")));
}
