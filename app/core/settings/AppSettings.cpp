#include "core/settings/AppSettings.h"

#include <QFileInfo>

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

QString canonical(const QString& path)
{
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
    // Printer names may hold slashes, which QSettings would read as groups.
    return m_settings.value(printerOffsetKey.arg(QString::fromLatin1(printer.toUtf8().toPercentEncoding()))).toPointF();
}

void AppSettings::setPrinterOffsetMm(const QString& printer, const QPointF& offset)
{
    m_settings.setValue(printerOffsetKey.arg(QString::fromLatin1(printer.toUtf8().toPercentEncoding())), offset);
}

} // namespace sd
