#include "gui/ImportCsvWizard.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>

#include "core/csv/CsvReader.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/SeminarStore.h"
#include "core/xlsx/XlsxReader.h"
#include "gui/DialogProgress.h"
#include "gui/MessageBox.h"

#include "ui_ImportCsvWizard.h"

namespace sd {

namespace {

void fillTable(QTableWidget* table, const QStringList& headers, const QList<QStringList>& rows)
{
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.at(row).size() && column < headers.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(rows.at(row).at(column)));
    }
}

} // namespace

ImportCsvWizard::ImportCsvWizard(Database& database, RecordEdits& edits, qint64 seminarId, QWidget* parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::ImportCsvWizard>())
    , m_database(database)
    , m_edits(edits)
    , m_seminarId(seminarId)
{
    m_ui->setupUi(this);
    // Which seminar the people are registered for, said where the import starts and in its title.
    if (const Result<Seminar> seminar = SeminarStore(database).find(seminarId)) {
        m_seminarTitle
            = seminar->title(QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en"));
    }
    setWindowTitle(tr("Import Registrations into “%1”").arg(m_seminarTitle));
    m_ui->filePage->setSubTitle(tr("A CSV file or an Excel workbook (.xlsx) exported from a web form or a "
                                   "spreadsheet, with a header line. Its people are registered for the seminar “%1”.")
                                    .arg(m_seminarTitle));
    m_ui->encodingCombo->addItem(tr("Detect"), QString());
    for (CsvEncoding::Kind kind : CsvEncoding::readableKinds())
        m_ui->encodingCombo->addItem(CsvEncoding::displayName(kind), CsvEncoding::key(kind));
    m_ui->delimiterCombo->addItem(tr("Detect"), QString());
    m_ui->delimiterCombo->addItem(tr("Comma ( , )"), QStringLiteral("comma"));
    m_ui->delimiterCombo->addItem(tr("Semicolon ( ; )"), QStringLiteral("semicolon"));
    m_ui->delimiterCombo->addItem(tr("Tab"), QStringLiteral("tab"));
    m_ui->mappingTable->setColumnCount(3);
    m_ui->mappingTable->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Imported as")});
    m_ui->mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->duplicatesTable->horizontalHeader()->setStretchLastSection(true);
    // After the import only the result remains: no going back to import twice.
    m_ui->resultPage->setFinalPage(true);

    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportCsvWizard::chooseFile);
    connect(m_ui->encodingCombo, &QComboBox::currentIndexChanged, this, &ImportCsvWizard::updatePreview);
    connect(m_ui->delimiterCombo, &QComboBox::currentIndexChanged, this, &ImportCsvWizard::updatePreview);
    connect(m_ui->sheetCombo, &QComboBox::currentIndexChanged, this, &ImportCsvWizard::updatePreview);
    connect(m_ui->loadMappingButton, &QPushButton::clicked, this, &ImportCsvWizard::loadMapping);
    connect(m_ui->saveMappingButton, &QPushButton::clicked, this, &ImportCsvWizard::saveMapping);
    // The import itself runs when leaving the duplicates page: its button says what it does.
    m_ui->duplicatesPage->setCommitPage(true);
    m_ui->duplicatesPage->setButtonText(QWizard::CommitButton, tr("&Import"));
}

ImportCsvWizard::~ImportCsvWizard() = default;

void ImportCsvWizard::setFilePath(const QString& path)
{
    m_ui->fileEdit->setText(path);
}

CsvImportOptions ImportCsvWizard::options() const
{
    CsvImportOptions options;
    options.encoding = CsvEncoding::fromKey(m_ui->encodingCombo->currentData().toString());
    options.delimiter = CsvReader::delimiterFromKey(m_ui->delimiterCombo->currentData().toString());
    options.mapping = chosenMapping();
    if (m_workbook)
        options.sheet = m_ui->sheetCombo->currentText();
    return options;
}

HeaderMapping ImportCsvWizard::chosenMapping() const
{
    HeaderMapping mapping = m_loadedMapping;
    for (int row = 0; row < m_ui->mappingTable->rowCount() && row < m_columnKeys.size(); ++row) {
        if (const auto* combo = qobject_cast<QComboBox*>(m_ui->mappingTable->cellWidget(row, 2)))
            mapping.set(m_columnKeys.at(row), HeaderMapping::Target(combo->currentData().toInt()));
    }
    return mapping;
}

void ImportCsvWizard::chooseFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import registrations"), m_ui->fileEdit->text(),
                                       tr("CSV files and Excel workbooks (*.csv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        m_ui->fileEdit->setText(path);
}

