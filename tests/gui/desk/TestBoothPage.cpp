#include <catch2/catch.hpp>

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "core/models/BoothListModel.h"
#include "core/records/Contact.h"
#include "core/settings/Translations.h"
#include "core/stores/BoothStore.h"
#include "core/stores/DemoSeminar.h"
#include "core/stores/RecordEdits.h"
#include "gui/BoothEditor.h"
#include "gui/BoothSheetDialog.h"
#include "gui/ContactEditor.h"
#include "gui/DateTimeEdit.h"
#include "gui/desk/BoothPage.h"
#include "support/CatchQt.h"
#include "support/DeskFixture.h"
#include "support/GuiTestSupport.h"

using namespace sd;

namespace {

void addInterpreters(DeskFixture& desk)
{
    for (const QString& name : {QStringLiteral("赤木 通訳"), QStringLiteral("細田 通訳")}) {
        Contact interpreter;
        interpreter.name = name;
        REQUIRE(desk.desk().edits()->addContact(interpreter).ok());
    }
}

// Adds the booth "Japanese ⇔ English" with a shift for each of the first two interpreters.
void addBooth(DeskFixture& desk)
{
    desk.showPage<BoothPage>();
    whenDialogOpens<BoothEditor>([](BoothEditor& editor) {
        type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Japanese ⇔ English"));
        auto* add = child<QPushButton>(editor, "addShiftButton");
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(add, Qt::LeftButton);
        auto* table = child<QTableWidget>(editor, "shiftsTable");
        qobject_cast<QComboBox*>(table->cellWidget(1, 0))->setCurrentIndex(1);
        QTest::keyClick(child<QLineEdit>(editor, "nameEdit"), Qt::Key_Return);
    });
    desk.trigger("addAction");
    REQUIRE(desk.view("boothView")->model()->rowCount() == 1);
}

} // namespace

TEST_CASE("A booth gets two interpreters, a taken receiver channel is refused in the form", "[BoothPage]")
{
    DeskFixture desk;
    desk.createSeminar();
    addInterpreters(desk);
    addBooth(desk);
    QTableView* booths = desk.view("boothView");
    QStringList interpreters
        = booths->model()->index(0, BoothListModel::InterpretersColumn).data().toString().split(QStringLiteral(", "));
    interpreters.sort();
    CHECK(interpreters == QStringList {QStringLiteral("細田 通訳"), QStringLiteral("赤木 通訳")});

    QString refusal;
    whenDialogOpens<BoothEditor>([&refusal](BoothEditor& editor) {
        type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Chinese"));
        child<QSpinBox>(editor, "channelSpin")->setValue(1);
        QTest::keyClick(child<QLineEdit>(editor, "nameEdit"), Qt::Key_Return);
        refusal = editor.errorText();
        editor.reject();
    });
    desk.trigger("addAction");
    CHECK(refusal == QStringLiteral("Receiver channel 1 is already used by the booth “Japanese ⇔ English”."));
    CHECK(booths->model()->rowCount() == 1);
}

TEST_CASE("A new booth takes the next channel, which is checked as it is typed", "[BoothPage]")
{
    DeskFixture desk;
    desk.createSeminar();
    addInterpreters(desk);
    addBooth(desk);
    int proposed = 0;
    QString whileTyping;
    QString afterFixing;
    whenDialogOpens<BoothEditor>([&](BoothEditor& editor) {
        auto* channel = child<QSpinBox>(editor, "channelSpin");
        proposed = channel->value();
        channel->selectAll();
        type(channel, QStringLiteral("1"));
        whileTyping = editor.errorText();
        channel->selectAll();
        type(channel, QStringLiteral("3"));
        afterFixing = editor.errorText();
        editor.reject();
    });
    desk.trigger("addAction");
    CHECK(proposed == 2);
    CHECK(whileTyping == QStringLiteral("Receiver channel 1 is already used by the booth “Japanese ⇔ English”."));
    CHECK(afterFixing.isEmpty());
}

TEST_CASE("Return in the booth's editable Languages box saves the booth", "[BoothPage]")
{
    DeskFixture desk;
    desk.createSeminar();
    desk.showPage<BoothPage>();
    bool closed = false;
    whenDialogOpens<BoothEditor>([&closed](BoothEditor& editor) {
        type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Korean"));
        auto* languages = child<QComboBox>(editor, "languagePairCombo");
        languages->lineEdit()->clear();
        type(languages->lineEdit(), QStringLiteral("ja-ko"));
        QTest::keyClick(languages->lineEdit(), Qt::Key_Return);
        closed = !editor.isVisible();
    });
    desk.trigger("addAction");
    CHECK(closed);
    REQUIRE(desk.view("boothView")->model()->rowCount() == 1);
    CHECK(desk.cell("boothView", 0, BoothListModel::LanguagesColumn) == QStringLiteral("ja-ko"));
}

