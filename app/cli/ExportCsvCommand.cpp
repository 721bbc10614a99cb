#include "cli/ExportCsvCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "core/csv/CsvExporter.h"
#include "core/csv/CsvReader.h"
#include "core/csv/ExportPreset.h"
#include "core/data/Database.h"

namespace sd {

QString ExportCsvCommand::summary() const
{
    return tr("Write a seminar's registrations to a CSV file (for the venue, the reception desk, or everything).");
}

int ExportCsvCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("seminar"), tr("The seminar whose registrations to export."), tr("ID")});
    parser.addOption({QStringLiteral("preset"),
                      tr("The columns: venue (no e-mail or phone), reception or full (default venue)."), tr("PRESET"),
                      QStringLiteral("venue")});
    QStringList keys;
    for (const CsvColumn& column : CsvColumn::all())
        keys.append(column.key);
    parser.addOption({QStringLiteral("columns"),
                      tr("The columns in this order instead of a preset's, from: %1.").arg(keys.join(QLatin1Char(','))),
                      tr("a,b,...")});
    QStringList statusKeys;
    for (Registration::Status status : Registration::statuses())
        statusKeys.append(Registration::statusKey(status));
    parser.addOption({QStringLiteral("status"),
                      tr("Export the registrations with these statuses, from: %1 (default registered,attended).")
                          .arg(statusKeys.join(QLatin1Char(','))),
                      tr("s,...")});
    parser.addOption({QStringLiteral("encoding"),
                      tr("utf-8-bom (default: Excel reads it), utf-8, or shift_jis (CP932)."), tr("ENCODING"),
                      QStringLiteral("utf-8-bom")});
    parser.addOption({QStringLiteral("delimiter"), tr("comma (default), semicolon or tab."), tr("DELIMITER"),
                      QStringLiteral("comma")});
    parser.addOption({QStringLiteral("header"),
                      tr("The language of the header line and the values: en (default, values as stored) or ja."),
                      tr("LANG"), QStringLiteral("en")});
    parser.addOption({QStringLiteral("no-formula-guard"),
                      tr("Do not prefix cells starting with = + - @ with a single quote (they may then run as "
                         "formulas in a spreadsheet).")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The CSV file to write."), tr("OUT")});
    int exitCode = 0;
    if (!parse(parser, arguments, out, err, exitCode))
        return exitCode;

    const auto usage = [&err](const QString& message) {
        err << tr("seminar-desk export-csv: %1").arg(message) << Qt::endl;
        return 2;
    };
    if (!parser.isSet(QStringLiteral("seminar")))
        return usage(tr("name the seminar with --seminar ID."));
    if (!parser.isSet(QStringLiteral("output")))
        return usage(tr("name the file to write with -o OUT."));
    qint64 seminarId = 0;
    if (!readId(parser, QStringLiteral("seminar"), seminarId, err))
        return 2;

    CsvExportOptions options;
    const auto preset = ExportPreset::fromKey(parser.value(QStringLiteral("preset")));
    if (!preset)
        return usage(
            tr("--preset must be venue, reception or full, not “%1”.").arg(parser.value(QStringLiteral("preset"))));
    options.columns = ExportPreset::columns(*preset);
    if (parser.isSet(QStringLiteral("columns"))) {
        options.columns.clear();
        for (const QString& key : parser.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const CsvColumn* column = CsvColumn::find(key.trimmed());
            if (!column)
                return usage(tr("“%1” is not a column; the columns are: %2.").arg(key, keys.join(QLatin1Char(','))));
            options.columns.append(column->field);
        }
    }
    if (parser.isSet(QStringLiteral("status"))) {
        options.statuses.clear();
        for (const QString& key : parser.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto status = Registration::statusFromKey(key.trimmed());
            if (!status)
                return usage(
                    tr("“%1” is not a status; the statuses are: %2.").arg(key, statusKeys.join(QLatin1Char(','))));
            options.statuses.append(*status);
        }
    }
    const auto encoding = CsvEncoding::fromKey(parser.value(QStringLiteral("encoding")));
    if (!encoding)
        return usage(tr("--encoding must be utf-8-bom, utf-8 or shift_jis, not “%1”.")
                         .arg(parser.value(QStringLiteral("encoding"))));
    options.encoding = *encoding;
    const auto delimiter = CsvReader::delimiterFromKey(parser.value(QStringLiteral("delimiter")));
    if (!delimiter)
        return usage(tr("--delimiter must be comma, semicolon or tab, not “%1”.")
                         .arg(parser.value(QStringLiteral("delimiter"))));
    options.delimiter = *delimiter;
    const QString header = parser.value(QStringLiteral("header"));
    if (header != QLatin1String("en") && header != QLatin1String("ja"))
        return usage(tr("--header must be en or ja, not “%1”.").arg(header));
    options.headerLanguage
        = header == QLatin1String("ja") ? CsvColumn::HeaderLanguage::Japanese : CsvColumn::HeaderLanguage::English;
    options.formulaGuard = !parser.isSet(QStringLiteral("no-formula-guard"));

    auto database = openDatabase(parser, err);
    if (!database)
        return 1;
    const QString output = parser.value(QStringLiteral("output"));
    const Result<qint64> written = CsvExporter(*database, seminarId, options).write(output);
    if (!written) {
        err << tr("seminar-desk export-csv: %1").arg(written.error()) << Qt::endl;
        return 1;
    }
    out << tr("Wrote %n row(s) to %1.", nullptr, int(*written)).arg(output) << Qt::endl;
    return 0;
}

} // namespace sd
