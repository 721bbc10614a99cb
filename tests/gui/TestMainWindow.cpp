#include <catch2/catch.hpp>

#include <QAction>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include "core/models/RegistrationListModel.h"
#include "core/models/SeminarListModel.h"
#include "core/settings/AppSettings.h"
#include "core/settings/Translations.h"
#include "core/stores/DemoSeminar.h"
#include "core/stores/RecordEdits.h"
#include "gui/ExportCsvDialog.h"
#include "gui/MessageBox.h"
#include "gui/SeminarEditor.h"
#include "gui/desk/AttendeePage.h"
#include "support/CatchQt.h"
#include "support/DeskFixture.h"
#include "support/GuiTestSupport.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

// Speaks LANGUAGE while it lives, then English again, as File ▸ Settings would switch.
struct Language
{
    explicit Language(const QString& language)
    {
        Translations::install(language);
        QCoreApplication::processEvents();
    }
    ~Language()
    {
        Translations::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
    }
    Q_DISABLE_COPY_MOVE(Language)
};

QString translated(const char* context, const char* text)
{
    return QCoreApplication::translate(context, text);
}

void registerHanako(DeskFixture& desk)
{
    Attendee hanako = makeAttendee(QStringLiteral("山田"), QStringLiteral("花子"), QStringLiteral("やまだ"),
                                   QStringLiteral("はなこ"));
    Registration registration;
    registration.seminarId = desk.desk().seminarId();
    REQUIRE(desk.desk().edits()->addRegisteredAttendee(hanako, registration).ok());
}

} // namespace

TEST_CASE("An empty database offers to create a seminar, then the form creates one", "[MainWindow]")
{
    DeskFixture desk;
    REQUIRE(desk.window.findChild<QWidget*>(QStringLiteral("welcomePage"))->isVisible());
    desk.createSeminar();
    CHECK_FALSE(desk.window.findChild<QWidget*>(QStringLiteral("welcomePage"))->isVisible());
    CHECK(desk.view("seminarView")->model()->rowCount() == 1);
    CHECK(desk.desk().edits()->undoStack()->undoText() == QStringLiteral("Add Seminar “Team Kitakyushu Seminar”"));
}

TEST_CASE("The seminar list shows its dates whole, with the weekday", "[MainWindow][layout]")
{
    DeskFixture desk;
    desk.createSeminar();
    desk.window.resize(1400, 900);
    QCoreApplication::processEvents();
    QTableView* seminars = desk.view("seminarView");
    const QString date = desk.cell("seminarView", 0, SeminarListModel::DateColumn);
    CHECK(date == QStringLiteral("Fri 12 Feb 2027 13:30"));
    CHECK(seminars->columnWidth(SeminarListModel::DateColumn) > seminars->fontMetrics().horizontalAdvance(date));
}

TEST_CASE("The window title names the database file, and the seminar once there is one", "[MainWindow]")
{
    DeskFixture desk;
    CHECK(desk.window.windowTitle() == QStringLiteral("desk.sqlite"));
    desk.createSeminar();
    CHECK(desk.window.windowTitle() == QStringLiteral("Team Kitakyushu Seminar — desk.sqlite"));
    CHECK(desk.window.windowFilePath() == desk.folder.filePath(QStringLiteral("desk.sqlite")));
}

TEST_CASE("A file that is not SQLite is refused with a message that names it", "[MainWindow]")
{
    DeskFixture desk;
    const QString path = desk.folder.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Shopping list: green tea, rice crackers\n");
    file.close();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(desk.window.openDatabase(path));
    CHECK(MessageBox::lastText()
          == QStringLiteral("“%1” is not a Seminar Desk database: it is not an SQLite file.").arg(path));
    CHECK(desk.desk().database().path().endsWith(QStringLiteral("desk.sqlite")));
}

