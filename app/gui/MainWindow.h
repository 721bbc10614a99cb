#pragma once

#include <memory>

#include <QMainWindow>

#include "core/data/Database.h"
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
    // keeps the open one.
    bool openDatabase(const QString& path);
    // Creates the new database file PATH and opens it; an existing file is refused.
    bool createDatabase(const QString& path);
    // Opens the demo seminar's own file, made when it is not there yet.
    bool openDemo();

    // The open database's desk; null before one is open.
    DeskWidget* desk() const { return m_desk; }

public Q_SLOTS:
    void newDatabase();
    void openDatabaseFile();
    void saveBackupCopy();
    void showSettings();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    bool open(const QString& path, Database::IfMissing ifMissing);
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
