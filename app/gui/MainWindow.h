#pragma once

#include <memory>

#include <QMainWindow>

#include "core/settings/AppSettings.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QUndoGroup;

namespace sd {

class ContactListModel;
class Database;
class RecordEdits;
class RegistrationListModel;
class SeminarListModel;

// The desk: the seminars on the left; for the one picked, its attendees, booths and contacts;
// the shared contact book and the venues. Every change goes through RecordEdits and can be undone.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Attendees, Booths, Contacts, ContactBook, Venues };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens PATH; when it is empty, the last file (if the settings say so) or the default database.
    void openInitialDatabase(const QString& path);
    // Shows what went wrong and keeps the open database when PATH cannot be opened.
    bool openDatabase(const QString& path);
    // Creates the new database file PATH and opens it; an existing file is refused.
    bool createDatabase(const QString& path);
    // Creates the demo database beside the default one, when it is not there yet, and opens it.
    bool openDemo();

    Database* database() const { return m_database.get(); }
    RecordEdits* edits() const { return m_edits; }
    qint64 currentSeminarId() const { return m_seminarId; }
    void selectSeminar(qint64 seminarId);
    void showPage(Page page);
    Page currentPage() const;
    // The registration (attendee view), booth, contact or venue picked in the current page; 0: none.
    qint64 currentRecordId() const;

    // Where other dialogs' actions go: before the separators named "csvSeparator" (File) and
    // "printSeparator" (Seminar).
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* seminarMenu() const { return m_seminarMenu; }

public Q_SLOTS:
    void newDatabase();
    void openDatabaseFile();
    void saveBackupCopy();
    void showSettings();
    void newSeminar();
    void editSeminar();
    void deleteSeminar();
    // Add, edit and delete act on the seminar list when it has the focus, else on the current page.
    void addRecord();
    void editRecord();
    void deleteRecord();
    void eraseAttendee();
    void importCsv();
    void exportCsv();
    void printBadges();
    void showFlyer();
    void linkContact();
    void focusSearch();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class Target { Seminars, Attendees, Booths, Contacts, ContactBook, Venues };

    void createActions();
    void createMenus();
    QWidget* createDesk();
    QWidget* createWelcome();
    void retranslate();
    void fillFilters();
    void createModels();
    void releaseModels();
    void saveViewStates();
    void restoreViewStates();
    void refresh();
    void showSeminar(qint64 seminarId);
    void updateCounts();
    void updateActions();
    void fillBooths();
    void fillSeminarContacts();
    void fillVenues();
    void fillLinkChoices();
    void fillRecentMenu();
    void applyAttendeeFilter();
    Target currentTarget() const;
    QTableView* pageView(Page page) const;
    void select(QTableView* view, int row);
    void selectId(QTableView* view, qint64 id);

    void editAttendee(qint64 registrationId);
    void addAttendee();
    void editBooth(qint64 boothId);
    void editContact(qint64 contactId);
    void editVenue(qint64 venueId);
    QList<qint64> selectedRegistrationIds() const;
    void showError(const QString& title, const QString& message);

    AppSettings m_settings;
    std::unique_ptr<Database> m_database;
    RecordEdits* m_edits = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    SeminarListModel* m_seminars = nullptr;
    RegistrationListModel* m_registrations = nullptr;
    ContactListModel* m_contacts = nullptr;
    QStandardItemModel* m_boothModel = nullptr;
    QStandardItemModel* m_seminarContactModel = nullptr;
    QStandardItemModel* m_venueModel = nullptr;
    qint64 m_seminarId = 0;
    // The filter the attendee model has now.
    QString m_appliedSearch;
    QStringList m_appliedStatuses;
    QString m_appliedCategory;

    QStackedWidget* m_stack = nullptr;
    QWidget* m_welcome = nullptr;
    QWidget* m_desk = nullptr;
    QLabel* m_welcomeTitle = nullptr;
    QLabel* m_welcomeText = nullptr;
    QPushButton* m_welcomeCreate = nullptr;
    QPushButton* m_welcomeDemo = nullptr;
    QLabel* m_seminarsLabel = nullptr;
    QTableView* m_seminarView = nullptr;
    QTabWidget* m_pages = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_categoryFilter = nullptr;
    QLabel* m_shownLabel = nullptr;
    QTableView* m_attendeeView = nullptr;
    QTableView* m_boothView = nullptr;
    QComboBox* m_linkContactCombo = nullptr;
    QComboBox* m_linkRoleCombo = nullptr;
    QPushButton* m_linkButton = nullptr;
    QLabel* m_linkLabel = nullptr;
    QTableView* m_seminarContactView = nullptr;
    QLineEdit* m_contactSearchEdit = nullptr;
    QTableView* m_contactView = nullptr;
    QTableView* m_venueView = nullptr;
    QLabel* m_countsLabel = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_seminarMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_eraseAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_newSeminarAction = nullptr;
    QAction* m_editSeminarAction = nullptr;
    QAction* m_deleteSeminarAction = nullptr;
    QAction* m_seminarListAction = nullptr;
    QList<QAction*> m_pageActions;
    QAction* m_aboutAction = nullptr;
    QAction* m_importCsvAction = nullptr;
    QAction* m_exportCsvAction = nullptr;
    QAction* m_badgesAction = nullptr;
    QAction* m_flyerAction = nullptr;
};

} // namespace sd
