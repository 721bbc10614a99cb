#pragma once

#include <memory>

#include <QMainWindow>

#include "core/data/Database.h"
#include "core/data/DatabaseUrl.h"
#include "core/settings/AppSettings.h"

namespace Ui {
class MainWindow;
}

class QLabel;
class QUndoGroup;

namespace sd {

class DeskWidget;

// The window: menus, tool bar and status bar around one DeskWidget, the open database, which
// Open replaces whole; the recent files; the settings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens PATH, which must exist; without PATH the last file (when the settings say so), else
    // the default database, made when it is not there yet.
    void openInitialDatabase(const QString& path);
    // Opens the existing database PATH in place of the open one; when it cannot, says why and
    // keeps the open one. PATH may be a shared database's address (see openSharedAddress).
    bool openDatabase(const QString& path);
    // Opens the database on a server at ADDRESS with libpq's own password (PGPASSWORD, ~/.pgpass);
    // when that fails, Open Shared Database shows the address and why (asking for the password when
    // the server wants one), and opens it once the user has put it right.
    bool openSharedAddress(const QString& address);
    // Opens the database on a server at URL with PASSWORD in place of the open one, and remembers
    // the address (never the password) among the recent databases.
    Status openShared(const DatabaseUrl& url, const QString& password);
    // Creates the new database file PATH and opens it; an existing file is refused.
    bool createDatabase(const QString& path);
    // Opens the demo seminar's own file, made when it is not there yet.
    bool openDemo();

    // The open database's desk; null before one is open.
    DeskWidget* desk() const { return m_desk; }

public Q_SLOTS:
    void newDatabase();
    void openDatabaseFile();
    // File ▸ Open Shared Database.
    bool openSharedDatabase();
    void saveBackupCopy();
    void showSettings();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    bool open(const QString& path, Database::IfMissing ifMissing);
    // Open Shared Database, filled from URL when given, showing MESSAGE; true when it opened one.
    bool showSharedDialog(const DatabaseUrl* url, const QString& message, bool passwordWanted);
    bool isShared() const;
    // Where the file dialogs start: beside the open file, or in the home folder.
    QString fileFolder() const;
    // The open database's name and today's date, in fileFolder().
    QString suggestedBackupPath() const;
    void setDesk(std::unique_ptr<Database> database);
    void connectActions();
    void setShortcuts();
    void fillRecentMenu();
    void updateActions();
    void updateTitle();
    void updateUndoActions();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppSettings m_settings;
    QUndoGroup* m_undoGroup = nullptr;
    DeskWidget* m_desk = nullptr;
    QLabel* m_countsLabel = nullptr;
};

} // namespace sd
