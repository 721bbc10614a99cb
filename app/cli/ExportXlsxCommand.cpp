#include "cli/ExportXlsxCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "cli/ExportCommandOptions.h"
#include "cli/TerminalProgress.h"
#include "core/data/Database.h"
#include "core/xlsx/XlsxExporter.h"

namespace sd {

QString ExportXlsxCommand::summary() const
{
    return tr("Write a seminar's registrations to an Excel workbook (.xlsx), with the columns of export-csv.");
}

int ExportXlsxCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    ExportCommandOptions::add(parser, tr("The Excel workbook (.xlsx) to write."));
    int exitCode = 0;
    if (!parse(parser, arguments, out, err, exitCode))
        return exitCode;

    ExportOptions options;
    if (Status read = ExportCommandOptions::read(parser, options); !read) {
        err << tr("seminar-desk export-xlsx: %1").arg(read.error()) << Qt::endl;
        return 2;
    }
    qint64 seminarId = 0;
    if (!readId(parser, QStringLiteral("seminar"), seminarId, err))
        return 2;

    auto database = openDatabase(parser, err);
    if (!database)
        return 1;
    const QString output = parser.value(QStringLiteral("output"));
    XlsxExporter exporter(*database, seminarId, options);
    TerminalProgress progress(err);
    exporter.setProgress(progress.ifShown());
    const Result<qint64> written = exporter.write(output);
    progress.clear();
    if (!written) {
        err << tr("seminar-desk export-xlsx: %1").arg(written.error()) << Qt::endl;
        return 1;
    }
    out << tr("Wrote %n row(s) to %1.", nullptr, int(*written)).arg(output) << Qt::endl;
    return 0;
}

} // namespace sd
