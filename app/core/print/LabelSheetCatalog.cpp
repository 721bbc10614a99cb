#include "core/print/LabelSheetCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/print/GlabelsTemplateReader.h"

namespace sd {

namespace {

QString comparable(const QString& name)
{
    QString folded = name.toCaseFolded();
    folded.remove(QLatin1Char(' '));
    folded.remove(QLatin1Char('-'));
    return folded;
}

} // namespace

LabelSheetCatalog::LabelSheetCatalog(const QString& glabelsFolder)
    : m_sheets(builtIn())
{
    if (glabelsFolder.isEmpty() || !QDir(glabelsFolder).exists())
        return;
    GlabelsTemplateReader reader;
    m_sheets.append(reader.readFolder(glabelsFolder, m_warnings));
}

QString LabelSheetCatalog::defaultGlabelsFolder()
{
    const QString folder = qEnvironmentVariable("SEMINAR_DESK_GLABELS_TEMPLATES");
    return folder.isEmpty() ? GlabelsTemplateReader::defaultFolder() : folder;
}

QList<LabelSheet> LabelSheetCatalog::builtIn()
{
    QFile file(QStringLiteral(":/label-sheets.json"));
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT(opened);
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object()[QLatin1String("sheets")].toArray();
    QList<LabelSheet> sheets;
    for (const QJsonValue& value : array) {
        auto sheet = LabelSheet::fromJson(value.toObject());
        // The built-in data is part of the program: a broken entry is a programming error.
        Q_ASSERT_X(sheet.ok(), "LabelSheetCatalog", qPrintable(sheet.error()));
        if (sheet)
            sheets.append(*sheet);
    }
    return sheets;
}

Result<LabelSheet> LabelSheetCatalog::find(const QString& name) const
{
    const QString wanted = comparable(name);
    for (const LabelSheet& sheet : m_sheets) {
        if (comparable(sheet.name()) == wanted)
            return sheet;
    }
    return fail(tr("There is no label sheet “%1”. Run “seminar-desk sheets” for the list.").arg(name));
}

} // namespace sd
