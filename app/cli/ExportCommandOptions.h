// The options export-csv and export-xlsx share: the seminar, which columns (a preset or a list),
// which registrations (statuses), the header's language and the file to write.
#pragma once

#include <QCoreApplication>

#include "core/Result.h"
#include "core/csv/ExportRows.h"

class QCommandLineParser;

namespace sd {

class ExportCommandOptions
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommandOptions)

public:
    // Adds them to PARSER; OUTPUT_HELP says what -o writes.
    static void add(QCommandLineParser& parser, const QString& outputHelp);
    // Reads the options into OPTIONS (the seminar's id is read apart, with the command's other
    // ids); a mistake on the command line fails with its message.
    static Status read(const QCommandLineParser& parser, ExportOptions& options);
};

} // namespace sd
