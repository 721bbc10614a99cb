#include "support/DeskFixture.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>

#include "gui/SeminarEditor.h"
#include "support/CatchQt.h"
#include "support/GuiTestSupport.h"

using namespace sd;

DeskFixture::DeskFixture()
{
    QSettings().clear();
    REQUIRE(window.createDatabase(folder.filePath(QStringLiteral("desk.sqlite"))));
    window.show();
}

DeskWidget& DeskFixture::desk()
{
    REQUIRE(window.desk());
    return *window.desk();
}

void DeskFixture::trigger(const char* actionName)
{
    auto* action = child<QAction>(window, actionName);
    REQUIRE(action);
    INFO(actionName);
    REQUIRE(action->isEnabled());
    action->trigger();
}

QTableView* DeskFixture::view(const char* name)
{
    auto* found = child<QTableView>(window, name);
    REQUIRE(found);
    return found;
}

QString DeskFixture::cell(const char* viewName, int row, int column)
{
    return view(viewName)->model()->index(row, column).data().toString();
}

void DeskFixture::activate()
{
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

void DeskFixture::createSeminar()
{
    QString refusal;
    QString keptTitle;
    bool stayedOpen = false;
    whenDialogOpens<SeminarEditor>([&](SeminarEditor& editor) {
        auto* title = child<QLineEdit>(editor, "titleEnEdit");
        type(title, QStringLiteral("Team Kitakyushu Seminar"));
        type(child<QLineEdit>(editor, "titleJaEdit"), QStringLiteral("チーム北九州セミナー"));
        auto* starts = child<QDateTimeEdit>(editor, "startsAtEdit");
        auto* ends = child<QDateTimeEdit>(editor, "endsAtEdit");
        starts->setDateTime(QDateTime(QDate(2027, 2, 12), QTime(13, 30)));
        ends->setDateTime(QDateTime(QDate(2027, 2, 12), QTime(12, 0)));
        QTest::keyClick(title, Qt::Key_Return);
        refusal = editor.errorText();
        stayedOpen = editor.isVisible();
        keptTitle = title->text();
        ends->setDateTime(QDateTime(QDate(2027, 2, 12), QTime(17, 0)));
        QTest::keyClick(title, Qt::Key_Return);
    });
    trigger("newSeminarAction");
    CHECK(refusal == QCoreApplication::translate("SeminarStore", "The seminar ends before it starts."));
    CHECK(stayedOpen);
    CHECK(keptTitle == QStringLiteral("Team Kitakyushu Seminar"));
    REQUIRE(desk().seminarId() > 0);
}