void ImportCsvWizard::initializePage(int id)
{
    switch (id) {
    case FormatPage:
        showFileKind();
        updatePreview();
        break;
    case MappingPage:
        fillMapping();
        break;
    case DuplicatesPage:
        showDryRun();
        break;
    default:
        break;
    }
    QWizard::initializePage(id);
}

bool ImportCsvWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage: {
        const QString path = m_ui->fileEdit->text().trimmed();
        if (path.isEmpty()) {
            m_ui->filePage->setSubTitle(
                tr("Choose the CSV file or Excel workbook to import: type its path or use Browse."));
            return false;
        }
        if (!QFileInfo(path).isFile()) {
            m_ui->filePage->setSubTitle(
                tr("“%1” is not a file. Choose the CSV file or Excel workbook to import.").arg(path));
            return false;
        }
        return true;
    }
    case FormatPage:
        return m_ui->formatErrorLabel->text().isEmpty() && !m_header.isEmpty();
    case MappingPage:
        return resolveConflicts();
    case DuplicatesPage: {
        if (!m_report.errors.isEmpty())
            return false;
        CsvImporter importer(m_database, m_seminarId, options());
        DialogProgress progress(this, windowTitle());
        importer.setProgress(&progress);
        m_report = m_edits.importCsv(importer, m_ui->fileEdit->text());
        if (!m_report.applied) {
            QStringList messages;
            for (const ImportError& error : m_report.errors)
                messages.append(error.message);
            m_ui->importErrorLabel->setText(messages.join(QLatin1Char('\n')));
            return false;
        }
        m_ui->resultLabel->setText(
            tr("Imported “%1” into “%2”: %3\nEdit ▸ Undo takes the whole import back.")
                .arg(QFileInfo(m_ui->fileEdit->text()).fileName(), m_seminarTitle, CsvImporter::countsText(m_report)));
        return true;
    }
    default:
        return true;
    }
}

void ImportCsvWizard::showFileKind()
{
    // A workbook is read by its sheets, a CSV file by its encoding and delimiter.
    const QString path = m_ui->fileEdit->text();
    m_workbook = XlsxReader::isSpreadsheetFile(path);
    m_ui->formatForm->setRowVisible(m_ui->encodingCombo, !m_workbook);
    m_ui->formatForm->setRowVisible(m_ui->delimiterCombo, !m_workbook);
    m_ui->formatForm->setRowVisible(m_ui->sheetCombo, m_workbook);
    const QSignalBlocker blocker(m_ui->sheetCombo);
    m_ui->sheetCombo->clear();
    if (!m_workbook)
        return;
    if (Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path)) {
        m_ui->sheetCombo->addItems((*reader)->sheetNames());
        if (Result<QString> first = (*reader)->sheet(QString()))
            m_ui->sheetCombo->setCurrentText(*first);
    }
}

void ImportCsvWizard::updatePreview()
{
    CsvImportOptions chosen = options();
    const CsvImporter importer(m_database, m_seminarId, chosen);
    const QString path = m_ui->fileEdit->text();
    if (const Result<CsvFileFormat> format = importer.format(path); format && m_workbook) {
        m_ui->formatPage->setSubTitle(tr("Read from the sheet “%1” of the Excel workbook; its first row with a "
                                         "value is the header.")
                                          .arg(format->sheet));
    } else if (format) {
        // Show what detection found, without leaving "Detect", in the combo's own words.
        const int delimiterItem = m_ui->delimiterCombo->findData(CsvReader::delimiterKey(format->delimiter));
        m_ui->formatPage->setSubTitle(
            tr("Read as %1, separated by %2. If the text looks garbled, choose another "
               "encoding.")
                .arg(CsvEncoding::displayName(format->encoding), m_ui->delimiterCombo->itemText(delimiterItem)));
    }
    m_header.clear();
    m_sampleRows.clear();
    CsvReadFailure failure;
    const Status read
        = importer.visitRows(path, &failure, [this](const QStringList& header, qint64, const QStringList& row) {
              m_header = header;
              m_sampleRows.append(row);
              return m_sampleRows.size() < previewRows;
          });
    m_columnKeys = HeaderMapping::columnKeys(m_header);
    QString error = read ? QString() : read.error();
    if (failure.suggestedEncoding) {
        error = tr("%1\nChoose “%2” under Encoding.").arg(error, CsvEncoding::displayName(*failure.suggestedEncoding));
    }
    m_ui->formatErrorLabel->setText(error);
    fillTable(m_ui->previewTable, m_columnKeys, m_sampleRows);
}

