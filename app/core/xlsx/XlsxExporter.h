// Writes a seminar's registrations as an Excel workbook (.xlsx) with libxlsxwriter: the one
// implementation behind the export dialog's Excel choice and `seminar-desk export-xlsx`. The
// columns, presets, status filter and header language are the CSV export's (ExportRows).
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/Result.h"
#include "core/csv/ExportRows.h"

namespace sd {

class Database;
class Progress;
struct Seminar;

class XlsxExporter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExporter)

public:
    XlsxExporter(const Database& database, qint64 seminarId, ExportOptions options);

    // Writes the workbook through a temporary file renamed at the end, readable by its owner only
    // (it holds personal data): on any error, or when stopped through the progress, PATH is left as
    // it was. Gives the number of rows written (the header not counted).
    Result<qint64> write(const QString& path) const;
    // Told every few hundred rows how far writing is, and asked whether to stop; none by default.
    void setProgress(Progress* progress) { m_progress = progress; }

    // The sheet's name: the seminar's date and title in LANGUAGE, within Excel's 31 characters and
    // without the characters Excel forbids in sheet names.
    static QString sheetName(const Seminar& seminar, CsvColumn::HeaderLanguage language);
    // Excel's limit on the characters of one cell.
    static constexpr int cellCharacterLimit = 32767;

private:
    Status writeWorkbook(const QString& path, const Seminar& seminar, qint64& rows) const;

    const Database& m_database;
    qint64 m_seminarId;
    ExportOptions m_options;
    Progress* m_progress = nullptr;
};

} // namespace sd
