#include "cli/BadgesCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "cli/PrintOptions.h"
#include "cli/TerminalProgress.h"
#include "core/data/Database.h"
#include "core/print/BadgeSelection.h"
#include "core/print/BadgeSheetPrinter.h"
#include "core/print/LabelSheetCatalog.h"

namespace sd {

namespace {

bool readRegistrationIds(const QString& text, QList<qint64>& ids, QTextStream& err)
{
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0) {
            err << BadgesCommand::tr("--registrations needs ids such as 1,5,9; “%1” is not one.").arg(part) << Qt::endl;
            return false;
        }
        ids.append(id);
    }
    if (ids.isEmpty()) {
        err << BadgesCommand::tr("--registrations needs at least one id.") << Qt::endl;
        return false;
    }
    return true;
}

bool readOffset(const QString& text, QPointF& offset, QTextStream& err)
{
    const QStringList parts = text.split(QLatin1Char(','));
    bool xOk = false;
    bool yOk = false;
    if (parts.size() == 2)
        offset = QPointF(parts.at(0).toDouble(&xOk), parts.at(1).toDouble(&yOk));
    if (!xOk || !yOk) {
        err << BadgesCommand::tr("--offset needs millimetres across and down such as 0.5,-1, not “%1”.").arg(text)
            << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

QString BadgesCommand::summary() const
{
    return tr("Write the name badges of a seminar on label sheets to a PDF file, or print them.");
}

int BadgesCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("seminar"), tr("The seminar whose badges to print."), tr("ID")});
    parser.addOption({QStringLiteral("sheet"),
                      tr("The label sheet, by brand and part number (default “%1”; see “seminar-desk sheets”).")
                          .arg(LabelSheetCatalog::defaultSheetName()),
                      tr("NAME"), LabelSheetCatalog::defaultSheetName()});
    parser.addOption({QStringLiteral("only"),
                      tr("unprinted: only badges never printed; changed: only those changed since printed."),
                      tr("WHICH")});
    parser.addOption({QStringLiteral("registrations"), tr("Only the registrations with these ids."), tr("1,5,9")});
    parser.addOption({QStringLiteral("skip"), tr("Labels already used on the first sheet (default 0)."), tr("K"),
                      QStringLiteral("0")});
    parser.addOption({QStringLiteral("offset"),
                      tr("Printer offset in millimetres across and down, e.g. 0.5,-1 (at most 10 either way)."),
                      tr("X,Y")});
    parser.addOption({QStringLiteral("categories"), tr("A JSON file with the words and colours of the category bands."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("band"),
                      tr("bleed: the category band runs 1.5 mm past the label's edges where the sheet has room; "
                         "inset: it keeps a white margin inside them (default: bleed when every label has room)."),
                      tr("EDGE")});
    parser.addOption({QStringLiteral("calibration"),
                      tr("Write a page with the label outlines instead of badges, to check the printer.")});
    PrintOptions::add(parser);
    int exitCode = 0;
    if (!parse(parser, arguments, out, err, exitCode))
        return exitCode;

    const std::optional<PrintTarget> target = PrintOptions::read(parser, name(), err);
    if (!target)
        return 2;
    auto sheet = LabelSheetCatalog().find(parser.value(QStringLiteral("sheet")));
    if (!sheet) {
        err << sheet.error() << Qt::endl;
        return 2;
    }
    BadgeStyle style = BadgeStyle::standard();
    if (parser.isSet(QStringLiteral("categories"))) {
        auto read = BadgeStyle::fromFile(parser.value(QStringLiteral("categories")));
        if (!read) {
            err << read.error() << Qt::endl;
            return 2;
        }
        style = *read;
    }
    BadgeSheetPrinter printer(*sheet, style);
    if (parser.isSet(QStringLiteral("band"))) {
        const auto edge = BadgeSheetPrinter::bandEdgeFromKey(parser.value(QStringLiteral("band")));
        if (!edge) {
            err << tr("--band is bleed or inset, not “%1”.").arg(parser.value(QStringLiteral("band"))) << Qt::endl;
            return 2;
        }
        printer.setBandEdge(*edge);
    }
    bool skipOk = false;
    printer.setStartLabel(parser.value(QStringLiteral("skip")).toInt(&skipOk));
    if (const QString error = printer.validationError(); !skipOk || !error.isEmpty()) {
        err << (skipOk ? error
                       : tr("--skip needs a number of labels, not “%1”.").arg(parser.value(QStringLiteral("skip"))))
            << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("offset"))) {
        QPointF offset;
        if (!readOffset(parser.value(QStringLiteral("offset")), offset, err))
            return 2;
        printer.setPrinterOffsetMm(offset);
        if (const QString error = printer.validationError(); !error.isEmpty()) {
            err << error << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("calibration"))) {
        auto sent = printer.printCalibration(*target);
        if (!sent) {
            err << sent.error() << Qt::endl;
            return 1;
        }
        if (*sent)
            out << tr("Printed the calibration page of %1.").arg(sheet->name()) << Qt::endl
                << (*sent)->message() << Qt::endl;
        else
            out << tr("Wrote the calibration page of %1 to %2.").arg(sheet->name(), target->pdfPath()) << Qt::endl;
        return 0;
    }

    BadgeSelection selection;
    if (parser.isSet(QStringLiteral("registrations"))) {
        if (parser.isSet(QStringLiteral("only"))) {
            err << tr("Use either --only or --registrations, not both.") << Qt::endl;
            return 2;
        }
        QList<qint64> ids;
        if (!readRegistrationIds(parser.value(QStringLiteral("registrations")), ids, err))
            return 2;
        selection = BadgeSelection::registrations(ids);
    } else if (parser.isSet(QStringLiteral("only"))) {
        const QString only = parser.value(QStringLiteral("only"));
        const auto kind = BadgeSelection::kindFromKey(only);
        if (!kind || *kind == BadgeSelection::Kind::All) {
            err << tr("--only is unprinted or changed, not “%1”.").arg(only) << Qt::endl;
            return 2;
        }
        selection = BadgeSelection::ofKind(*kind);
    }
    if (!parser.isSet(QStringLiteral("seminar"))) {
        err << tr("seminar-desk badges: say which seminar with --seminar ID.") << Qt::endl;
        return 2;
    }
    qint64 seminarId = 0;
    if (!readId(parser, QStringLiteral("seminar"), seminarId, err))
        return 2;
    auto database = openDatabase(parser, err);
    if (!database)
        return 1;
    TerminalProgress progress(err);
    printer.setProgress(progress.ifShown());
    // Marked printed only once the file is written or the printer's queue has taken the job.
    auto written = printer.print(*target, *database, seminarId, selection);
    progress.clear();
    if (!written) {
        err << written.error() << Qt::endl;
        return 1;
    }
    const int badges = int(written->badges.size());
    if (written->job)
        out << tr("Printed %n badge(s) on %1 sheet(s) of %2.", nullptr, badges)
                   .arg(printer.pageCount(badges))
                   .arg(sheet->name())
            << Qt::endl
            << written->job->message() << Qt::endl;
    else
        out << tr("Wrote %n badge(s) on %1 sheet(s) of %2 to %3.", nullptr, badges)
                   .arg(printer.pageCount(badges))
                   .arg(sheet->name(), target->pdfPath())
            << Qt::endl;
    // Printed all the same: the user decides whether a shortened badge will do.
    for (const QString& warning : written->warnings())
        err << tr("Warning: %1").arg(warning) << Qt::endl;
    return 0;
}

} // namespace sd
