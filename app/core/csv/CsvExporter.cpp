#include "core/csv/CsvExporter.h"

#include "core/csv/CsvWriter.h"
#include "core/data/Database.h"
#include "core/files/PersonalDataFile.h"
#include "core/stores/RegistrationStore.h"

namespace sd {

namespace {

constexpr qsizetype flushBytes = 1 << 16;

} // namespace

CsvExporter::CsvExporter(const Database& database, qint64 seminarId, CsvExportOptions options)
    : m_database(database)
    , m_seminarId(seminarId)
    , m_options(std::move(options))
{
}

Status CsvExporter::visitRecords(const std::function<Result<bool>(qint64, const QStringList&)>& visit) const
{
    const ExportRows rows(m_database, m_seminarId, m_options, m_progress);
    if (Result<Seminar> seminar = rows.check(); !seminar)
        return fail(seminar.error());
    Result<bool> headerVisited = visit(0, rows.header());
    if (!headerVisited)
        return fail(headerVisited.error());
    if (!*headerVisited)
        return {};
    const QList<const CsvColumn*> columns = rows.columns();
    QStringList cells;
    cells.reserve(columns.size());
    return rows.visit([&](qint64 row, const RegisteredAttendee& registered) {
        cells.clear();
        for (const CsvColumn* column : columns)
            cells.append(column->value(registered, row, m_options.headerLanguage));
        return visit(row, cells);
    });
}

Status CsvExporter::writeTo(PersonalDataFile& file, qint64& rows) const
{
    const CsvWriter writer(m_options.delimiter, m_options.formulaGuard);
    CsvTextEncoder encoder(m_options.encoding);
    QByteArray bytes;
    if (m_options.encoding == CsvEncoding::Kind::Utf8Bom)
        bytes.append(CsvEncoding::utf8Bom());
    QString record;
    const auto flush = [&]() -> Status {
        if (Status written = file.write(bytes); !written)
            return written;
        bytes.clear();
        return {};
    };
    Status visited = visitRecords([&](qint64 row, const QStringList& cells) -> Result<bool> {
        record.resize(0); // keeps its capacity for the next row
        writer.appendRecord(cells, record);
        if (!encoder.append(record, bytes)) {
            for (qsizetype column = 0; column < cells.size(); ++column) {
                const QString mapped = CsvEncoding::cp932Equivalents(cells.at(column));
                const qsizetype at = CsvEncoding::firstUnencodable(mapped);
                if (at < 0)
                    continue;
                const QString character = mapped.mid(at, mapped.at(at).isHighSurrogate() ? 2 : 1);
                return fail(
                    tr("Row %1, column “%2”: the character “%3” (U+%4) has no Shift_JIS (CP932) form. "
                       "Change it, or export as UTF-8. Nothing was written.")
                        .arg(row)
                        .arg(ExportRows(m_database, m_seminarId, m_options).header().at(column), character,
                             QStringLiteral("%1").arg(character.toUcs4().value(0), 4, 16, QLatin1Char('0')).toUpper()));
            }
            return fail(tr("Row %1 cannot be written in Shift_JIS (CP932). Nothing was written.").arg(row));
        }
        rows = row;
        if (bytes.size() >= flushBytes) {
            if (Status flushed = flush(); !flushed)
                return fail(flushed.error());
        }
        return true;
    });
    if (!visited)
        return visited;
    return flush();
}

Result<qint64> CsvExporter::write(const QString& path) const
{
    PersonalDataFile file(path);
    if (Status opened = file.open(); !opened)
        return fail(opened.error());
    qint64 rows = 0;
    if (Status written = writeTo(file, rows); !written)
        return fail(written.error());
    if (Status committed = file.commit(); !committed)
        return fail(committed.error());
    return rows;
}

Result<QList<QStringList>> CsvExporter::preview(int rows) const
{
    QList<QStringList> table;
    Status visited = visitRecords([&](qint64 row, const QStringList& cells) -> Result<bool> {
        QStringList shown = cells;
        if (m_options.formulaGuard && row > 0) {
            for (QString& cell : shown)
                cell = CsvWriter::guarded(cell);
        }
        table.append(shown);
        return row < rows;
    });
    if (!visited)
        return fail(visited.error());
    return table;
}

} // namespace sd
