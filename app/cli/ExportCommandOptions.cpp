#include "cli/ExportCommandOptions.h"

#include <QCommandLineParser>

#include "core/csv/ExportPreset.h"

namespace sd {

namespace {

QString columnKeys()
{
    QStringList keys;
    for (const CsvColumn& column : CsvColumn::all())
        keys.append(column.key);
    return keys.join(QLatin1Char(','));
}

QString statusKeys()
{
    QStringList keys;
    for (Registration::Status status : Registration::statuses())
        keys.append(Registration::statusKey(status));
    return keys.join(QLatin1Char(','));
}

} // namespace

void ExportCommandOptions::add(QCommandLineParser& parser, const QString& outputHelp)
{
    parser.addOption({QStringLiteral("seminar"), tr("The seminar whose registrations to export."), tr("ID")});
    parser.addOption({QStringLiteral("preset"),
                      tr("The columns: venue (no e-mail or phone), reception or full (default venue)."), tr("PRESET"),
                      QStringLiteral("venue")});
    parser.addOption({QStringLiteral("columns"),
                      tr("The columns in this order instead of a preset's, from: %1.").arg(columnKeys()),
                      tr("a,b,...")});
    parser.addOption(
        {QStringLiteral("status"),
         tr("Export the registrations with these statuses, from: %1 (default registered,attended).").arg(statusKeys()),
         tr("s,...")});
    parser.addOption({QStringLiteral("header"),
                      tr("The language of the header line and the values: en (default, values as stored) or ja."),
                      tr("LANG"), QStringLiteral("en")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, outputHelp, tr("OUT")});
}

Status ExportCommandOptions::read(const QCommandLineParser& parser, ExportOptions& options)
{
    if (!parser.isSet(QStringLiteral("seminar")))
        return fail(tr("name the seminar with --seminar ID."));
    if (!parser.isSet(QStringLiteral("output")))
        return fail(tr("name the file to write with -o OUT."));
    const auto preset = ExportPreset::fromKey(parser.value(QStringLiteral("preset")));
    if (!preset)
        return fail(
            tr("--preset must be venue, reception or full, not “%1”.").arg(parser.value(QStringLiteral("preset"))));
    options.columns = ExportPreset::columns(*preset);
    if (parser.isSet(QStringLiteral("columns"))) {
        options.columns.clear();
        for (const QString& key : parser.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const CsvColumn* column = CsvColumn::find(key.trimmed());
            if (!column)
                return fail(tr("“%1” is not a column; the columns are: %2.").arg(key, columnKeys()));
            options.columns.append(column->field);
        }
    }
    if (parser.isSet(QStringLiteral("status"))) {
        options.statuses.clear();
        for (const QString& key : parser.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto status = Registration::statusFromKey(key.trimmed());
            if (!status)
                return fail(tr("“%1” is not a status; the statuses are: %2.").arg(key, statusKeys()));
            options.statuses.append(*status);
        }
    }
    const QString header = parser.value(QStringLiteral("header"));
    if (header != QLatin1String("en") && header != QLatin1String("ja"))
        return fail(tr("--header must be en or ja, not “%1”.").arg(header));
    options.headerLanguage
        = header == QLatin1String("ja") ? CsvColumn::HeaderLanguage::Japanese : CsvColumn::HeaderLanguage::English;
    return {};
}

} // namespace sd
