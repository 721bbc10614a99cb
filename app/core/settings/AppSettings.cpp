#include "core/settings/AppSettings.h"

#include <QFileInfo>
#include <QSysInfo>

#include "core/data/DatabaseUrl.h"

namespace sd {

namespace {

const QString recentFilesKey = QStringLiteral("files/recent");
const QString reopenKey = QStringLiteral("files/reopenLast");
const QString languageKey = QStringLiteral("interface/language");
const QString retentionKey = QStringLiteral("privacy/retentionMonths");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString headerKey = QStringLiteral("views/%1/header");
const QString splitterKey = QStringLiteral("views/%1/splitter");
const QString printerOffsetKey = QStringLiteral("printers/%1/offsetMm");
const QString badgeBandEdgeKey = QStringLiteral("sheets/%1/bandEdge");

// Printer and sheet names may hold slashes, which QSettings would read as groups.
QString keyPart(const QString& name)
{
    return QString::fromLatin1(name.toUtf8().toPercentEncoding());
}
const QString deskNameKey = QStringLiteral("door/deskName");
const QString doorSheetKey = QStringLiteral("door/sheet");
const QString usedDoorLabelsKey = QStringLiteral("door/usedLabels");
const QString checkInSoundsKey = QStringLiteral("door/sounds");
const QString doorBadgeRouteKey = QStringLiteral("door/badgeRoute");
const QString doorPrinterKey = QStringLiteral("door/printer");

// A file by its one true path; a server database's address as it is (it never holds a password).
QString canonical(const QString& path)
{
    if (DatabaseUrl::isUrl(path))
        return path;
    const QFileInfo file(path);
    return file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
}

} // namespace

AppSettings::AppSettings(const QString& file)
    : m_settings(file, QSettings::IniFormat)
{
}

QStringList AppSettings::recentFiles() const
{
    return m_settings.value(recentFilesKey).toStringList();
}

void AppSettings::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    const QString file = canonical(path);
    files.removeAll(file);
    files.prepend(file);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    m_settings.setValue(recentFilesKey, files);
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(canonical(path));
    files.removeAll(path);
    m_settings.setValue(recentFilesKey, files);
}

void AppSettings::clearRecentFiles()
{
    m_settings.remove(recentFilesKey);
}

QString AppSettings::lastFile() const
{
    return recentFiles().value(0);
}

bool AppSettings::reopenLastFile() const
{
    return m_settings.value(reopenKey, true).toBool();
}

void AppSettings::setReopenLastFile(bool reopen)
{
    m_settings.setValue(reopenKey, reopen);
}

QString AppSettings::language() const
{
    return m_settings.value(languageKey).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings.setValue(languageKey, language);
}

RetentionPeriod AppSettings::retentionPeriod() const
{
    const int months = m_settings.value(retentionKey, RetentionPeriod::defaultMonths).toInt();
    return RetentionPeriod(qBound(1, months, RetentionPeriod::maximumMonths));
}

void AppSettings::setRetentionPeriod(RetentionPeriod period)
{
    m_settings.setValue(retentionKey, period.months());
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(stateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(stateKey, state);
}

QByteArray AppSettings::headerState(const QString& view) const
{
    return m_settings.value(headerKey.arg(view)).toByteArray();
}

void AppSettings::setHeaderState(const QString& view, const QByteArray& state)
{
    m_settings.setValue(headerKey.arg(view), state);
}

QByteArray AppSettings::splitterState(const QString& splitter) const
{
    return m_settings.value(splitterKey.arg(splitter)).toByteArray();
}

void AppSettings::setSplitterState(const QString& splitter, const QByteArray& state)
{
    m_settings.setValue(splitterKey.arg(splitter), state);
}

QPointF AppSettings::printerOffsetMm(const QString& printer) const
{
    return m_settings.value(printerOffsetKey.arg(keyPart(printer))).toPointF();
}

void AppSettings::setPrinterOffsetMm(const QString& printer, const QPointF& offset)
{
    m_settings.setValue(printerOffsetKey.arg(keyPart(printer)), offset);
}

QString AppSettings::badgeBandEdge(const QString& sheet) const
{
    return m_settings.value(badgeBandEdgeKey.arg(keyPart(sheet))).toString();
}

void AppSettings::setBadgeBandEdge(const QString& sheet, const QString& edge)
{
    m_settings.setValue(badgeBandEdgeKey.arg(keyPart(sheet)), edge);
}

QString AppSettings::deskName() const
{
    const QString name = m_settings.value(deskNameKey).toString().trimmed();
    return name.isEmpty() ? defaultDeskName() : name;
}

QString AppSettings::defaultDeskName()
{
    return QSysInfo::machineHostName();
}

void AppSettings::setDeskName(const QString& name)
{
    m_settings.setValue(deskNameKey, name.trimmed());
}

QString AppSettings::doorSheet() const
{
    return m_settings.value(doorSheetKey).toString();
}

void AppSettings::setDoorSheet(const QString& name)
{
    m_settings.setValue(doorSheetKey, name);
}

QList<int> AppSettings::usedDoorLabels() const
{
    QList<int> labels;
    for (const QVariant& label : m_settings.value(usedDoorLabelsKey).toList())
        labels.append(label.toInt());
    return labels;
}

void AppSettings::setUsedDoorLabels(const QList<int>& labels)
{
    QVariantList list;
    for (int label : labels)
        list.append(label);
    m_settings.setValue(usedDoorLabelsKey, list);
}

QString AppSettings::doorBadgeRoute() const
{
    return m_settings.value(doorBadgeRouteKey).toString();
}

void AppSettings::setDoorBadgeRoute(const QString& route)
{
    m_settings.setValue(doorBadgeRouteKey, route);
}

QString AppSettings::doorPrinter() const
{
    return m_settings.value(doorPrinterKey).toString();
}

void AppSettings::setDoorPrinter(const QString& printer)
{
    m_settings.setValue(doorPrinterKey, printer);
}

bool AppSettings::checkInSounds() const
{
    return m_settings.value(checkInSoundsKey, false).toBool();
}

void AppSettings::setCheckInSounds(bool on)
{
    m_settings.setValue(checkInSoundsKey, on);
}

} // namespace sd
