#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

#include "core/stores/AttendeeStore.h"
#include "gui/ExportCsvDialog.h"
#include "gui/ImportCsvWizard.h"
#include "support/CatchQt.h"
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
    CHECK(columns->count() == 7);
    CHECK(headerLabels(preview).first() == QStringLiteral("Family name"));
    // Take out all but the first two columns, then swap them.
    for (int row = 2; row < columns->count(); ++row)
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
    ImportCsvWizard wizard(f.file.database(), f.seminarId);
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

TEST_CASE("The import wizard will not go on with a malformed file", "[gui][csv]")
{
    Fixture f;
    ImportCsvWizard wizard(f.file.database(), f.seminarId);
    wizard.setFilePath(fixture("unterminated-quote.csv"));
    wizard.show();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportCsvWizard::FormatPage);
    CHECK(child<QLabel>(wizard, "formatErrorLabel")->text().contains(QStringLiteral("Line 3")));
    wizard.next();
    CHECK(wizard.currentId() == ImportCsvWizard::FormatPage);

    ImportCsvWizard missing(f.file.database(), f.seminarId);
    missing.setFilePath(f.file.folder() + QStringLiteral("/no-such.csv"));
    missing.show();
    missing.next();
    CHECK(missing.currentId() == ImportCsvWizard::FilePage);
}
