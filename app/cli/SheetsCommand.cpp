#include "cli/SheetsCommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include "cli/TextTable.h"
#include "core/print/LabelSheetCatalog.h"

namespace sd {

namespace {

QString millimetres(qreal value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

QString SheetsCommand::summary() const
{
    return tr("List the label sheets badges can be printed on, with their geometry.");
}

int SheetsCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), tr("table (default) or json."), tr("FORMAT"), QStringLiteral("table")});
    int exitCode = 0;
    if (!parse(parser, arguments, out, err, exitCode))
        return exitCode;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json")) {
        err << tr("--format is table or json, not “%1”.").arg(format) << Qt::endl;
        return 2;
    }
    const LabelSheetCatalog catalog;
    for (const QString& warning : catalog.warnings())
        err << warning << Qt::endl;
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const LabelSheet& sheet : catalog.sheets())
            array.append(sheet.toJson());
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    TextTable table({tr("Sheet"), tr("Paper (mm)"), tr("Label (mm)"), tr("Labels"), tr("First at (mm)"),
                     tr("Pitch (mm)"), tr("Description")});
    for (const LabelSheet& sheet : catalog.sheets()) {
        const LabelLayout& layout = sheet.layouts.constFirst();
        table.addRow(
            {sheet.name(),
             QStringLiteral("%1 × %2").arg(millimetres(sheet.pageSizeMm.width()),
                                           millimetres(sheet.pageSizeMm.height())),
             QStringLiteral("%1 × %2").arg(millimetres(sheet.labelWidthMm), millimetres(sheet.labelHeightMm)),
             QStringLiteral("%1 × %2").arg(layout.columns).arg(layout.rows)
                 + (sheet.layouts.size() > 1 ? QStringLiteral(" +") : QString()),
             QStringLiteral("%1, %2").arg(millimetres(layout.leftMm), millimetres(layout.topMm)),
             QStringLiteral("%1, %2").arg(millimetres(layout.horizontalPitchMm), millimetres(layout.verticalPitchMm)),
             sheet.description});
    }
    table.print(out);
    return 0;
}

} // namespace sd
