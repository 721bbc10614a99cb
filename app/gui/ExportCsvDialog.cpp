#include "gui/ExportCsvDialog.h"

#include <QFileDialog>
#include <QPushButton>

#include "core/csv/ExportPreset.h"
#include "core/print/OutputLanguage.h"
#include "core/xlsx/XlsxExporter.h"
#include "gui/DialogProgress.h"

#include "ui_ExportCsvDialog.h"

namespace sd {

namespace {

constexpr int fieldRole = Qt::UserRole;

QListWidgetItem* columnItem(CsvColumn::Field field)
{
    auto* item = new QListWidgetItem(CsvColumn::of(field).displayName());
    item->setData(fieldRole, int(field));
    return item;
}

} // namespace

ExportCsvDialog::ExportCsvDialog(const Database& database, qint64 seminarId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportCsvDialog>())
    , m_database(database)
    , m_seminarId(seminarId)
{
    m_ui->setupUi(this);
    m_ui->formatCombo->addItem(tr("CSV file (.csv)"), int(Format::Csv));
    m_ui->formatCombo->addItem(tr("Excel workbook (.xlsx)"), int(Format::Excel));
    for (ExportPreset::Kind kind : ExportPreset::kinds())
        m_ui->presetCombo->addItem(ExportPreset::displayName(kind), int(kind));
    for (CsvEncoding::Kind kind : CsvEncoding::kinds())
        m_ui->encodingCombo->addItem(CsvEncoding::displayName(kind), int(kind));
    m_ui->delimiterCombo->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_ui->delimiterCombo->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_ui->delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    m_ui->headerCombo->addItem(tr("English"), int(CsvColumn::HeaderLanguage::English));
    m_ui->headerCombo->addItem(tr("Japanese"), int(CsvColumn::HeaderLanguage::Japanese));
    // The venue reads the headers in the language the desk speaks.
    if (OutputLanguage::ofProgram().isJapanese())
        m_ui->headerCombo->setCurrentIndex(m_ui->headerCombo->findData(int(CsvColumn::HeaderLanguage::Japanese)));
    m_ui->columnsList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ui->availableList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    applyPreset();

    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportCsvDialog::applyFormat);
    connect(m_ui->presetCombo, &QComboBox::currentIndexChanged, this, &ExportCsvDialog::applyPreset);
    for (QComboBox* combo : {m_ui->encodingCombo, m_ui->delimiterCombo, m_ui->headerCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportCsvDialog::updatePreview);
    for (QCheckBox* check : {m_ui->registeredCheck, m_ui->attendedCheck, m_ui->waitlistedCheck, m_ui->cancelledCheck,
                             m_ui->formulaGuardCheck})
        connect(check, &QCheckBox::toggled, this, &ExportCsvDialog::updatePreview);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ExportCsvDialog::addSelected);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ExportCsvDialog::removeSelected);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_ui->availableList, &QListWidget::itemDoubleClicked, this, &ExportCsvDialog::addSelected);
    connect(m_ui->columnsList, &QListWidget::itemDoubleClicked, this, &ExportCsvDialog::removeSelected);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportCsvDialog::chooseFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportCsvDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportCsvDialog::reject);
}

ExportCsvDialog::~ExportCsvDialog() = default;

ExportCsvDialog::Format ExportCsvDialog::format() const
{
    return Format(m_ui->formatCombo->currentData().toInt());
}

CsvExportOptions ExportCsvDialog::options() const
{
    CsvExportOptions options;
    for (int row = 0; row < m_ui->columnsList->count(); ++row)
        options.columns.append(CsvColumn::Field(m_ui->columnsList->item(row)->data(fieldRole).toInt()));
    options.statuses.clear();
    const QList<QPair<QCheckBox*, Registration::Status>> statuses {
        {m_ui->registeredCheck, Registration::Status::Registered},
        {m_ui->attendedCheck, Registration::Status::Attended},
        {m_ui->waitlistedCheck, Registration::Status::Waitlisted},
        {m_ui->cancelledCheck, Registration::Status::Cancelled}};
    for (const auto& [check, status] : statuses) {
        if (check->isChecked())
            options.statuses.append(status);
    }
    options.encoding = CsvEncoding::Kind(m_ui->encodingCombo->currentData().toInt());
    options.delimiter = m_ui->delimiterCombo->currentData().toString().front();
    options.headerLanguage = CsvColumn::HeaderLanguage(m_ui->headerCombo->currentData().toInt());
    options.formulaGuard = m_ui->formulaGuardCheck->isChecked();
    return options;
}

void ExportCsvDialog::setOutputPath(const QString& path)
{
    m_ui->fileEdit->setText(path);
}

