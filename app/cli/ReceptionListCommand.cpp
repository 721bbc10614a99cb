#include "cli/ReceptionListCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "cli/PrintOptions.h"
#include "cli/TerminalProgress.h"
#include "core/data/Database.h"
#include "core/print/ReceptionList.h"

namespace sd {

QString ReceptionListCommand::summary() const
{
    return tr("Write the reception list (受付名簿) of a seminar to a PDF file or a printer, split for several desks.");
}

int ReceptionListCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    addSeminarOptions(parser, false);
    parser.addOption({QStringLiteral("desks"),
                      tr("Split the list at kana-row boundaries for this many reception desks (1 to %1, default 1).")
                          .arg(ReceptionList::maxDesks),
                      tr("N"), QStringLiteral("1")});
    addLanguageOption(parser, tr("The list's language"));
    PrintOptions::add(parser);
    int exitCode = 0;
    if (!parse(parser, arguments, out, err, exitCode))
        return exitCode;

    const std::optional<PrintTarget> target = PrintOptions::read(parser, name(), err);
    if (!target)
        return 2;
    bool desksOk = false;
    const int desks = parser.value(QStringLiteral("desks")).toInt(&desksOk);
    if (!desksOk || desks < 1 || desks > ReceptionList::maxDesks) {
        err << tr("--desks needs a number of desks from 1 to %1, not “%2”.")
                   .arg(ReceptionList::maxDesks)
                   .arg(parser.value(QStringLiteral("desks")))
            << Qt::endl;
        return 2;
    }
    OutputLanguage language;
    qint64 seminarId = 0;
    if (!readLanguage(parser, language, err) || !readSeminarId(parser, seminarId, err))
        return 2;
    const auto database = openDatabase(parser, err);
    if (!database)
        return 1;
    auto list = ReceptionList::load(*database, seminarId);
    if (!list) {
        err << list.error() << Qt::endl;
        return 1;
    }
    if (list->size() == 0) {
        err << tr("No one is registered for this seminar: there is no reception list to print.") << Qt::endl;
        return 1;
    }
    const QList<ReceptionList::Part> parts = list->parts(desks);
    TablePrinter printer = list->printer(desks, language);
    TerminalProgress progress(err);
    printer.setProgress(progress.ifShown());
    auto sent = printer.print(*target);
    progress.clear();
    if (!sent) {
        err << sent.error() << Qt::endl;
        return 1;
    }
    const int deskParts = ReceptionList::deskCount(parts);
    if (*sent) {
        out << tr("Printed the reception list of %n people: %1 page(s), %2 desk(s).", nullptr, list->size())
                   .arg(printer.pages().size())
                   .arg(deskParts)
            << Qt::endl
            << (*sent)->message() << Qt::endl;
    } else {
        out << tr("Wrote the reception list of %n people to %1: %2 page(s), %3 desk(s).", nullptr, list->size())
                   .arg(target->pdfPath())
                   .arg(printer.pages().size())
                   .arg(deskParts)
            << Qt::endl;
    }
    for (int p = 0; p < parts.size(); ++p) {
        const QString heading = ReceptionList::partHeading(parts.at(p), p + 1, deskParts, OutputLanguage::ofProgram());
        if (!heading.isEmpty())
            out << tr("  %1: %n people", nullptr, int(parts.at(p).entries.size())).arg(heading) << Qt::endl;
    }
    return 0;
}

} // namespace sd
