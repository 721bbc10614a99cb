#pragma once

#include <memory>

#include <QWizard>

#include "core/csv/CsvImporter.h"

namespace Ui {
class ImportCsvWizard;
}

namespace sd {

class Database;
class RecordEdits;

// Imports registrations into one seminar from a CSV file or an Excel workbook step by step: the file,
// how it reads (encoding and delimiter, or the workbook's sheet, with a preview), what each column
// holds (asking when two would fill one field), what the import will do (duplicates, shared
// e-mails), and the result. Runs CsvImporter, as `seminar-desk import-csv` does, through
// RecordEdits: the import is one step to undo.
class ImportCsvWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportCsvWizard)

public:
    enum Page { FilePage, FormatPage, MappingPage, DuplicatesPage, ResultPage };

    ImportCsvWizard(Database& database, RecordEdits& edits, qint64 seminarId, QWidget* parent = nullptr);
    ~ImportCsvWizard() override;

    void setFilePath(const QString& path);
    // The options the pages have chosen so far.
    CsvImportOptions options() const;
    // The report of the last dry run, or of the import once it ran.
    const ImportReport& report() const { return m_report; }
    static constexpr int previewRows = 10;

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    void showFileKind();
    void updatePreview();
    void fillMapping();
    // Asks which column to import where two would fill one field; false when the user cancels.
    bool resolveConflicts();
    void showDryRun();
    void chooseFile();
    void loadMapping();
    void saveMapping();
    HeaderMapping chosenMapping() const;

    std::unique_ptr<Ui::ImportCsvWizard> m_ui;
    Database& m_database;
    RecordEdits& m_edits;
    qint64 m_seminarId;
    QString m_seminarTitle;
    QStringList m_header;
    QStringList m_columnKeys; // a distinct name for each column (see HeaderMapping::columnKeys)
    QList<QStringList> m_sampleRows;
    HeaderMapping m_loadedMapping;
    bool m_workbook = false; // the file is an Excel workbook
    ImportReport m_report;
};

} // namespace sd
