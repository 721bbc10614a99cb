// Writes a seminar's registrations to a CSV file: the one implementation behind the export dialog and
// `seminar-desk export-csv`.
#pragma once

#include <functional>

#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/Result.h"
#include "core/csv/CsvColumn.h"
#include "core/csv/CsvEncoding.h"
#include "core/csv/ExportRows.h"

namespace sd {

class Database;
class PersonalDataFile;
class Progress;

struct CsvExportOptions : ExportOptions
{
    CsvEncoding::Kind encoding = CsvEncoding::Kind::Utf8Bom;
    QChar delimiter = QLatin1Char(',');
    bool formulaGuard = true;
};

class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    CsvExporter(const Database& database, qint64 seminarId, CsvExportOptions options);

    // Writes the file, readable by its owner only, through a temporary one renamed at the end: on
    // any error, or when stopped through the progress, PATH is left as it was. Gives the number of
    // rows written (the header not counted).
    Result<qint64> write(const QString& path) const;
    // Told every few hundred rows how far writing is, and asked whether to stop; none by default.
    void setProgress(Progress* progress) { m_progress = progress; }
    // The header and the first ROWS rows as their cells will read in a spreadsheet.
    Result<QList<QStringList>> preview(int rows) const;

    const CsvExportOptions& options() const { return m_options; }

private:
    // Visits the header (row 0), then the cells of each row to export; VISIT gives false to stop.
    Status visitRecords(const std::function<Result<bool>(qint64 row, const QStringList& cells)>& visit) const;
    Status writeTo(PersonalDataFile& file, qint64& rows) const;

    const Database& m_database;
    qint64 m_seminarId;
    CsvExportOptions m_options;
    Progress* m_progress = nullptr;
};

} // namespace sd