TEST_CASE("With an empty contact book the booth form says why and adds an interpreter from there", "[BoothPage]")
{
    DeskFixture desk;
    desk.createSeminar();
    desk.showPage<BoothPage>();
    bool explained = false;
    bool couldAddShift = true;
    int shifts = 0;
    whenDialogOpens<BoothEditor>([&](BoothEditor& editor) {
        explained = child<QLabel>(editor, "noInterpretersLabel")->isVisible();
        couldAddShift = child<QPushButton>(editor, "addShiftButton")->isEnabled();
        type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Japanese ⇔ English"));
        whenDialogOpens<ContactEditor>([](ContactEditor& contact) {
            auto* name = child<QLineEdit>(contact, "nameEdit");
            type(name, QStringLiteral("Akagi"));
            QTest::keyClick(name, Qt::Key_Return);
        });
        QTest::mouseClick(child<QPushButton>(editor, "newInterpreterButton"), Qt::LeftButton);
        shifts = child<QTableWidget>(editor, "shiftsTable")->rowCount();
        explained = explained && !child<QLabel>(editor, "noInterpretersLabel")->isVisible();
        QTest::keyClick(child<QLineEdit>(editor, "nameEdit"), Qt::Key_Return);
    });
    desk.trigger("addAction");
    CHECK_FALSE(couldAddShift);
    CHECK(explained);
    CHECK(shifts == 1);
    REQUIRE(desk.view("boothView")->model()->rowCount() == 1);
    CHECK(desk.cell("boothView", 0, BoothListModel::InterpretersColumn) == QStringLiteral("Akagi"));
}

TEST_CASE("A booth is edited, deleted and brought back with its interpreters", "[BoothPage]")
{
    DeskFixture desk;
    desk.createSeminar();
    addInterpreters(desk);
    addBooth(desk);
    whenDialogOpens<BoothEditor>([](BoothEditor& editor) {
        auto* name = child<QLineEdit>(editor, "nameEdit");
        name->clear();
        type(name, QStringLiteral("English ⇔ Japanese"));
        QTest::keyClick(name, Qt::Key_Return);
    });
    desk.trigger("editAction");
    CHECK(desk.cell("boothView", 0, BoothListModel::NameColumn) == QStringLiteral("English ⇔ Japanese"));
    desk.trigger("deleteAction");
    CHECK(desk.view("boothView")->model()->rowCount() == 0);
    desk.trigger("undoAction");
    REQUIRE(desk.view("boothView")->model()->rowCount() == 1);
    CHECK(desk.cell("boothView", 0, BoothListModel::InterpretersColumn).split(QStringLiteral(", ")).size() == 2);
    desk.trigger("undoAction");
    CHECK(desk.cell("boothView", 0, BoothListModel::NameColumn) == QStringLiteral("Japanese ⇔ English"));
}

TEST_CASE("The shift times are shown whole, and moving a start moves its end", "[BoothPage][layout]")
{
    DeskFixture desk;
    desk.createSeminar();
    addInterpreters(desk);
    desk.showPage<BoothPage>();
    int fromWidth = 0;
    int fieldWidth = 0;
    QDateTime movedEnd;
    whenDialogOpens<BoothEditor>([&](BoothEditor& editor) {
        QTest::mouseClick(child<QPushButton>(editor, "addShiftButton"), Qt::LeftButton);
        auto* table = child<QTableWidget>(editor, "shiftsTable");
        auto* from = qobject_cast<QDateTimeEdit*>(table->cellWidget(0, 1));
        auto* until = qobject_cast<QDateTimeEdit*>(table->cellWidget(0, 2));
        fromWidth = table->columnWidth(1);
        fieldWidth = from->sizeHint().width();
        from->setDateTime(from->dateTime().addSecs(3600));
        movedEnd = until->dateTime();
        editor.reject();
    });
    desk.trigger("addAction");
    CHECK(fromWidth >= fieldWidth);
    // The seminar runs 13:30 to 17:00, and so does a new shift until it is moved.
    CHECK(movedEnd == QDateTime(QDate(2027, 2, 12), QTime(18, 0)));
}