void ImportCsvWizard::fillMapping()
{
    const QList<HeaderMapping::Target> targets = m_loadedMapping.targetsFor(m_header);
    m_ui->mappingTable->setRowCount(int(m_header.size()));
    for (int row = 0; row < m_header.size(); ++row) {
        m_ui->mappingTable->setItem(row, 0, new QTableWidgetItem(m_columnKeys.at(row)));
        m_ui->mappingTable->setItem(
            row, 1, new QTableWidgetItem(m_sampleRows.isEmpty() ? QString() : m_sampleRows.first().value(row)));
        auto* combo = new QComboBox(m_ui->mappingTable);
        combo->setObjectName(QStringLiteral("mappingCombo%1").arg(row));
        for (HeaderMapping::Target target : HeaderMapping::targets())
            combo->addItem(HeaderMapping::displayName(target), int(target));
        combo->setCurrentIndex(combo->findData(int(targets.value(row))));
        m_ui->mappingTable->setCellWidget(row, 2, combo);
    }
}

bool ImportCsvWizard::resolveConflicts()
{
    QList<HeaderMapping::Target> targets;
    QList<QComboBox*> combos;
    for (int row = 0; row < m_ui->mappingTable->rowCount(); ++row) {
        combos.append(qobject_cast<QComboBox*>(m_ui->mappingTable->cellWidget(row, 2)));
        targets.append(HeaderMapping::Target(combos.last()->currentData().toInt()));
    }
    for (const HeaderMapping::Conflict& conflict : HeaderMapping::conflicts(targets)) {
        QStringList choices;
        for (int column : conflict.columns)
            choices.append(tr("Import “%1”").arg(m_columnKeys.at(column)));
        const int chosen = MessageBox::choose(
            this, tr("Two Columns for One Field"),
            tr("%n column(s) of the file would fill the field “%1”. Which one should be imported? The others "
               "will not be imported.",
               nullptr, int(conflict.columns.size()))
                .arg(HeaderMapping::displayName(conflict.target)),
            choices);
        if (chosen < 0)
            return false;
        for (int i = 0; i < conflict.columns.size(); ++i) {
            if (i != chosen) {
                QComboBox* combo = combos.at(conflict.columns.at(i));
                combo->setCurrentIndex(combo->findData(int(HeaderMapping::Target::Ignore)));
            }
        }
    }
    return true;
}

void ImportCsvWizard::showDryRun()
{
    CsvImporter importer(m_database, m_seminarId, options());
    DialogProgress progress(this, windowTitle());
    importer.setProgress(&progress);
    m_report = importer.run(m_ui->fileEdit->text(), CsvImporter::Mode::DryRun);
    const auto messages = [](const QList<ImportError>& list) {
        QStringList texts;
        for (const ImportError& error : list)
            texts.append(error.message);
        return texts.join(QLatin1Char('\n'));
    };
    m_ui->importErrorLabel->setText(messages(m_report.errors));
    m_ui->warningsLabel->setText(messages(m_report.warnings));
    m_ui->warningsLabel->setVisible(!m_report.warnings.isEmpty());
    const bool stopped = !m_report.errors.isEmpty() && Progress::isStopped(m_report.errors.constFirst().message);
    m_ui->summaryLabel->setText(
        m_report.errors.isEmpty() ? tr("Into “%1”: %2").arg(m_seminarTitle, CsvImporter::countsText(m_report))
            : stopped             ? tr("The file was not read to the end: go Back, then Next to read it again.")
                                  : tr("The file cannot be imported as it is: correct the rows below and try again."));
    QList<QStringList> rows;
    for (const ImportDuplicate& duplicate : m_report.duplicates) {
        rows.append({QString::number(duplicate.line), duplicate.name,
                     duplicate.duplicateOfLine > 0 ? tr("line %1 of the file").arg(duplicate.duplicateOfLine)
                                                   : tr("already stored"),
                     duplicate.reason == QLatin1String("email") ? tr("the same e-mail and name")
                                                                : tr("the same name and organisation")});
    }
    fillTable(m_ui->duplicatesTable, {tr("Line"), tr("Name"), tr("Duplicate of"), tr("Because of")}, rows);
}

void ImportCsvWizard::loadMapping()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load mapping"), QString(),
                                                      tr("Mapping files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<HeaderMapping> mapping = HeaderMapping::load(path);
    if (!mapping) {
        m_ui->mappingPage->setSubTitle(mapping.error());
        return;
    }
    m_loadedMapping = *mapping;
    fillMapping();
}

void ImportCsvWizard::saveMapping()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save mapping"), QString(),
                                                      tr("Mapping files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status saved = chosenMapping().save(path); !saved)
        m_ui->mappingPage->setSubTitle(saved.error());
}

} // namespace sd
