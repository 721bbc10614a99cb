// Every setting the program keeps between runs, under one set of keys, over QSettings.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QSettings>
#include <QString>
#include <QStringList>

#include "core/records/RetentionPeriod.h"

namespace sd {

class AppSettings
{
public:
    static constexpr int maxRecentFiles = 8;

    AppSettings() = default;
    // Settings in FILE (an INI file), for tests.
    explicit AppSettings(const QString& file);

    // The databases opened last, most recent first: files, and the addresses of databases on a
    // server (DatabaseUrl::toString(), which never holds a password).
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
    void clearRecentFiles();
    QString lastFile() const;
    bool reopenLastFile() const;
    void setReopenLastFile(bool reopen);

    // "" follows the system locale; otherwise a code from Translations::available().
    QString language() const;
    void setLanguage(const QString& language);

    // How long personal data is kept after a person's last seminar (see PersonalDataErasure).
    RetentionPeriod retentionPeriod() const;
    void setRetentionPeriod(RetentionPeriod period);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    // The saved state of a named view's header (column widths, order, sort).
    QByteArray headerState(const QString& view) const;
    void setHeaderState(const QString& view, const QByteArray& state);
    // The saved sizes of a named splitter's panes.
    QByteArray splitterState(const QString& splitter) const;
    void setSplitterState(const QString& splitter, const QByteArray& state);

    // How far PRINTER prints off from where it should, in millimetres (right, down).
    QPointF printerOffsetMm(const QString& printer) const;
    void setPrinterOffsetMm(const QString& printer, const QPointF& offset);
    // How the category band meets the edge on SHEET ("bleed", "inset"); empty: the sheet's default.
    QString badgeBandEdge(const QString& sheet) const;
    void setBadgeBandEdge(const QString& sheet, const QString& edge);

    // The name of this desk in the check-in log ("Desk 2", "Entrance"); the computer's name
    // (defaultDeskName) until one is given.
    QString deskName() const;
    void setDeskName(const QString& name);
    static QString defaultDeskName();
    // The label sheet in the printer at the door, and which of its labels are used (0-based).
    QString doorSheet() const;
    void setDoorSheet(const QString& name);
    QList<int> usedDoorLabels() const;
    void setUsedDoorLabels(const QList<int>& labels);
    // Where the badge of someone registered at the door goes (a DoorBadges::routeKey); empty
    // until chosen.
    QString doorBadgeRoute() const;
    void setDoorBadgeRoute(const QString& route);
    // The printer the door's badges go to; empty until one is chosen.
    QString doorPrinter() const;
    void setDoorPrinter(const QString& printer);
    // Whether each check-in answer also sounds (off until chosen).
    bool checkInSounds() const;
    void setCheckInSounds(bool on);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace sd
