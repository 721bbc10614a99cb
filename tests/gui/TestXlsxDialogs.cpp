#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

#include "core/stores/AttendeeStore.h"
#include "core/stores/RecordEdits.h"
#include "gui/ExportCsvDialog.h"
#include "gui/ImportCsvWizard.h"
#include "support/CatchQt.h"
#include "support/GuiTestSupport.h"
#include "support/SeminarFixture.h"
#include "support/WorkbookTool.h"

using namespace sd;

TEST_CASE("The export dialog writes an Excel workbook when Excel is chosen", "[gui][xlsx]")
{
    SeminarFixture f;
    Attendee yamada = makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("やまだ"));
    yamada.organisation = QStringLiteral("=Org");
    f.registerAttendee(yamada);
    ExportCsvDialog dialog(f.file.database(), f.seminarId);
    dialog.show();
    auto* format = child<QComboBox>(dialog, "formatCombo");
    REQUIRE(format);
    CHECK(dialog.format() == ExportCsvDialog::Format::Csv);
    CHECK(child<QComboBox>(dialog, "encodingCombo")->isVisibleTo(&dialog));
    dialog.setOutputPath(f.file.folder() + QStringLiteral("/venue.csv"));

    format->setCurrentIndex(format->findData(int(ExportCsvDialog::Format::Excel)));
    CHECK(dialog.format() == ExportCsvDialog::Format::Excel);
    // What does not apply to a workbook is not offered; the file name follows the format.
    CHECK_FALSE(child<QComboBox>(dialog, "encodingCombo")->isVisibleTo(&dialog));
    CHECK_FALSE(child<QComboBox>(dialog, "delimiterCombo")->isVisibleTo(&dialog));
    CHECK_FALSE(child<QCheckBox>(dialog, "formulaGuardCheck")->isVisibleTo(&dialog));
    const QString out = f.file.folder() + QStringLiteral("/venue.xlsx");
    CHECK(child<QLineEdit>(dialog, "fileEdit")->text() == out);
    // The preview shows the cells as the workbook holds them: text, unguarded.
    CHECK(child<QTableWidget>(dialog, "previewTable")->item(0, 2)->text() == QStringLiteral("=Org"));

    child<QComboBox>(dialog, "headerCombo")->setCurrentIndex(1); // Japanese
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.rowsWritten() == 1);
    const QJsonArray rows = WorkbookTool::read(out)[QStringLiteral("rows")].toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].toArray()[0].toObject()[QStringLiteral("value")].toString() == QStringLiteral("氏名"));
    CHECK(rows[1].toArray()[0].toObject()[QStringLiteral("value")].toString() == QStringLiteral("山田 太郎"));
    CHECK(rows[1].toArray()[2].toObject()[QStringLiteral("value")].toString() == QStringLiteral("=Org"));
    CHECK(rows[1].toArray()[4].toObject()[QStringLiteral("value")].toString() == QStringLiteral("不要"));

    format->setCurrentIndex(format->findData(int(ExportCsvDialog::Format::Csv)));
    CHECK(child<QComboBox>(dialog, "encodingCombo")->isVisibleTo(&dialog));
    CHECK(child<QLineEdit>(dialog, "fileEdit")->text() == f.file.folder() + QStringLiteral("/venue.csv"));
}

TEST_CASE("The import wizard reads a workbook by its sheets and imports it", "[gui][xlsx]")
{
    SeminarFixture f;
    const QString staff = f.file.folder() + QStringLiteral("/staff.xlsx");
    WorkbookTool::make(QStringLiteral("staff-list"), staff);
    RecordEdits edits(f.file.database());
    ImportCsvWizard wizard(f.file.database(), edits, f.seminarId);
    wizard.setFilePath(staff);
    wizard.show();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportCsvWizard::FormatPage);
    auto* sheets = child<QComboBox>(wizard, "sheetCombo");
    REQUIRE(sheets);
    CHECK(sheets->isVisibleTo(&wizard));
    CHECK_FALSE(child<QComboBox>(wizard, "encodingCombo")->isVisibleTo(&wizard));
    REQUIRE(sheets->count() == 2);
    CHECK(sheets->currentText() == QStringLiteral("名簿"));
    CHECK(child<QLabel>(wizard, "formatErrorLabel")->text().isEmpty());
    auto* preview = child<QTableWidget>(wizard, "previewTable");
    CHECK(preview->rowCount() == 3);
    CHECK(preview->horizontalHeaderItem(0)->text() == QStringLiteral("氏名"));
    CHECK(preview->item(0, 3)->text() == QStringLiteral("093-681-1563"));

    sheets->setCurrentIndex(1);
    CHECK(preview->rowCount() == 1);
    CHECK(preview->item(0, 0)->text() == QStringLiteral("Tanaka"));
    sheets->setCurrentIndex(0);

    wizard.next();
    REQUIRE(wizard.currentId() == ImportCsvWizard::MappingPage);
    auto* nameCombo = child<QComboBox>(wizard, "mappingCombo0");
    REQUIRE(nameCombo);
    CHECK(HeaderMapping::Target(nameCombo->currentData().toInt()) == HeaderMapping::Target::FullName);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportCsvWizard::DuplicatesPage);
    CHECK(child<QLabel>(wizard, "importErrorLabel")->text().isEmpty());
    wizard.next();
    REQUIRE(wizard.currentId() == ImportCsvWizard::ResultPage);
    CHECK(wizard.report().applied);
    CHECK(*AttendeeStore(f.file.database()).count() == 3);
    // A workbook's import is one step to undo, as a CSV file's.
    REQUIRE(edits.undoStack()->count() == 1);
    edits.undoStack()->undo();
    CHECK(*AttendeeStore(f.file.database()).count() == 0);
}

TEST_CASE("The import wizard will not go on with an .xls file and says to save it as .xlsx", "[gui][xlsx]")
{
    SeminarFixture f;
    const QString old = f.file.folder() + QStringLiteral("/old.xls");
    WorkbookTool::make(QStringLiteral("xls"), old);
    RecordEdits edits(f.file.database());
    ImportCsvWizard wizard(f.file.database(), edits, f.seminarId);
    wizard.setFilePath(old);
    wizard.show();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportCsvWizard::FormatPage);
    CHECK(child<QLabel>(wizard, "formatErrorLabel")->text().contains(QStringLiteral("(.xlsx)")));
    wizard.next();
    CHECK(wizard.currentId() == ImportCsvWizard::FormatPage);
}
