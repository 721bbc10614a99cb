#pragma once

#include <memory>

#include <QDialog>

#include "core/csv/CsvExporter.h"

namespace Ui {
class ExportCsvDialog;
}

namespace sd {

class Database;

// Exports a seminar's registrations to a CSV file or an Excel workbook: a preset or the user's own
// columns and order, the header language, for CSV the encoding and delimiter, with a preview of the
// first rows. Writes through CsvExporter or XlsxExporter, as `seminar-desk export-csv` and
// `export-xlsx` do.
class ExportCsvDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportCsvDialog)

public:
    ExportCsvDialog(const Database& database, qint64 seminarId, QWidget* parent = nullptr);
    ~ExportCsvDialog() override;

    enum class Format { Csv, Excel };

    Format format() const;
    CsvExportOptions options() const;
    void setOutputPath(const QString& path);
    QString outputPath() const;
    // The rows the last export wrote.
    qint64 rowsWritten() const { return m_rowsWritten; }
    static constexpr int previewRows = 5;

public slots:
    void accept() override;

private:
    void applyFormat();
    void applyPreset();
    void moveSelected(int step);
    void addSelected();
    void removeSelected();
    void chooseFile();
    void updatePreview();

    std::unique_ptr<Ui::ExportCsvDialog> m_ui;
    const Database& m_database;
    qint64 m_seminarId;
    qint64 m_rowsWritten = 0;
};

} // namespace sd
