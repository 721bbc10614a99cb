#include "cli/BoothSheetCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "cli/PrintOptions.h"
#include "core/data/Database.h"
#include "core/print/BoothSheet.h"

namespace sd {

QString BoothSheetCommand::summary() const
{
    return tr("Write the booth sheet of a seminar (a page a booth: rota, programme, phone numbers) to a PDF file, or "
              "print it.");
}

int BoothSheetCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    addSeminarOptions(parser, false);
    parser.addOption({QStringLiteral("language"), tr("The sheet's language: ja, en or both (default)."), tr("LANGUAGE"),
                      QStringLiteral("both")});
    PrintOptions::add(parser);
    int exitCode = 0;
    if (!parse(parser, arguments, out, err, exitCode))
        return exitCode;
    const std::optional<PrintTarget> target = PrintOptions::read(parser, name(), err);
    if (!target)
        return 2;
    const auto languages = BoothSheet::languagesFromKey(parser.value(QStringLiteral("language")));
    if (!languages) {
        err << tr("--language is ja, en or both, not “%1”.").arg(parser.value(QStringLiteral("language"))) << Qt::endl;
        return 2;
    }
    qint64 seminarId = 0;
    if (!readSeminarId(parser, seminarId, err))
        return 2;
    const auto database = openDatabase(parser, err);
    if (!database)
        return 1;
    auto sheet = BoothSheet::load(*database, seminarId);
    if (!sheet) {
        err << sheet.error() << Qt::endl;
        return 1;
    }
    if (const QString empty = sheet->emptyReason(); !empty.isEmpty()) {
        err << empty << Qt::endl;
        return 1;
    }
    sheet->setLanguages(*languages);
    auto sent = sheet->print(*target);
    if (!sent) {
        err << sent.error() << Qt::endl;
        return 1;
    }
    const int booths = int(sheet->booths().size());
    if (*sent)
        out << tr("Printed the booth sheet of “%1”: %n page(s), one a booth.", nullptr, booths)
                   .arg(sheet->seminar().localTitle())
            << Qt::endl
            << (*sent)->message() << Qt::endl;
    else
        out << tr("Wrote the booth sheet of “%1” to %2: %n page(s), one a booth.", nullptr, booths)
                   .arg(sheet->seminar().localTitle(), target->pdfPath())
            << Qt::endl;
    return 0;
}

} // namespace sd
