#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include "core/settings/AppSettings.h"
#include "gui/SettingsDialog.h"
#include "support/CatchQt.h"
#include "support/GuiTestSupport.h"

using namespace sd;

TEST_CASE("Settings keep the desk's name and the sounds at check-in, typed from the keyboard", "[gui][settings]")
{
    QTemporaryDir folder;
    AppSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    {
        SettingsDialog dialog(settings);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        auto* deskName = child<QLineEdit>(dialog, "deskNameEdit");
        // Until named, the log records the computer's name: shown, not filled in.
        CHECK(deskName->text().isEmpty());
        CHECK(deskName->placeholderText() == AppSettings::defaultDeskName());
        CHECK_FALSE(child<QCheckBox>(dialog, "soundsCheck")->isChecked());
        QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
        CHECK(dialog.focusWidget() == deskName);
        type(deskName, QStringLiteral("Entrance 2"));
        QTest::keyClick(&dialog, Qt::Key_O, Qt::AltModifier);
        // A check box's Alt key clicks it after a short animation.
        QTRY_COMPARE_WITH_TIMEOUT(child<QCheckBox>(dialog, "soundsCheck")->isChecked(), true, 2000);
        QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
        QTest::keyClick(deskName, Qt::Key_Return);
        CHECK_FALSE(dialog.isVisible());
    }
    CHECK(settings.deskName() == QStringLiteral("Entrance 2"));
    CHECK(settings.checkInSounds());

    SettingsDialog again(settings);
    CHECK(child<QLineEdit>(again, "deskNameEdit")->text() == QStringLiteral("Entrance 2"));
    CHECK(child<QCheckBox>(again, "soundsCheck")->isChecked());
    child<QLineEdit>(again, "deskNameEdit")->clear();
    again.accept();
    CHECK(settings.deskName() == AppSettings::defaultDeskName());
}
