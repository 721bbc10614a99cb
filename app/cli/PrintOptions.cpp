#include "cli/PrintOptions.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace sd {

namespace {

// More would be a typing mistake: a stack of 1,000 reception lists helps no one.
constexpr int mostCopies = 999;

} // namespace

void PrintOptions::add(QCommandLineParser& parser)
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF file to write."), tr("FILE")});
    parser.addOption({QStringLiteral("print"), tr("Print on the default printer instead of writing a file.")});
    parser.addOption({QStringLiteral("printer"),
                      tr("Print on the printer NAME instead of writing a file (see “lpstat -e”)."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("copies"), tr("How many copies to print (default 1)."), tr("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("nearest-paper"),
                      tr("Print on the printer's nearest paper when it does not offer the pages' size.")});
}

std::optional<PrintTarget> PrintOptions::read(const QCommandLineParser& parser, const QString& command,
                                              QTextStream& err)
{
    const bool toFile = parser.isSet(QStringLiteral("output"));
    const bool toPrinter = parser.isSet(QStringLiteral("print")) || parser.isSet(QStringLiteral("printer"));
    if (toFile == toPrinter) {
        err << (toFile ? tr("seminar-desk %1: either write a file with -o FILE or print with --print or --printer "
                            "NAME, not both.")
                       : tr("seminar-desk %1: name the PDF file to write with -o FILE, or print with --print or "
                            "--printer NAME."))
                   .arg(command)
            << Qt::endl;
        return std::nullopt;
    }
    if (toFile) {
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty()) {
            err << tr("seminar-desk %1: name the PDF file to write with -o FILE.").arg(command) << Qt::endl;
            return std::nullopt;
        }
        return PrintTarget::pdfFile(output);
    }
    bool ok = false;
    PrintRequest request;
    request.copies = parser.value(QStringLiteral("copies")).toInt(&ok);
    if (!ok || request.copies < 1 || request.copies > mostCopies) {
        err << tr("--copies needs a number from 1 to %1, not “%2”.")
                   .arg(mostCopies)
                   .arg(parser.value(QStringLiteral("copies")))
            << Qt::endl;
        return std::nullopt;
    }
    request.nearestPaper = parser.isSet(QStringLiteral("nearest-paper"));
    return PrintTarget::queue(parser.value(QStringLiteral("printer")), request);
}

} // namespace sd
