#include "core/xlsx/XlsxExporter.h"

#include <memory>

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include "core/data/Database.h"
#include "core/records/DisplayWidth.h"
#include "core/stores/RegistrationStore.h"

namespace sd {

namespace {

// Excel's built-in format 22: a date and time that Excel shows in the reader's own regional
// format (2027/2/12 13:30 in Japanese Excel, 2/12/2027 13:30 in American Excel).
constexpr uint8_t localDateTimeFormat = 22;
// Column widths in Excel's units (the width of a digit); a header needs room for its filter button.
constexpr int filterButtonWidth = 3;
constexpr int dateTimeWidth = 17;
constexpr int narrowestColumn = 6;
constexpr int widestColumn = 60;
// SHIFTJIS_CHARSET and FF_MODERN, as Japanese Excel writes them for its default font.
constexpr uint8_t japaneseCharset = 128;
constexpr uint8_t modernFamily = 3;

struct WorkbookCloser
{
    void operator()(lxw_workbook* workbook) const { workbook_close(workbook); }
};
using Workbook = std::unique_ptr<lxw_workbook, WorkbookCloser>;

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

lxw_format* newFormat(lxw_workbook* workbook)
{
    lxw_format* format = workbook_add_format(workbook);
    format_set_font_name(format, XlsxExporter::defaultFont);
    format_set_font_charset(format, japaneseCharset);
    format_set_font_family(format, modernFamily);
    return format;
}

// The workbook's default font, which Excel gives every cell and every new sheet: libxlsxwriter
// 1.1 has no call for it, but its first format is that default ("Normal") style.
void setDefaultFont(lxw_workbook* workbook)
{
    lxw_format* normal = STAILQ_FIRST(workbook->formats);
    format_set_font_name(normal, XlsxExporter::defaultFont);
    format_set_font_charset(normal, japaneseCharset);
    format_set_font_family(normal, modernFamily);
}

// To the minute, as the CSV export writes times: both files say the same.
lxw_datetime excelTime(const QDateTime& time)
{
    const QDate date = time.date();
    const QTime clock = time.time();
    return {date.year(), date.month(), date.day(), clock.hour(), clock.minute(), 0.0};
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

// Readable by its owner only, as every file with personal data is.
void makeOwnerOnly(QFileDevice& file)
{
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
    QString title
        = seminar.title(language == CsvColumn::HeaderLanguage::Japanese ? QStringLiteral("ja") : QStringLiteral("en"));
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
    // Constant-memory mode: each row goes to disk once the next one starts.
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    const QByteArray fileName = QFile::encodeName(path);
    Workbook workbook(workbook_new_opt(fileName.constData(), &options));
    if (!workbook)
        return fail(tr("Could not start the workbook."));
    setDefaultFont(workbook.get());
    lxw_format* headerFormat = newFormat(workbook.get());
    format_set_bold(headerFormat);
    format_set_num_format(headerFormat, "@");
    lxw_format* textFormat = newFormat(workbook.get());
    format_set_num_format(textFormat, "@"); // what is typed into the column later stays text too
    lxw_format* timeFormat = newFormat(workbook.get());
    format_set_num_format_index(timeFormat, localDateTimeFormat);

    const QString language
        = m_options.headerLanguage == CsvColumn::HeaderLanguage::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
    const QByteArray title = seminar.title(language).toUtf8();
    const QByteArray subject = seminarTimes(seminar).toUtf8();
    const QByteArray company = seminar.organiser.toUtf8();
    lxw_doc_properties properties {};
    properties.title = const_cast<char*>(title.constData());
    properties.subject = const_cast<char*>(subject.constData());
    properties.company = const_cast<char*>(company.constData());
    properties.created = QDateTime::currentSecsSinceEpoch();
    workbook_set_properties(workbook.get(), &properties);

    const QByteArray name = sheetName(seminar, m_options.headerLanguage).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook.get(), name.constData());
    if (!sheet)
        return fail(tr("Could not add the sheet “%1” to the workbook.").arg(QString::fromUtf8(name)));

    const ExportRows exportRows(m_database, m_seminarId, m_options);
    const QStringList header = exportRows.header();
    const QList<const CsvColumn*> columns = exportRows.columns();
    QList<int> widths;
    for (lxw_col_t column = 0; column < header.size(); ++column) {
        worksheet_write_string(sheet, 0, column, header.at(column).toUtf8().constData(), headerFormat);
        widths.append(displayWidth(header.at(column)) + filterButtonWidth);
    }
    worksheet_freeze_panes(sheet, 1, 0);

    QByteArray utf8;
    Status visited = exportRows.visit([&](qint64 row, const RegisteredAttendee& registered) -> Result<bool> {
        if (row >= LXW_ROW_MAX)
            return fail(tr("More registrations than the %1 rows an Excel sheet holds. Nothing was written.")
                            .arg(LXW_ROW_MAX - 1));
        for (lxw_col_t column = 0; column < columns.size(); ++column) {
            const CsvColumn& exported = *columns.at(column);
            if (exported.holdsTime()) {
                const QDateTime time = exported.localTime(registered);
                if (time.isValid()) {
                    lxw_datetime excel = excelTime(time);
                    worksheet_write_datetime(sheet, lxw_row_t(row), column, &excel, timeFormat);
                    widths[column] = qMax(widths.at(column), dateTimeWidth);
                }
                continue;
            }
            const QString text = exported.value(registered, m_options.headerLanguage);
            if (text.isEmpty())
                continue;
            if (text.size() > cellCharacterLimit)
                return fail(tr("Row %1, column “%2”: the text is longer than the %3 characters an Excel cell holds. "
                               "Shorten it, or export as CSV. Nothing was written.")
                                .arg(row)
                                .arg(header.at(column))
                                .arg(cellCharacterLimit));
            utf8 = escapedForExcel(text).toUtf8();
            // Always a string, never a formula: "=1+1" stays the text it is.
            worksheet_write_string(sheet, lxw_row_t(row), column, utf8.constData(), textFormat);
            widths[column] = qMax(widths.at(column), displayWidth(text));
        }
        rows = row;
        return true;
    });
    if (!visited)
        return visited;

    for (lxw_col_t column = 0; column < widths.size(); ++column) {
        const int width = qBound(narrowestColumn, widths.at(column) + 1, widestColumn);
        worksheet_set_column(sheet, column, column, width, columns.at(column)->holdsTime() ? timeFormat : textFormat);
    }
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows), lxw_col_t(columns.size() - 1));
    const lxw_error closed = workbook_close(workbook.release());
    if (closed != LXW_NO_ERROR)
        return fail(tr("Could not write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(closed))));
    return {};
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Could not write “%1”: %2").arg(path, file.errorString()));
    makeOwnerOnly(file);
    constexpr qint64 chunkBytes = 1 << 20;
    while (!built.atEnd()) {
        const QByteArray chunk = built.read(chunkBytes);
        if (chunk.isEmpty() || file.write(chunk) != chunk.size()) {
            file.cancelWriting();
            return fail(tr("Could not write “%1”: %2").arg(path, file.errorString()));
        }
    }
    if (!file.commit())
        return fail(tr("Could not write “%1”: %2").arg(path, file.errorString()));
    return rows;
}

} // namespace sd
