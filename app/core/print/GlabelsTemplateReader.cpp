#include "core/print/GlabelsTemplateReader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace sd {

namespace {

constexpr qreal mmPerInch = 25.4;
constexpr qreal mmPerPoint = mmPerInch / 72.0;

QString where(const QString& path, const QXmlStreamReader& xml)
{
    return GlabelsTemplateReader::tr("%1, line %2").arg(QDir::toNativeSeparators(path)).arg(xml.lineNumber());
}

QString sheetKey(const QString& brand, const QString& part)
{
    return brand + QLatin1Char('\n') + part;
}

} // namespace

std::optional<qreal> GlabelsTemplateReader::lengthMm(const QString& text)
{
    // As glabels reads them (strtod, then the unit): "11.in" is 11 inches, and a missing number
    // ("", "in") is 0, which some installed templates rely on.
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([-+]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?)?\\s*([a-z]*)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qreal number = match.captured(1).isEmpty() ? 0.0 : match.captured(1).toDouble();
    const QString unit = match.captured(2);
    if (unit.isEmpty() || unit == QLatin1String("pt"))
        return number * mmPerPoint;
    if (unit == QLatin1String("in"))
        return number * mmPerInch;
    if (unit == QLatin1String("mm"))
        return number;
    if (unit == QLatin1String("cm"))
        return number * 10;
    if (unit == QLatin1String("pc"))
        return number * 12 * mmPerPoint;
    return std::nullopt;
}

Status GlabelsTemplateReader::readPaperSizes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement()) {
        while (xml.readNextStartElement()) {
            const auto attributes = xml.attributes();
            const auto width = lengthMm(attributes.value(QLatin1String("width")).toString());
            const auto height = lengthMm(attributes.value(QLatin1String("height")).toString());
            if (xml.name() == QLatin1String("Paper-size") && width && height)
                m_paperSizesMm.insert(attributes.value(QLatin1String("id")).toString(), QSizeF(*width, *height));
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return fail(tr("%1: %2").arg(where(path, xml), xml.errorString()));
    return {};
}

Result<QList<LabelSheet>> GlabelsTemplateReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("Glabels-templates")) {
        if (xml.hasError())
            return fail(tr("%1: %2").arg(where(path, xml), xml.errorString()));
        return fail(tr("%1 is not a glabels template file.").arg(QDir::toNativeSeparators(path)));
    }
    QList<LabelSheet> sheets;
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("Template")) {
            xml.skipCurrentElement();
            continue;
        }
        auto sheet = readTemplate(xml, path);
        if (!sheet)
            return fail(sheet.error());
        // An empty brand marks a template that is not a rectangular sheet: left out.
        if (!sheet->brand.isEmpty()) {
            m_known.insert(sheetKey(sheet->brand, sheet->partNumber), *sheet);
            sheets.append(*sheet);
        }
    }
    if (xml.hasError())
        return fail(tr("%1: %2").arg(where(path, xml), xml.errorString()));
    return sheets;
}

Result<LabelSheet> GlabelsTemplateReader::readTemplate(QXmlStreamReader& xml, const QString& path)
{
    const auto attributes = xml.attributes();
    LabelSheet sheet;
    sheet.brand = attributes.value(QLatin1String("brand")).toString();
    sheet.partNumber = attributes.value(QLatin1String("part")).toString();
    sheet.description = attributes.value(QLatin1String("_description")).toString();
    if (sheet.description.isEmpty())
        sheet.description = attributes.value(QLatin1String("description")).toString();
    if (sheet.brand.isEmpty() || sheet.partNumber.isEmpty())
        return fail(tr("%1: a template needs a brand and a part number.").arg(where(path, xml)));

    const QString equivalent = attributes.value(QLatin1String("equiv")).toString();
    if (!equivalent.isEmpty()) {
        xml.skipCurrentElement();
        const auto original = m_known.constFind(sheetKey(sheet.brand, equivalent));
        if (original == m_known.constEnd())
            return LabelSheet(); // the equivalent of a sheet that is not rectangular, or unknown
        LabelSheet copy = *original;
        copy.partNumber = sheet.partNumber;
        return copy;
    }

    const QString size = attributes.value(QLatin1String("size")).toString();
    if (size == QLatin1String("Other") || size.isEmpty()) {
        const auto width = lengthMm(attributes.value(QLatin1String("width")).toString());
        const auto height = lengthMm(attributes.value(QLatin1String("height")).toString());
        if (!width || !height)
            return fail(
                tr("%1: the template %2 has no valid page width and height.").arg(where(path, xml), sheet.name()));
        sheet.pageSizeMm = QSizeF(*width, *height);
    } else if (m_paperSizesMm.contains(size)) {
        sheet.pageSizeMm = m_paperSizesMm.value(size);
    } else {
        return fail(tr("%1: the paper size “%2” is not known.").arg(where(path, xml), size));
    }

    bool rectangular = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("Label-rectangle") && !rectangular) {
            auto read = readRectangle(xml, sheet, path);
            if (!read)
                return read;
            sheet = *read;
            rectangular = true;
        } else {
            xml.skipCurrentElement();
        }
    }
    if (!rectangular)
        return LabelSheet();
    return sheet;
}

