#include "cli/AttendanceCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "cli/SeminarDayJson.h"
#include "cli/TextTable.h"
#include "core/checkin/AttendanceSummary.h"
#include "core/data/Database.h"

namespace sd {

namespace {

const QStringList formats {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")};

void addFigures(TextTable& table, const QString& label, const AttendanceSummary::Figures& figures)
{
    table.addRow({label, QString::number(figures.registered), QString::number(figures.attended),
                  QString::number(figures.walkIns), QString::number(figures.noShows), figures.rateText(QLocale())});
}

void printSummary(QTextStream& out, const AttendanceSummary& summary)
{
    const auto table = [](const QString& first) {
        return TextTable({first, AttendanceCommand::tr("Registered"), AttendanceCommand::tr("Attended"),
                          AttendanceCommand::tr("Walk-ins"), AttendanceCommand::tr("No-shows"),
                          AttendanceCommand::tr("Rate")});
    };
    TextTable total = table(QString());
    addFigures(total, AttendanceCommand::tr("Everyone"), summary.total());
    total.print(out);
    out << '\n';
    TextTable categories = table(AttendanceCommand::tr("Category"));
    for (const AttendanceSummary::Figures& figures : summary.byCategory())
        addFigures(categories, Attendee::categoryName(figures.label), figures);
    categories.print(out);
    out << '\n';
    TextTable organisations = table(AttendanceCommand::tr("Organisation"));
    for (const AttendanceSummary::Figures& figures : summary.byOrganisation())
        addFigures(organisations, figures.label, figures);
    organisations.print(out);
}

} // namespace

QString AttendanceCommand::summary() const
{
    return tr("After the seminar: registered and attended by category and organisation, walk-ins, no-shows.");
}

int AttendanceCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    addSeminarOptions(parser, false);
    addFormatOption(parser, formats);
    addLanguageOption(parser, tr("The language of the PDF and the CSV"));
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("Write the summary as a PDF file."), tr("FILE")});
    int exitCode = 0;
    if (!parse(parser, arguments, out, err, exitCode))
        return exitCode;
    const QString format = readFormat(parser, formats, err);
    OutputLanguage language;
    qint64 seminarId = 0;
    if (format.isEmpty() || !readLanguage(parser, language, err) || !readSeminarId(parser, seminarId, err))
        return 2;
    const auto database = openDatabase(parser, err);
    if (!database)
        return 1;
    auto summary = AttendanceSummary::load(*database, seminarId);
    if (!summary) {
        err << summary.error() << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("output"))) {
        const QString path = parser.value(QStringLiteral("output"));
        if (Status written = summary->printer(language).savePdf(path); !written) {
            err << written.error() << Qt::endl;
            return 1;
        }
        err << tr("Wrote the attendance summary to %1.").arg(path) << Qt::endl;
        return 0;
    }
    if (format == QLatin1String("csv")) {
        auto csv = AttendanceSummary::csv(*database, seminarId, language);
        if (!csv) {
            err << csv.error() << Qt::endl;
            return 1;
        }
        out << *csv;
    } else if (format == QLatin1String("json")) {
        out << SeminarDayJson::attendance(*summary).toJson() << '\n';
    } else {
        printSummary(out, *summary);
    }
    return 0;
}

} // namespace sd