TEST_CASE("Propose Rota fills the booth's table, the checks show in the form and on the page", "[BoothPage][rota]")
{
    DeskFixture desk;
    const QString demo = desk.folder.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(DemoSeminar::create(demo, 0).ok());
    REQUIRE(desk.window.openDatabase(demo));
    desk.desk().selectSeminar(1);
    Translations::install(QStringLiteral("en")); // "1 interpreter", not "1 interpreter(s)"
    BoothPage* page = desk.showPage<BoothPage>();
    auto* checks = child<QLabel>(*page, "rotaChecksLabel");
    CHECK(checks->text() == QStringLiteral("The rota passes every check."));
    desk.view("boothView")->selectRow(0);

    int rowsAtFirst = 0;
    bool warnedAtFirst = true;
    QString withOne;
    QStringList proposed;
    whenDialogOpens<BoothEditor>([&](BoothEditor& editor) {
        auto* table = child<QTableWidget>(editor, "shiftsTable");
        auto* warnings = child<QLabel>(editor, "rotaWarningsLabel");
        rowsAtFirst = table->rowCount();
        warnedAtFirst = warnings->isVisible();
        // Only the first interpreter left: a team of one for two hours and a quarter.
        while (table->rowCount() > 1) {
            table->setCurrentCell(1, 0);
            QTest::mouseClick(child<QPushButton>(editor, "removeShiftButton"), Qt::LeftButton);
        }
        QTest::mouseClick(child<QPushButton>(editor, "proposeRotaButton"), Qt::LeftButton);
        withOne = warnings->text();
        for (const InterpreterShift& turn : editor.shifts())
            proposed.append(turn.startsAt.toString(QStringLiteral("HH:mm")));
        QTest::keyClick(child<QLineEdit>(editor, "nameEdit"), Qt::Key_Return);
    });
    desk.trigger("editAction");
    CHECK(rowsAtFirst == 5);
    CHECK_FALSE(warnedAtFirst);
    CHECK(withOne
          == QStringLiteral(
              "⚠ Booth “日本語 → English” interprets 135 minutes and has 1 interpreter; the norms ask for 2."));
    CHECK(proposed
          == QStringList {QStringLiteral("13:30"), QStringLiteral("14:00"), QStringLiteral("15:45"),
                          QStringLiteral("16:10"), QStringLiteral("16:35")});
    CHECK(checks->text() == withOne);

    // Saved, the proposal is one step of Undo.
    desk.trigger("undoAction");
    CHECK(checks->text() == QStringLiteral("The rota passes every check."));

    // With an empty table the booth takes its share of the seminar's interpreters.
    desk.view("boothView")->selectRow(0);
    QStringList names;
    whenDialogOpens<BoothEditor>([&](BoothEditor& editor) {
        auto* table = child<QTableWidget>(editor, "shiftsTable");
        while (table->rowCount() > 0) {
            table->setCurrentCell(0, 0);
            QTest::mouseClick(child<QPushButton>(editor, "removeShiftButton"), Qt::LeftButton);
        }
        QTest::mouseClick(child<QPushButton>(editor, "proposeRotaButton"), Qt::LeftButton);
        for (int row = 0; row < table->rowCount(); ++row)
            names.append(qobject_cast<QComboBox*>(table->cellWidget(row, 0))->currentText());
        editor.reject();
    });
    desk.trigger("editAction");
    CHECK(names
          == QStringList {QStringLiteral("通訳 一子（架空）"), QStringLiteral("通訳 二郎（架空）"),
                          QStringLiteral("通訳 一子（架空）"), QStringLiteral("通訳 二郎（架空）"),
                          QStringLiteral("通訳 一子（架空）")});
}

TEST_CASE("The Booths page and Seminar > Booth Sheet open the booth sheet of the seminar", "[BoothPage][boothsheet]")
{
    DeskFixture desk;
    desk.createSeminar();
    addInterpreters(desk);
    addBooth(desk);
    auto* page = desk.showPage<BoothPage>();
    auto* button = child<QPushButton>(*page, "boothSheetButton");
    REQUIRE(button);
    CHECK(button->isEnabled());
    int pages = -1;
    const auto look = [&pages](BoothSheetDialog& dialog) {
        QApplication::processEvents();
        pages = child<QPrintPreviewWidget>(dialog, "preview")->pageCount();
        dialog.reject();
    };
    whenDialogOpens<BoothSheetDialog>(look);
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(pages == 1);
    pages = -1;
    whenDialogOpens<BoothSheetDialog>(look);
    desk.trigger("boothSheetAction");
    CHECK(pages == 1);
}
