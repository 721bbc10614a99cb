#include <catch2/catch.hpp>

#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "core/models/ProgrammeTableModel.h"
#include "gui/SeminarEditor.h"
#include "support/CatchQt.h"
#include "support/GuiTestSupport.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

TEST_CASE("Moving a seminar's start moves its end by as much", "[SeminarEditor]")
{
    Seminar saved;
    SeminarEditor editor({}, [&saved](const Seminar& seminar, const QList<ProgrammeItem>&) {
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

TEST_CASE("The programme is typed into its table from the keyboard, and an overlap is refused at Save",
          "[SeminarEditor][programme]")
{
    QList<ProgrammeItem> saved;
    SeminarEditor editor({}, [&saved](const Seminar&, const QList<ProgrammeItem>& programme) {
        saved = programme;
        return Status();
    });
    ProgrammeItem note;
    note.kind = ProgrammeItem::Kind::Text;
    note.titleJa = QStringLiteral("※ 内容は変更になる場合があります");
    editor.setSeminar(makeSeminar(), {note}); // 2027-02-12, 13:30 to 17:00
    editor.show();
    editor.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&editor));
    auto* tabs = child<QTabWidget>(editor, "tabs");
    auto* view = child<QTableView>(editor, "programmeView");
    tabs->setCurrentWidget(child<QWidget>(editor, "programmeTab"));
    REQUIRE(view->model()->rowCount() == 1);

    // Add Item opens the new item's start, at the seminar's start; Tab goes on to the next cell.
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::mouseClick(child<QPushButton>(editor, "addItemButton"), Qt::LeftButton);
    REQUIRE(view->model()->rowCount() == 2);
    QWidget* typing = QApplication::focusWidget();
    REQUIRE(typing);
    QTest::keyClick(typing, Qt::Key_Tab);
    type(QApplication::focusWidget(), QStringLiteral("14:00"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    type(QApplication::focusWidget(), QStringLiteral("開会挨拶"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    type(QApplication::focusWidget(), QStringLiteral("Opening"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents();
    view->setCurrentIndex(view->model()->index(1, ProgrammeTableModel::SpeakersColumn));
    view->edit(view->currentIndex());
    type(QApplication::focusWidget(), QStringLiteral("Jane DOE (UNEP); Budi SANTOSO"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents();

    // Ctrl+Up moves the item above the note.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    CHECK(view->currentIndex().row() == 0);
    CHECK(editor.programme().at(0).titleEn == QStringLiteral("Opening"));

    // A second item whose start falls inside the first: shown before Save, refused at Save.
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Insert);
    REQUIRE(view->model()->rowCount() == 3);
    QLineEdit* start = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(start);
    CHECK(start->text() == QStringLiteral("14:00"));
    start->selectAll();
    type(start, QStringLiteral("13:45"));
    QTest::keyClick(start, Qt::Key_Return);
    QCoreApplication::processEvents(); // Return commits the cell from the event loop
    CHECK(editor.errorText() == QStringLiteral("Programme item 1 “Opening” (13:30–14:00) overlaps item 2 (13:45)."));
    CHECK(view->model()
              ->data(view->model()->index(1, 0), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("overlaps")));
    editor.accept();
    CHECK(editor.isVisible());
    CHECK(saved.isEmpty());

    // Mended, it saves: the items in their order with their speakers.
    REQUIRE(view->model()->setData(view->model()->index(1, 0), QStringLiteral("14:00")));
    CHECK(editor.errorText().isEmpty());
    editor.accept();
    CHECK_FALSE(editor.isVisible());
    REQUIRE(saved.size() == 3);
    CHECK(saved.at(0).startsAt == QTime(13, 30));
    CHECK(saved.at(0).endsAt == QTime(14, 0));
    CHECK(saved.at(0).titleJa == QStringLiteral("開会挨拶"));
    CHECK(saved.at(0).speakers
          == QList<ProgrammeSpeaker> {{QStringLiteral("Jane DOE"), QStringLiteral("UNEP")},
                                      {QStringLiteral("Budi SANTOSO"), QString()}});
    CHECK(saved.at(1).startsAt == QTime(14, 0));
    CHECK(saved.at(2).titleJa == note.titleJa);
}

TEST_CASE("The seminar form sets an interpreter's turn length between 15 and 40 minutes", "[SeminarEditor][rota]")
{
    Seminar saved;
    SeminarEditor editor({}, [&saved](const Seminar& seminar, const QList<ProgrammeItem>&) {
        saved = seminar;
        return Status();
    });
    editor.setSeminar(makeSeminar());
    auto* turn = child<QSpinBox>(editor, "turnSpin");
    CHECK(turn->value() == 30);
    CHECK(turn->minimum() == Seminar::shortestTurnMinutes);
    CHECK(turn->maximum() == Seminar::longestTurnMinutes);
    turn->selectAll();
    type(turn, QStringLiteral("20"));
    editor.accept();
    CHECK(saved.turnMinutes == 20);
}
