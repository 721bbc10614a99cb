#include <catch2/catch.hpp>

#include <QDateTimeEdit>
#include <QTest>

#include "gui/SeminarEditor.h"
#include "support/CatchQt.h"
#include "support/GuiTestSupport.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

TEST_CASE("Moving a seminar's start moves its end by as much", "[SeminarEditor]")
{
    Seminar saved;
    SeminarEditor editor({}, [&saved](const Seminar& seminar) {
        saved = seminar;
        return Status();
    });
    editor.setSeminar(makeSeminar()); // 2027-02-12, 13:30 to 17:00
    editor.show();
    editor.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&editor));
    auto* starts = child<QDateTimeEdit>(editor, "startsAtEdit");
    auto* ends = child<QDateTimeEdit>(editor, "endsAtEdit");
    CHECK(ends->dateTime() == QDateTime(QDate(2027, 2, 12), QTime(17, 0)));

    // A day later, from the keyboard: Tab into the field lands on the day (the weekday is
    // stepped over), and the Up arrow moves it on.
    starts->setFocus(Qt::TabFocusReason);
    QTest::keyClick(starts, Qt::Key_Up);
    CHECK(starts->dateTime() == QDateTime(QDate(2027, 2, 13), QTime(13, 30)));
    CHECK(ends->dateTime() == QDateTime(QDate(2027, 2, 13), QTime(17, 0)));

    // Half an hour earlier: the end keeps the length; an end set by hand is kept until the next move.
    starts->setDateTime(QDateTime(QDate(2027, 2, 13), QTime(13, 0)));
    CHECK(ends->dateTime() == QDateTime(QDate(2027, 2, 13), QTime(16, 30)));
    ends->setDateTime(QDateTime(QDate(2027, 2, 13), QTime(18, 0)));
    editor.accept();
    CHECK(saved.startsAt == QDateTime(QDate(2027, 2, 13), QTime(13, 0)));
    CHECK(saved.endsAt == QDateTime(QDate(2027, 2, 13), QTime(18, 0)));
}
