#pragma once

#include <memory>

#include <QList>
#include <QWidget>

#include "gui/desk/DeskPage.h"

namespace Ui {
class DeskWidget;
}

class QAction;

namespace sd {

class AttendeePage;
class PeoplePage;
class Database;
class DatabaseWatch;
class RecordEdits;
class SeminarListModel;

// One open database at the desk: the database itself, its undo stack, the seminar list on the
// left and, for the seminar picked, the pages as tabs; a welcome page while there is no seminar.
// The window holds one at a time and replaces it whole when another database is opened.
class DeskWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskWidget)

public:
    explicit DeskWidget(std::unique_ptr<Database> database, QWidget* parent = nullptr);
    ~DeskWidget() override;

    const Database& database() const { return *m_database; }
    RecordEdits* edits() const { return m_edits; }
    qint64 seminarId() const { return m_seminarId; }
    // The seminar picked, titled in the program's language; empty when there is none.
    QString seminarTitle() const;
    // The seminar's counts for the status bar.
    QString countsText() const { return m_counts; }

    const QList<DeskPage*>& pages() const { return m_pages; }
    DeskPage* currentPage() const;
    void showPage(DeskPage* page);
    // The page of type PAGE.
    template <typename Page> Page* page() const;
    // One action a page, Ctrl+1, Ctrl+2 …, named as its tab: for the View menu.
    const QList<QAction*>& pageActions() const { return m_pageActions; }

    void selectSeminar(qint64 seminarId);
    // What the window's actions can do now. Add, Edit and Delete act on the seminar list when it
    // has the keyboard, else on the page shown.
    bool hasSeminar() const { return m_seminarId > 0; }
    bool canAdd() const;
    bool canEditOrDelete() const;
    bool canErase() const;
    // Column widths and the splitter, kept between runs.
    void saveViewState() const;

public Q_SLOTS:
    void newSeminar();
    void editSeminar();
    void deleteSeminar();
    void addRecord();
    void editRecord();
    void deleteRecord();
    // Edit ▸ Erase Personal Data: the people selected on the Attendees or the People page.
    void erasePersonalData();
    void importCsv();
    void exportCsv();
    void printBadges();
    void showFlyer();
    void showBoothSheet();
    void showReceptionList();
    void showOutstandingReceivers();
    void showAttendanceSummary();
    void focusSearch();
    void focusSeminarList();

Q_SIGNALS:
    // What Add, Edit and Delete act on, or may do, changed.
    void stateChanged();
    // Another seminar is picked, or its title changed.
    void seminarChanged();
    void countsChanged(const QString& text);
    void statusMessage(const QString& text);
    // Shown until the next message: the shared database cannot be reached.
    void lastingStatusMessage(const QString& text);
    // The welcome page's Open the Demo Seminar: the window opens the demo's own file.
    void demoRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    template <typename Page> Page* addPage(Page* page);
    // Shows REGISTRATION_ID on its seminar's Attendees page.
    void showRegistration(qint64 seminarId, qint64 registrationId);
    void setUpSeminarList();
    bool seminarListHasFocus() const;
    void refresh();
    // Another desk changed the data: refresh() without moving the lists under the user's eyes.
    void showChangesFromElsewhere();
    void showServerReachable(bool reachable);
    void showSeminar(qint64 seminarId);
    void updateCounts();
    void retranslate();
    void showError(const QString& title, const QString& message);

    std::unique_ptr<Database> m_database; // first in, last out: everything below reads it
    std::unique_ptr<Ui::DeskWidget> m_ui;
    RecordEdits* m_edits = nullptr;
    DatabaseWatch* m_watch = nullptr;
    SeminarListModel* m_seminars = nullptr;
    QList<DeskPage*> m_pages;
    QList<QAction*> m_pageActions;
    AttendeePage* m_attendees = nullptr;
    PeoplePage* m_people = nullptr;
    qint64 m_seminarId = 0;
    QString m_counts;
};

template <typename Page> Page* DeskWidget::page() const
{
    for (DeskPage* each : m_pages) {
        if (auto* found = qobject_cast<Page*>(each))
            return found;
    }
    return nullptr;
}

} // namespace sd