QString ExportCsvDialog::outputPath() const
{
    return m_ui->fileEdit->text().trimmed();
}

void ExportCsvDialog::applyFormat()
{
    // A workbook has no encoding or delimiter, and its cells are text, never formulas.
    const bool csv = format() == Format::Csv;
    for (QWidget* field : {static_cast<QWidget*>(m_ui->encodingCombo), static_cast<QWidget*>(m_ui->delimiterCombo),
                           static_cast<QWidget*>(m_ui->formulaGuardCheck)})
        m_ui->form->setRowVisible(field, csv);
    const QString path = m_ui->fileEdit->text();
    const QString from = csv ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    if (path.endsWith(from, Qt::CaseInsensitive))
        m_ui->fileEdit->setText(path.chopped(from.size()) + (csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx")));
    updatePreview();
}

void ExportCsvDialog::applyPreset()
{
    const QList<CsvColumn::Field> chosen
        = ExportPreset::columns(ExportPreset::Kind(m_ui->presetCombo->currentData().toInt()));
    m_ui->columnsList->clear();
    m_ui->availableList->clear();
    for (CsvColumn::Field field : chosen)
        m_ui->columnsList->addItem(columnItem(field));
    for (const CsvColumn& column : CsvColumn::all()) {
        if (!chosen.contains(column.field))
            m_ui->availableList->addItem(columnItem(column.field));
    }
    updatePreview();
}

void ExportCsvDialog::addSelected()
{
    const QList<QListWidgetItem*> selected = m_ui->availableList->selectedItems();
    for (QListWidgetItem* item : selected)
        m_ui->columnsList->addItem(m_ui->availableList->takeItem(m_ui->availableList->row(item)));
    updatePreview();
}

void ExportCsvDialog::removeSelected()
{
    const QList<QListWidgetItem*> selected = m_ui->columnsList->selectedItems();
    for (QListWidgetItem* item : selected)
        m_ui->availableList->addItem(m_ui->columnsList->takeItem(m_ui->columnsList->row(item)));
    updatePreview();
}

void ExportCsvDialog::moveSelected(int step)
{
    QListWidget* list = m_ui->columnsList;
    const int row = list->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= list->count())
        return;
    list->insertItem(target, list->takeItem(row));
    list->setCurrentRow(target);
    updatePreview();
}

void ExportCsvDialog::chooseFile()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Registrations"), m_ui->fileEdit->text(),
                                       format() == Format::Csv ? tr("CSV files (*.csv);;All files (*)")
                                                               : tr("Excel workbooks (*.xlsx);;All files (*)"));
    if (!path.isEmpty())
        m_ui->fileEdit->setText(path);
}

void ExportCsvDialog::updatePreview()
{
    CsvExportOptions chosen = options();
    // The preview shows the cells as the file will hold them: a workbook's are never guarded.
    chosen.formulaGuard = chosen.formulaGuard && format() == Format::Csv;
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!chosen.columns.isEmpty());
    const Result<QList<QStringList>> preview = CsvExporter(m_database, m_seminarId, chosen).preview(previewRows);
    m_ui->previewTable->clear();
    m_ui->errorLabel->setText(preview ? QString() : preview.error());
    if (!preview || preview->isEmpty()) {
        m_ui->previewTable->setRowCount(0);
        m_ui->previewTable->setColumnCount(0);
        return;
    }
    m_ui->previewTable->setColumnCount(int(preview->first().size()));
    m_ui->previewTable->setHorizontalHeaderLabels(preview->first());
    m_ui->previewTable->setRowCount(int(preview->size()) - 1);
    for (int row = 1; row < preview->size(); ++row) {
        for (int column = 0; column < preview->at(row).size(); ++column)
            m_ui->previewTable->setItem(row - 1, column, new QTableWidgetItem(preview->at(row).at(column)));
    }
    // Each column as wide as its header and cells: the last one must not take the room of the rest.
    m_ui->previewTable->resizeColumnsToContents();
}

void ExportCsvDialog::accept()
{
    const QString path = outputPath();
    if (path.isEmpty()) {
        m_ui->errorLabel->setText(tr("Choose the file to write."));
        m_ui->fileEdit->setFocus();
        return;
    }
    DialogProgress progress(this, windowTitle());
    const auto write = [&](auto exporter) {
        exporter.setProgress(&progress);
        return exporter.write(path);
    };
    const Result<qint64> written = format() == Format::Csv ? write(CsvExporter(m_database, m_seminarId, options()))
                                                           : write(XlsxExporter(m_database, m_seminarId, options()));
    if (!written) {
        m_ui->errorLabel->setText(written.error());
        return;
    }
    m_rowsWritten = *written;
    QDialog::accept();
}

} // namespace sd
