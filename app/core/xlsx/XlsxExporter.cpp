#include "core/xlsx/XlsxExporter.h"

#include <algorithm>
#include <vector>

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include "core/data/Database.h"
#include "core/files/PersonalDataFile.h"
#include "core/records/DisplayWidth.h"
#include "core/stores/RegistrationStore.h"
#include "core/xlsx/XlsxSheetWriter.h"

namespace sd {

namespace {

// Column widths in Excel's units (the width of a digit); a header needs room for its filter button.
constexpr int filterButtonWidth = 3;
constexpr int dateTimeWidth = 17;
constexpr int narrowestColumn = 6;
constexpr int widestColumn = 60;
constexpr qint64 maximumRows = 1048576; // Excel's, the header's row included

// Excel reads "_x0041_" in a cell as "A" (the escape it writes for control characters); a text
// that holds such a sequence gets its underscore escaped, so that it reads back as written.
QString escapedForExcel(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString escaped;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool startsEscape
            = text.at(i) == QLatin1Char('_') && i + 6 < text.size() && text.at(i + 1) == QLatin1Char('x')
            && text.at(i + 6) == QLatin1Char('_')
            && std::all_of(text.constData() + i + 2, text.constData() + i + 6, [](QChar c) {
                   return c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'));
               });
        escaped += startsEscape ? QStringLiteral("_x005F_") : QString(text.at(i));
    }
    return escaped;
}

QString seminarTimes(const Seminar& seminar)
{
    if (!seminar.startsAt.isValid())
        return {};
    QString text = seminar.startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (seminar.endsAt.isValid())
        text += QChar(0x2013) + seminar.endsAt.toString(QStringLiteral("HH:mm"));
    return text;
}

} // namespace

XlsxExporter::XlsxExporter(const Database& database, qint64 seminarId, ExportOptions options)
    : m_database(database)
    , m_seminarId(seminarId)
    , m_options(std::move(options))
{
}

QString XlsxExporter::sheetName(const Seminar& seminar, CsvColumn::HeaderLanguage language)
{
    constexpr int limit = 31;
    QString title = seminar.title(CsvColumn::languageCode(language));
    for (QChar& character : title) {
        if (QStringLiteral(":\\/?*[]").contains(character) || character.category() == QChar::Other_Control)
            character = QLatin1Char(' ');
    }
    QString name = seminar.startsAt.isValid()
        ? QStringLiteral("%1 %2").arg(seminar.startsAt.date().toString(Qt::ISODate), title.simplified())
        : title.simplified();
    if (name.size() > limit) {
        // Cut at a word's end where there is one in the last third, and say that it is cut.
        qsizetype cut = limit - 1;
        const qsizetype space = qMax(name.lastIndexOf(QLatin1Char(' '), cut), name.lastIndexOf(QChar(0x3000), cut));
        if (space >= limit * 2 / 3)
            cut = space;
        else if (name.at(cut - 1).isHighSurrogate())
            --cut;
        name = name.left(cut).trimmed() + QChar(0x2026);
    }
    // Excel refuses a name that starts or ends with an apostrophe, and an empty one.
    while (name.startsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char('\'')))
        name = name.startsWith(QLatin1Char('\'')) ? name.mid(1) : name.chopped(1);
    name = name.trimmed();
    return name.isEmpty() ? QStringLiteral("Registrations") : name;
}

Status XlsxExporter::writeWorkbook(const QString& path, const Seminar& seminar, qint64& rows) const
{
    const QString language = CsvColumn::languageCode(m_options.headerLanguage);
    const ExportRows exportRows(m_database, m_seminarId, m_options, m_progress);
    const QStringList header = exportRows.header();
    const QList<const CsvColumn*> columns = exportRows.columns();
    XlsxSheetWriter writer;
    if (Status started = writer.start(path, sheetName(seminar, m_options.headerLanguage),
                                      {seminar.title(language), seminarTimes(seminar), seminar.organiser}, header);
        !started)
        return started;

    QList<int> widths;
    QList<bool> timeColumns;
    for (qsizetype column = 0; column < header.size(); ++column) {
        widths.append(displayWidth(header.at(column)) + filterButtonWidth);
        timeColumns.append(columns.at(column)->holdsTime());
    }
    Status visited = exportRows.visit([&](qint64 row, const RegisteredAttendee& registered) -> Result<bool> {
        if (row >= maximumRows)
            return fail(tr("More registrations than the %1 rows an Excel sheet holds. Nothing was written.")
                            .arg(maximumRows - 1));
        std::vector<XlsxSheetWriter::Cell> cells(columns.size());
        for (qsizetype column = 0; column < columns.size(); ++column) {
            const CsvColumn& exported = *columns.at(column);
            XlsxSheetWriter::Cell& cell = cells[column];
            if (exported.holdsTime()) {
                cell.time = exported.localTime(registered);
                if (cell.time.isValid()) {
                    cell.kind = XlsxSheetWriter::Cell::Kind::Time;
                    widths[column] = qMax(widths.at(column), dateTimeWidth);
                }
                continue;
            }
            const QString text = exported.value(registered, row, m_options.headerLanguage);
            if (text.isEmpty())
                continue;
            if (text.size() > cellCharacterLimit)
                return fail(tr("Row %1, column “%2”: the text is longer than the %3 characters an Excel cell holds. "
                               "Shorten it, or export as CSV. Nothing was written.")
                                .arg(row)
                                .arg(header.at(column))
                                .arg(cellCharacterLimit));
            cell.kind = XlsxSheetWriter::Cell::Kind::Text;
            cell.text = escapedForExcel(text).toUtf8();
            widths[column] = qMax(widths.at(column), displayWidth(text));
        }
        writer.addRow(std::move(cells));
        rows = row;
        return true;
    });
    if (!visited)
        return visited;
    for (int& width : widths)
        width = qBound(narrowestColumn, width + 1, widestColumn);
    return writer.finish(widths, timeColumns);
}

Result<qint64> XlsxExporter::write(const QString& path) const
{
    const Result<Seminar> seminar = ExportRows(m_database, m_seminarId, m_options).check();
    if (!seminar)
        return fail(seminar.error());
    // libxlsxwriter writes to a file name: a private temporary file, then copied into PATH's own
    // temporary file, which replaces PATH only when complete.
    QTemporaryFile built(QDir::temp().filePath(QStringLiteral("seminar-desk-XXXXXX.xlsx")));
    if (!built.open())
        return fail(tr("Could not write “%1”: %2").arg(built.fileTemplate(), built.errorString()));
    built.close();
    qint64 rows = 0;
    if (Status written = writeWorkbook(built.fileName(), *seminar, rows); !written)
        return fail(written.error());

    if (!built.open())
        return fail(tr("Could not read “%1”: %2").arg(built.fileName(), built.errorString()));
    // Owner-only from the first byte, as every file with personal data is.
    PersonalDataFile file(path);
    if (Status opened = file.open(); !opened)
        return fail(opened.error());
    constexpr qint64 chunkBytes = 1 << 20;
    while (!built.atEnd()) {
        const QByteArray chunk = built.read(chunkBytes);
        if (chunk.isEmpty())
            return fail(tr("Could not read “%1”: %2").arg(built.fileName(), built.errorString()));
        if (Status written = file.write(chunk); !written)
            return fail(written.error());
    }
    if (Status committed = file.commit(); !committed)
        return fail(committed.error());
    return rows;
}

} // namespace sd