TEST_CASE("A database file that does not exist is refused and not made, however it is named", "[MainWindow]")
{
    DeskFixture desk;
    const QString missing = desk.folder.filePath(QStringLiteral("typo.sqlite"));
    const QString refusal = QStringLiteral("“%1” does not exist.").arg(missing);

    SECTION("File ▸ Open Database")
    {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        CHECK_FALSE(desk.window.openDatabase(missing));
        CHECK(MessageBox::lastText().startsWith(refusal));
        CHECK(desk.desk().database().path().endsWith(QStringLiteral("desk.sqlite")));
    }
    SECTION("a recent file that has gone leaves the list")
    {
        AppSettings().addRecentFile(missing);
        auto* recent = child<QMenu>(desk.window, "recentMenu");
        Q_EMIT recent->aboutToShow();
        const QList<QAction*> entries = recent->actions();
        const auto gone = std::find_if(entries.begin(), entries.end(), [](const QAction* entry) {
            return entry->text().endsWith(QStringLiteral("typo.sqlite"));
        });
        REQUIRE(gone != entries.end());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        (*gone)->trigger();
        CHECK(MessageBox::lastText().startsWith(refusal));
        CHECK_FALSE(AppSettings().recentFiles().contains(missing));
    }
    SECTION("seminar-desk --db FILE at start")
    {
        MainWindow starting;
        MessageBox::setNextAnswer(QMessageBox::Ok);
        starting.openInitialDatabase(missing);
        CHECK(MessageBox::lastText().startsWith(refusal));
        CHECK(starting.desk() == nullptr);
        CHECK_FALSE(child<QAction>(starting, "addAction")->isEnabled());
    }
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("Without a file named, the default database is made and opened", "[MainWindow]")
{
    QSettings().clear();
    QFile::remove(Database::defaultPath());
    MainWindow window;
    window.openInitialDatabase(QString());
    REQUIRE(window.desk());
    CHECK(window.desk()->database().path() == QFileInfo(Database::defaultPath()).absoluteFilePath());
    CHECK(QFile::exists(Database::defaultPath()));
}

TEST_CASE("Open the Demo Seminar says which file it opens, then opens that file", "[MainWindow]")
{
    DeskFixture desk;
    QFile::remove(DemoSeminar::defaultPath());
    const QString demo = QFileInfo(DemoSeminar::defaultPath()).absoluteFilePath();
    CHECK(child<QLabel>(desk.window, "welcomeDemoNote")->text().contains(demo));
    QTest::mouseClick(child<QPushButton>(desk.window, "welcomeDemoButton"), Qt::LeftButton);
    REQUIRE(desk.window.desk());
    CHECK(desk.window.desk()->database().path() == demo);
    CHECK(desk.window.windowTitle().endsWith(QStringLiteral(" — demo.sqlite")));
    CHECK(desk.window.statusBar()->currentMessage() == QStringLiteral("Opened “%1”").arg(demo));
    // The empty database stays where it was, one step away.
    CHECK(AppSettings().recentFiles().value(1) == desk.folder.filePath(QStringLiteral("desk.sqlite")));
}

TEST_CASE("The menus follow a change of language to Japanese", "[MainWindow][translation]")
{
    DeskFixture desk;
    QString file;
    QString fileTitle;
    QString editTitle;
    QString edit;
    {
        const Language japanese(QStringLiteral("ja"));
        file = translated("MainWindow", "&File");
        edit = translated("MainWindow", "&Edit");
        fileTitle = child<QMenu>(desk.window, "fileMenu")->title();
        editTitle = child<QMenu>(desk.window, "editMenu")->title();
    }
    CHECK(file != QStringLiteral("&File"));
    CHECK(edit != QStringLiteral("&Edit"));
    CHECK(fileTitle == file);
    CHECK(editTitle == edit);
    CHECK(child<QMenu>(desk.window, "fileMenu")->title() == QStringLiteral("&File"));
}

TEST_CASE("A change of language keeps the attendee list, and Undo speaks the new language", "[MainWindow][translation]")
{
    DeskFixture desk;
    desk.createSeminar();
    registerHanako(desk);
    desk.showPage<AttendeePage>();
    QTableView* attendees = desk.view("attendeeView");
    REQUIRE(attendees->model()->rowCount() == 1);
    const auto* undo = child<QAction>(desk.window, "undoAction");
    const QString englishUndo = undo->text();
    CHECK(englishUndo == QStringLiteral("Undo Add Attendee “山田 花子”"));
    {
        const Language japanese(QStringLiteral("ja"));
        CHECK(attendees->model()->rowCount() == 1);
        CHECK(child<QLabel>(desk.window, "shownLabel")->text()
              == QCoreApplication::translate("sd::AttendeePage", "%n shown", nullptr, 1));
        CHECK(attendees->model()->headerData(RegistrationListModel::NameColumn, Qt::Horizontal).toString()
              == translated("sd::RegistrationListModel", "Name"));
        const QString step = translated("sd::RecordEdits", "Add Attendee “%1”").arg(QStringLiteral("山田 花子"));
        CHECK(step != QStringLiteral("Add Attendee “山田 花子”"));
        CHECK(undo->text() == translated("sd::MainWindow", "Undo %1").arg(step));
        CHECK_FALSE(undo->text().contains(QStringLiteral(" を")));
        // The tool bar's button keeps to the one word.
        auto* bar = child<QToolBar>(desk.window, "mainToolBar");
        CHECK(qobject_cast<QToolButton*>(bar->widgetForAction(const_cast<QAction*>(undo)))->text()
              == translated("MainWindow", "Undo"));
        CHECK(desk.window.windowTitle() == QStringLiteral("チーム北九州セミナー — desk.sqlite"));
    }
    CHECK(undo->text() == englishUndo);
    CHECK(attendees->model()->headerData(RegistrationListModel::NameColumn, Qt::Horizontal).toString()
          == QStringLiteral("Name"));
}

TEST_CASE("The Japanese desk names the seminar in Japanese where it asks and edits", "[MainWindow][translation]")
{
    DeskFixture desk;
    desk.createSeminar();
    const Language japanese(QStringLiteral("ja"));
    desk.activate();
    child<QTableView>(desk.window, "seminarView")->setFocus();
    MessageBox::setNextAnswer(QMessageBox::No);
    desk.trigger("deleteSeminarAction");
    CHECK(MessageBox::lastText().contains(QStringLiteral("チーム北九州セミナー")));
    CHECK_FALSE(MessageBox::lastText().contains(QStringLiteral("Team Kitakyushu")));
    QString editorTitle;
    whenDialogOpens<SeminarEditor>([&editorTitle](SeminarEditor& editor) {
        editorTitle = editor.windowTitle();
        editor.reject();
    });
    desk.trigger("editSeminarAction");
    CHECK(editorTitle.contains(QStringLiteral("チーム北九州セミナー")));
}

TEST_CASE("The tool bar shows its icons, and Undo stays one word there", "[MainWindow]")
{
    DeskFixture desk;
    desk.createSeminar();
    auto* bar = child<QToolBar>(desk.window, "mainToolBar");
    REQUIRE(bar);
    for (QAction* action : bar->actions()) {
        if (action->isSeparator())
            continue;
        INFO(action->objectName().toStdString());
        // The bundled icons are SVG: without Qt's SVG image plugin they draw nothing.
        CHECK_FALSE(action->icon().pixmap(QSize(22, 22)).isNull());
    }
    auto* undo = child<QAction>(desk.window, "undoAction");
    CHECK(undo->text() == QStringLiteral("Undo Add Seminar “Team Kitakyushu Seminar”"));
    CHECK(qobject_cast<QToolButton*>(bar->widgetForAction(undo))->text() == QStringLiteral("Undo"));
}

TEST_CASE("The View menu has a key for the seminar list and each page", "[MainWindow]")
{
    DeskFixture desk;
    QStringList keys;
    for (const QAction* action : child<QMenu>(desk.window, "viewMenu")->actions()) {
        if (!action->isSeparator())
            keys.append(action->shortcut().toString());
    }
    CHECK(keys
          == QStringList {QStringLiteral("Ctrl+0"), QStringLiteral("Ctrl+1"), QStringLiteral("Ctrl+2"),
                          QStringLiteral("Ctrl+3"), QStringLiteral("Ctrl+4"), QStringLiteral("Ctrl+5"),
                          QStringLiteral("Ctrl+6"), QStringLiteral("Ctrl+7")});
    desk.desk().pageActions().at(1)->trigger();
    CHECK(desk.desk().currentPage()->objectName() == QStringLiteral("people"));
    desk.desk().pageActions().at(4)->trigger();
    CHECK(desk.desk().currentPage()->objectName() == QStringLiteral("contactBook"));
    desk.desk().pageActions().at(6)->trigger();
    CHECK(desk.desk().currentPage()->objectName() == QStringLiteral("checkin"));
}

TEST_CASE("The splitter between the seminars and the pages is remembered", "[MainWindow]")
{
    QList<int> sizes;
    QString path;
    {
        DeskFixture desk;
        desk.createSeminar();
        auto* splitter = child<QSplitter>(desk.window, "deskSplitter");
        splitter->setSizes({300, 900});
        sizes = splitter->sizes();
        desk.window.close();
        path = desk.folder.filePath(QStringLiteral("copy.sqlite"));
        REQUIRE(desk.desk().database().saveCopyAs(path).ok());
        MainWindow again;
        again.resize(desk.window.size());
        again.show();
        REQUIRE(again.openDatabase(path));
        CHECK(child<QSplitter>(again, "deskSplitter")->sizes() == sizes);
    }
}

namespace {

// Stands in for the desktop's file manager: remembers what it was asked to open.
class FileManager final : public QObject
{
    Q_OBJECT

public:
    QUrl opened;

public Q_SLOTS:
    void open(const QUrl& url) { opened = url; }
};

} // namespace

TEST_CASE("After an export the desk says where the file went and opens its folder", "[MainWindow]")
{
    DeskFixture desk;
    desk.createSeminar();
    registerHanako(desk);
    const QString target = desk.folder.filePath(QStringLiteral("venue.csv"));
    FileManager files;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &files, "open");
    whenDialogOpens<ExportCsvDialog>([&target](ExportCsvDialog& dialog) {
        dialog.setOutputPath(target);
        dialog.accept();
    });
    MessageBox::setNextAnswer(QMessageBox::Open);
    desk.trigger("exportCsvAction");
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    CHECK(QFile::exists(target));
    CHECK(MessageBox::lastText() == QStringLiteral("Exported to “%1”.\nRegistrations in the file: 1").arg(target));
    CHECK(files.opened == QUrl::fromLocalFile(desk.folder.path()));
}

#include "TestMainWindow.moc"
