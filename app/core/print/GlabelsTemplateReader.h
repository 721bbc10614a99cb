// Reads label sheets from glabels-3 template files (Template, Label-rectangle, Layout), as
// installed by Debian's glabels-data in /usr/share/libglabels-3.0/templates.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include "core/Result.h"
#include "core/print/LabelSheet.h"

class QXmlStreamReader;

namespace sd {

class GlabelsTemplateReader
{
    Q_DECLARE_TR_FUNCTIONS(GlabelsTemplateReader)

public:
    static QString defaultFolder() { return QStringLiteral("/usr/share/libglabels-3.0/templates"); }

    // Paper sizes by glabels id ("A4", "US-Letter"), e.g. from the folder's paper-sizes.xml.
    void setPaperSizes(QHash<QString, QSizeF> paperSizesMm) { m_paperSizesMm = std::move(paperSizesMm); }
    Status readPaperSizes(const QString& path);

    // The rectangular label sheets of one template file; round labels and CDs are left out.
    // A broken file is an error naming the file and line.
    Result<QList<LabelSheet>> readFile(const QString& path);
    // Every *-templates.xml in FOLDER (with its paper-sizes.xml); files that cannot be read are
    // skipped and described in WARNINGS.
    QList<LabelSheet> readFolder(const QString& folder, QStringList& warnings);

    // "9pt", "0.5in", "3mm", "1cm", "2pc" or a bare number of points, in millimetres; nothing
    // when the unit is unknown.
    static std::optional<qreal> lengthMm(const QString& text);

private:
    Result<LabelSheet> readTemplate(QXmlStreamReader& xml, const QString& path);
    Result<LabelSheet> readRectangle(QXmlStreamReader& xml, LabelSheet sheet, const QString& path);

    QHash<QString, QSizeF> m_paperSizesMm;
    // Templates by "brand part", to resolve equiv="part" references within a brand.
    QHash<QString, LabelSheet> m_known;
};

} // namespace sd
