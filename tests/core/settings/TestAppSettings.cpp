#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include "core/settings/AppSettings.h"
#include "support/CatchQt.h"

using namespace sd;

TEST_CASE("AppSettings keeps recent files, most recent first and without repeats", "[AppSettings]")
{
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(file);
        CHECK(settings.lastFile().isEmpty());
        for (int i = 0; i < AppSettings::maxRecentFiles + 2; ++i)
            settings.addRecentFile(folder.filePath(QStringLiteral("%1.sqlite").arg(i)));
        settings.addRecentFile(folder.filePath(QStringLiteral("5.sqlite")));
        settings.setLanguage(QStringLiteral("ja"));
        settings.setHeaderState(QStringLiteral("attendees"), QByteArray("state"));
    }
    AppSettings settings(file);
    const QStringList recent = settings.recentFiles();
    REQUIRE(recent.size() == AppSettings::maxRecentFiles);
    CHECK(recent.first() == folder.filePath(QStringLiteral("5.sqlite")));
    CHECK(recent.at(1) == folder.filePath(QStringLiteral("9.sqlite")));
    CHECK(recent.count(folder.filePath(QStringLiteral("5.sqlite"))) == 1);
    CHECK(settings.language() == QStringLiteral("ja"));
    CHECK(settings.headerState(QStringLiteral("attendees")) == QByteArray("state"));
    CHECK(settings.reopenLastFile());
    settings.removeRecentFile(folder.filePath(QStringLiteral("5.sqlite")));
    CHECK(settings.lastFile() == folder.filePath(QStringLiteral("9.sqlite")));
}

TEST_CASE("AppSettings keeps a shared database's address among the recent files, as it is", "[AppSettings]")
{
    QTemporaryDir folder;
    AppSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    const QString address = QStringLiteral("postgresql://desk@db.example:5432/seminars?sslmode=require");
    settings.addRecentFile(folder.filePath(QStringLiteral("a.sqlite")));
    settings.addRecentFile(address);
    settings.addRecentFile(address);
    CHECK(settings.recentFiles() == QStringList {address, folder.filePath(QStringLiteral("a.sqlite"))});
    CHECK(settings.lastFile() == address);
    settings.removeRecentFile(address);
    CHECK(settings.recentFiles() == QStringList {folder.filePath(QStringLiteral("a.sqlite"))});
}

TEST_CASE("AppSettings keeps the door's desk name, the sheet in its printer, its badges and its sounds",
          "[AppSettings]")
{
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(file);
        CHECK(settings.deskName() == AppSettings::defaultDeskName()); // the computer's name until one is given
        CHECK_FALSE(settings.deskName().isEmpty());
        CHECK_FALSE(settings.checkInSounds());
        CHECK(settings.doorBadgeRoute().isEmpty());
        CHECK(settings.doorPrinter().isEmpty());
        settings.setDeskName(QStringLiteral("  Entrance 2 "));
        settings.setDoorSheet(QStringLiteral("Avery L7418"));
        settings.setUsedDoorLabels({0, 3});
        settings.setCheckInSounds(true);
        settings.setDoorBadgeRoute(QStringLiteral("label"));
        settings.setDoorPrinter(QStringLiteral("Brother QL/2"));
    }
    AppSettings settings(file);
    CHECK(settings.deskName() == QStringLiteral("Entrance 2"));
    CHECK(settings.doorSheet() == QStringLiteral("Avery L7418"));
    CHECK(settings.usedDoorLabels() == QList<int>({0, 3}));
    CHECK(settings.checkInSounds());
    CHECK(settings.doorBadgeRoute() == QStringLiteral("label"));
    CHECK(settings.doorPrinter() == QStringLiteral("Brother QL/2"));
    settings.setDeskName(QString());
    CHECK(settings.deskName() == AppSettings::defaultDeskName());
}

TEST_CASE("AppSettings keeps the retention period, twelve months unless set", "[AppSettings][retention]")
{
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("settings.ini"));
    CHECK(AppSettings(file).retentionPeriod().months() == 12);
    AppSettings(file).setRetentionPeriod(RetentionPeriod(18));
    CHECK(AppSettings(file).retentionPeriod().months() == 18);
}
