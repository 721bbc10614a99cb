#include "cli/ExportCsvCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "cli/ExportCommandOptions.h"
#include "cli/TerminalProgress.h"
#include "core/csv/CsvExporter.h"
#include "core/csv/CsvReader.h"
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
    ExportCommandOptions::add(parser, tr("The CSV file to write."));
    parser.addOption({QStringLiteral("encoding"),
                      tr("utf-8-bom (default: Excel reads it), utf-8, or shift_jis (CP932)."), tr("ENCODING"),
                      QStringLiteral("utf-8-bom")});
    parser.addOption({QStringLiteral("delimiter"), tr("comma (default), semicolon or tab."), tr("DELIMITER"),
                      QStringLiteral("comma")});
    parser.addOption({QStringLiteral("no-formula-guard"),
                      tr("Do not prefix cells starting with = + - @ with a single quote (they may then run as "
                         "formulas in a spreadsheet).")});
    int exitCode = 0;
    if (!parse(parser, arguments, out, err, exitCode))
        return exitCode;

    const auto usage = [&err](const QString& message) {
        err << tr("seminar-desk export-csv: %1").arg(message) << Qt::endl;
        return 2;
    };
    CsvExportOptions options;
    if (Status read = ExportCommandOptions::read(parser, options); !read)
        return usage(read.error());
    qint64 seminarId = 0;
    if (!readId(parser, QStringLiteral("seminar"), seminarId, err))
        return 2;
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
    options.formulaGuard = !parser.isSet(QStringLiteral("no-formula-guard"));

    auto database = openDatabase(parser, err);
    if (!database)
        return 1;
    const QString output = parser.value(QStringLiteral("output"));
    CsvExporter exporter(*database, seminarId, options);
    TerminalProgress progress(err);
    exporter.setProgress(progress.ifShown());
    const Result<qint64> written = exporter.write(output);
    progress.clear();
    if (!written) {
        err << tr("seminar-desk export-csv: %1").arg(written.error()) << Qt::endl;
        return 1;
    }
    out << tr("Wrote %n row(s) to %1.", nullptr, int(*written)).arg(output) << Qt::endl;
    return 0;
}

} // namespace sd
