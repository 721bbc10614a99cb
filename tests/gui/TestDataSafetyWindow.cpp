#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>

#include "core/settings/AppSettings.h"
#include "gui/MainWindow.h"
#include "gui/SettingsDialog.h"
#include "support/CatchQt.h"
#include "support/GuiTestSupport.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

TEST_CASE("Settings keep how many months personal data is kept", "[gui][settings][retention]")
{
    QTemporaryDir folder;
    AppSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    SettingsDialog dialog(settings);
    auto* months = child<QSpinBox>(dialog, "retentionSpin");
    REQUIRE(months);
    CHECK(months->value() == 12);
    months->setValue(18);
    dialog.accept();
    CHECK(settings.retentionPeriod().months() == 18);
}

TEST_CASE("Opening an older database says in the status bar where its backup copy is", "[gui][backup]")
{
    QSettings().clear();
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("old.sqlite"));
    writeOldDatabase(path, 4, {});
    MainWindow window;
    REQUIRE(window.openDatabase(path));
    const QString message = window.statusBar()->currentMessage();
    CHECK(message.contains(QDir::toNativeSeparators(path + QStringLiteral(".bak-v4"))));
    CHECK(QFile::exists(path + QStringLiteral(".bak-v4")));
}

TEST_CASE("New Database makes a whole database readable by its owner only, and nothing beside it", "[gui][create]")
{
    QSettings().clear();
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("new.sqlite"));
    MainWindow window;
    REQUIRE(window.createDatabase(path));
    CHECK(QFile::permissions(path) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(QDir(folder.path()).entryList({QStringLiteral("*.new")}, QDir::Files).isEmpty());
    CHECK(readRawSqlite(path, QStringLiteral("PRAGMA application_id")).value(0).toInt() == Database::applicationId);
}
