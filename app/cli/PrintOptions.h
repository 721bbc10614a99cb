// The options of the commands that print (badges, flyer, reception-list): -o FILE writes a PDF
// file; --print sends the pages to the default printer, --printer NAME to that one, with
// --copies N; --nearest-paper allows the printer's nearest paper when it lacks the pages' size.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "core/print/PrintTarget.h"

class QCommandLineParser;
class QTextStream;

namespace sd {

class PrintOptions
{
    Q_DECLARE_TR_FUNCTIONS(PrintOptions)

public:
    static void add(QCommandLineParser& parser);
    // Where the options send the pages; none, with the reason on ERR, when they name no place or
    // two, or a number of copies that is not one. COMMAND names the command in the message.
    static std::optional<PrintTarget> read(const QCommandLineParser& parser, const QString& command, QTextStream& err);
};

} // namespace sd