Result<LabelSheet> GlabelsTemplateReader::readRectangle(QXmlStreamReader& xml, LabelSheet sheet, const QString& path)
{
    const auto attributes = xml.attributes();
    const auto width = lengthMm(attributes.value(QLatin1String("width")).toString());
    const auto height = lengthMm(attributes.value(QLatin1String("height")).toString());
    const QString round = attributes.value(QLatin1String("round")).toString();
    const auto radius = round.isEmpty() ? std::optional<qreal>(0) : lengthMm(round);
    if (!width || !height || !radius || *width <= 0 || *height <= 0)
        return fail(
            tr("%1: the label of %2 has no valid width, height or corner radius.").arg(where(path, xml), sheet.name()));
    sheet.labelWidthMm = *width;
    sheet.labelHeightMm = *height;
    sheet.cornerRadiusMm = *radius;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("Layout")) {
            const auto layoutAttributes = xml.attributes();
            LabelLayout layout;
            bool columnsOk = false;
            bool rowsOk = false;
            layout.columns = layoutAttributes.value(QLatin1String("nx")).toInt(&columnsOk);
            layout.rows = layoutAttributes.value(QLatin1String("ny")).toInt(&rowsOk);
            const auto left = lengthMm(layoutAttributes.value(QLatin1String("x0")).toString());
            const auto top = lengthMm(layoutAttributes.value(QLatin1String("y0")).toString());
            // A single column or row may leave its pitch out.
            const QString dx = layoutAttributes.value(QLatin1String("dx")).toString();
            const QString dy = layoutAttributes.value(QLatin1String("dy")).toString();
            const auto horizontal = dx.isEmpty() ? std::optional<qreal>(sheet.labelWidthMm) : lengthMm(dx);
            const auto vertical = dy.isEmpty() ? std::optional<qreal>(sheet.labelHeightMm) : lengthMm(dy);
            if (!columnsOk || !rowsOk || layout.columns <= 0 || layout.rows <= 0 || !left || !top || !horizontal
                || !vertical)
                return fail(tr("%1: a layout of %2 is not valid.").arg(where(path, xml), sheet.name()));
            layout.leftMm = *left;
            layout.topMm = *top;
            layout.horizontalPitchMm = *horizontal;
            layout.verticalPitchMm = *vertical;
            sheet.layouts.append(layout);
        }
        xml.skipCurrentElement();
    }
    if (sheet.layouts.isEmpty())
        return fail(tr("%1: the label of %2 has no layout.").arg(where(path, xml), sheet.name()));
    return sheet;
}

QList<LabelSheet> GlabelsTemplateReader::readFolder(const QString& folder, QStringList& warnings)
{
    const QDir dir(folder);
    const QString paperSizes = dir.filePath(QStringLiteral("paper-sizes.xml"));
    if (QFile::exists(paperSizes)) {
        if (Status read = readPaperSizes(paperSizes); !read)
            warnings.append(read.error());
    }
    QList<LabelSheet> sheets;
    const QStringList files = dir.entryList({QStringLiteral("*-templates.xml")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        auto read = readFile(dir.filePath(name));
        if (!read) {
            warnings.append(tr("Skipped the label templates in %1: %2").arg(name, read.error()));
            continue;
        }
        sheets.append(*read);
    }
    return sheets;
}

} // namespace sd
