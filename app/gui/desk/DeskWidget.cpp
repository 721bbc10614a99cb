#include "gui/desk/DeskWidget.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPointer>
#include <QScrollBar>

#include "core/data/Database.h"
#include "core/data/DatabaseWatch.h"
#include "core/models/SeminarListModel.h"
#include "core/settings/AppSettings.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/DemoSeminar.h"
#include "core/stores/ProgrammeStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "core/stores/VenueStore.h"
#include "gui/AttendanceSummaryDialog.h"
#include "gui/BadgeDialog.h"
#include "gui/BoothSheetDialog.h"
#include "gui/ExportCsvDialog.h"
#include "gui/FlyerDialog.h"
#include "gui/ImportCsvWizard.h"
#include "gui/MessageBox.h"
#include "gui/OutstandingReceiversDialog.h"
#include "gui/ReceptionListDialog.h"
#include "gui/SeminarEditor.h"
#include "gui/desk/AttendeePage.h"
#include "gui/desk/BoothPage.h"
#include "gui/desk/CheckInPage.h"
#include "gui/desk/ContactBookPage.h"
#include "gui/desk/PeoplePage.h"
#include "gui/desk/SeminarContactsPage.h"
#include "gui/desk/TableViews.h"
#include "gui/desk/VenuePage.h"

#include "ui_DeskWidget.h"

namespace sd {

namespace {

const QString seminarsKey = QStringLiteral("seminars");
const QString splitterKey = QStringLiteral("desk");

} // namespace

DeskWidget::DeskWidget(std::unique_ptr<Database> database, QWidget* parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_ui(std::make_unique<Ui::DeskWidget>())
    , m_edits(new RecordEdits(*m_database, this))
    , m_watch(new DatabaseWatch(*m_database, this))
    , m_seminars(new SeminarListModel(*m_database, this))
{
    m_ui->setupUi(this);
    m_ui->welcomeIcon->setPixmap(QIcon(QStringLiteral(":/icons/seminar-desk.svg")).pixmap(96, 96));
    QFont title = m_ui->welcomeTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->welcomeTitle->setFont(title);
    QFont heading = m_ui->seminarsLabel->font();
    heading.setBold(true);
    m_ui->seminarsLabel->setFont(heading);
    setUpSeminarList();

    // The tabs, in order: a new page is a class of its own and a line here.
    m_attendees = addPage(new AttendeePage(*m_database, *m_edits));
    m_people = addPage(new PeoplePage(*m_database, *m_edits));
    addPage(new BoothPage(*m_database, *m_edits));
    addPage(new SeminarContactsPage(*m_database, *m_edits));
    addPage(new ContactBookPage(*m_database, *m_edits));
    addPage(new VenuePage(*m_database, *m_edits));
    addPage(new CheckInPage(*m_database, *m_edits));

    m_ui->deskSplitter->setStretchFactor(1, 1);
    if (!m_ui->deskSplitter->restoreState(AppSettings().splitterState(splitterKey)))
        m_ui->deskSplitter->setSizes({400, 1000});
    connect(m_people, &PeoplePage::registrationChosen, this, &DeskWidget::showRegistration);
    connect(m_ui->welcomeCreateButton, &QPushButton::clicked, this, &DeskWidget::newSeminar);
    connect(m_ui->welcomeDemoButton, &QPushButton::clicked, this, &DeskWidget::demoRequested);
    connect(m_ui->pages, &QTabWidget::currentChanged, this, &DeskWidget::stateChanged);
    // What Add, Edit and Delete act on follows the keyboard.
    connect(qApp, &QApplication::focusChanged, this, &DeskWidget::stateChanged);
    connect(m_edits, &RecordEdits::changed, this, &DeskWidget::refresh);
    connect(m_watch, &DatabaseWatch::changedElsewhere, this, &DeskWidget::showChangesFromElsewhere);
    connect(m_watch, &DatabaseWatch::serverReachable, this, &DeskWidget::showServerReachable);
    connect(m_edits, &RecordEdits::failed, this, [this](const QString& message) { showError(tr("Undo"), message); });
    retranslate();
    refresh();
}

DeskWidget::~DeskWidget()
{
    // The focus moves while the children go: nothing must react to it then.
    disconnect(qApp, nullptr, this, nullptr);
    // The pages, their models and the undo steps read the database: they go before it closes. The
    // pages watch the undo stack, so they go first (the stack's last signals must find them gone).
    QList<QPointer<QObject>> watchers;
    for (QObject* child : children()) {
        if (child != m_edits)
            watchers.append(child);
    }
    for (const QPointer<QObject>& watcher : watchers)
        delete watcher.data();
    while (!children().isEmpty())
        delete children().constFirst();
}

template <typename Page> Page* DeskWidget::addPage(Page* page)
{
    m_ui->pages->addTab(page, page->title());
    m_pages.append(page);
    auto* show = new QAction(page->title(), this);
    show->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + int(m_pageActions.size()))));
    connect(show, &QAction::triggered, this, [this, page] { showPage(page); });
    m_pageActions.append(show);
    connect(page, &DeskPage::selectionChanged, this, &DeskWidget::stateChanged);
    connect(page, &DeskPage::statusMessage, this, &DeskWidget::statusMessage);
    return page;
}

void DeskWidget::setUpSeminarList()
{
    QTableView* view = m_ui->seminarView;
    view->setModel(m_seminars);
    TableViews::setUp(view);
    view->setColumnHidden(SeminarListModel::VenueColumn, true);
    view->setColumnHidden(SeminarListModel::StatusColumn, true);
    view->horizontalHeader()->restoreState(AppSettings().headerState(seminarsKey));
    view->horizontalHeader()->setSectionResizeMode(SeminarListModel::TitleColumn, QHeaderView::Stretch);
    view->horizontalHeader()->setStretchLastSection(false);
    // Dates are as long as their language writes them: never cut short.
    view->horizontalHeader()->setSectionResizeMode(SeminarListModel::DateColumn, QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(SeminarListModel::RegisteredColumn, QHeaderView::ResizeToContents);
    connect(view, &QTableView::activated, this, &DeskWidget::editSeminar);
    connect(m_seminars, &PagedSqlModel::loadFailed, this,
            [this](const QString& message) { showError(tr("Read the Seminars"), message); });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            showSeminar(m_seminars->idAt(current.row()));
    });
}

void DeskWidget::saveViewState() const
{
    AppSettings settings;
    settings.setHeaderState(seminarsKey, m_ui->seminarView->horizontalHeader()->saveState());
    settings.setSplitterState(splitterKey, m_ui->deskSplitter->saveState());
    for (const DeskPage* each : m_pages)
        each->saveViewState();
}

QString DeskWidget::seminarTitle() const
{
    if (m_seminarId == 0)
        return {};
    auto seminar = SeminarStore(*m_database).find(m_seminarId);
    return seminar ? seminar->localTitle() : QString();
}

DeskPage* DeskWidget::currentPage() const
{
    return qobject_cast<DeskPage*>(m_ui->pages->currentWidget());
}

void DeskWidget::showPage(DeskPage* page)
{
    m_ui->pages->setCurrentWidget(page);
    page->view()->setFocus();
}

void DeskWidget::selectSeminar(qint64 seminarId)
{
    TableViews::select(m_ui->seminarView, m_seminars->rowOf(seminarId));
}

bool DeskWidget::seminarListHasFocus() const
{
    return m_ui->seminarView->hasFocus();
}

bool DeskWidget::canAdd() const
{
    return seminarListHasFocus() || !currentPage()->followsSeminar() || hasSeminar();
}

bool DeskWidget::canEditOrDelete() const
{
    return seminarListHasFocus() ? hasSeminar() : currentPage()->selectedId() > 0;
}

bool DeskWidget::canErase() const
{
    return !seminarListHasFocus() && currentPage()->listsPeople() && currentPage()->selectedId() > 0;
}

void DeskWidget::refresh()
{
    {
        const QSignalBlocker blocker(m_ui->seminarView->selectionModel());
        m_seminars->reload();
    }
    // The people of seminars deleted stay in the database: the desk shows them on the People page.
    // (Counted only when there is no seminar: the count reads the whole attendee table.)
    const auto noPeople = [this] {
        const Result<int> people = AttendeeStore(*m_database).count();
        return !people || *people == 0;
    };
    const bool empty = m_seminars->rowCount() == 0 && noPeople();
    m_ui->stack->setCurrentWidget(empty ? m_ui->welcomePage : m_ui->deskPage);
    const bool stillThere = m_seminars->rowOf(m_seminarId) >= 0;
    // A seminar that is gone (deleted, or its addition undone) gives its place to the first one.
    if (!stillThere)
        showSeminar(m_seminars->rowCount() > 0 ? m_seminars->idAt(0) : 0);
    {
        const QSignalBlocker blocker(m_ui->seminarView->selectionModel());
        TableViews::select(m_ui->seminarView, m_seminars->rowOf(m_seminarId));
    }
    for (DeskPage* each : m_pages) {
        // The seminar's pages have just read the new seminar's records.
        if (stillThere || !each->followsSeminar())
            each->reload();
    }
    updateCounts();
    Q_EMIT seminarChanged();
    Q_EMIT stateChanged();
}

void DeskWidget::showServerReachable(bool reachable)
{
    if (reachable) {
        Q_EMIT statusMessage(tr("The shared database answers again: the lists show what other desks changed."));
        return;
    }
    Q_EMIT lastingStatusMessage(tr("The shared database cannot be reached. Seminar Desk connects again when it "
                                   "answers; until then, other desks' changes do not show here."));
}

void DeskWidget::showChangesFromElsewhere()
{
    // The rows selected stay selected (each page's reload keeps them); the lists stay scrolled where
    // the user left them, not brought to the row selected. What is typed in a search or a form is
    // not touched.
    const QList<QAbstractItemView*> lists = findChildren<QAbstractItemView*>();
    QList<QPoint> scrolled;
    for (const QAbstractItemView* list : lists)
        scrolled.append({list->horizontalScrollBar()->value(), list->verticalScrollBar()->value()});
    refresh();
    for (qsizetype index = 0; index < lists.size(); ++index) {
        QAbstractItemView* list = lists.at(index);
        list->doItemsLayout(); // the scroll bars' ranges follow the rows now, not at the next paint
        list->horizontalScrollBar()->setValue(scrolled.at(index).x());
        list->verticalScrollBar()->setValue(scrolled.at(index).y());
    }
}

void DeskWidget::showSeminar(qint64 seminarId)
{
    m_seminarId = seminarId;
    for (DeskPage* each : m_pages)
        each->setSeminar(seminarId);
    updateCounts();
    Q_EMIT seminarChanged();
    Q_EMIT stateChanged();
}

void DeskWidget::updateCounts()
{
    if (m_seminarId == 0) {
        m_counts.clear();
    } else if (auto counts = RegistrationStore(*m_database).counts(m_seminarId); !counts) {
        m_counts = counts.error();
    } else {
        // Two whole sentences: a language may write "no limit" quite unlike a number of seats.
        const int left = counts->capacityLeft();
        const QString text = left < 0 ? tr("Registered %1 · Waitlisted %2 · Cancelled %3 · Attended %4 · "
                                           "Receivers %5 · No seat limit")
                                      : tr("Registered %1 · Waitlisted %2 · Cancelled %3 · Attended %4 · "
                                           "Receivers %5 · Seats left %6");
        m_counts = text.arg(counts->registered)
                       .arg(counts->waitlisted)
                       .arg(counts->cancelled)
                       .arg(counts->attended)
                       .arg(counts->receiversNeeded);
        if (left >= 0)
            m_counts = m_counts.arg(left);
    }
    Q_EMIT countsChanged(m_counts);
}

void DeskWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DeskWidget::retranslate()
{
    m_ui->welcomeDemoNote->setText(
        tr("The demo seminar has a database file of its own, “%1”; this one stays as it is, under File ▸ Open "
           "Recent.")
            .arg(QDir::toNativeSeparators(DemoSeminar::defaultPath())));
    for (int index = 0; index < m_pages.size(); ++index) {
        m_ui->pages->setTabText(index, m_pages.at(index)->title());
        m_pageActions.at(index)->setText(m_pages.at(index)->title());
    }
    m_seminars->retranslate();
    m_edits->retranslate();
    updateCounts();
    Q_EMIT seminarChanged();
}

void DeskWidget::showError(const QString& title, const QString& message)
{
    MessageBox::critical(this, title, message);
}

void DeskWidget::newSeminar()
{
    auto venues = VenueStore(*m_database).all();
    if (!venues) {
        showError(tr("New Seminar"), venues.error());
        return;
    }
    qint64 added = 0;
    SeminarEditor editor(
        *venues,
        [this, &added](const Seminar& seminar, const QList<ProgrammeItem>& programme) {
            return DeskPage::keepId(m_edits->addSeminar(seminar, programme), added);
        },
        this);
    if (editor.exec() == QDialog::Accepted)
        selectSeminar(added);
}

void DeskWidget::editSeminar()
{
    auto seminar = SeminarStore(*m_database).find(m_seminarId);
    auto programme = ProgrammeStore(*m_database).forSeminar(m_seminarId);
    auto venues = VenueStore(*m_database).all();
    if (!seminar || !programme || !venues) {
        showError(tr("Edit Seminar"), !seminar ? seminar.error() : !programme ? programme.error() : venues.error());
        return;
    }
    SeminarEditor editor(
        *venues,
        [this](const Seminar& changed, const QList<ProgrammeItem>& items) {
            return m_edits->editSeminar(changed, items);
        },
        this);
    editor.setSeminar(*seminar, *programme);
    editor.setLoad([this](const SeminarWithProgramme& mine) -> Result<SeminarWithProgramme> {
        auto stored = SeminarStore(*m_database).find(mine.seminar.id);
        if (!stored)
            return fail(stored.error());
        auto items = ProgrammeStore(*m_database).forSeminar(mine.seminar.id);
        if (!items)
            return fail(items.error());
        return SeminarWithProgramme {*stored, *items};
    });
    editor.exec();
}

void DeskWidget::deleteSeminar()
{
    auto seminar = SeminarStore(*m_database).find(m_seminarId);
    auto counts = RegistrationStore(*m_database).counts(m_seminarId);
    if (!seminar || !counts) {
        showError(tr("Delete Seminar"), seminar ? counts.error() : seminar.error());
        return;
    }
    const auto answer
        = MessageBox::question(this, tr("Delete Seminar"),
                               tr("Delete the seminar “%1” with its %n registration(s), booths and contact links?\n"
                                  "Edit ▸ Undo brings it back.",
                                  nullptr, counts->all())
                                   .arg(seminar->localTitle()));
    if (answer != QMessageBox::Yes)
        return;
    if (Status deleted = m_edits->deleteSeminar(m_seminarId); !deleted)
        showError(tr("Delete Seminar"), deleted.error());
}

void DeskWidget::addRecord()
{
    if (seminarListHasFocus())
        newSeminar();
    else
        currentPage()->addRecord();
}

void DeskWidget::editRecord()
{
    if (seminarListHasFocus())
        editSeminar();
    else
        currentPage()->editRecord();
}

void DeskWidget::deleteRecord()
{
    if (seminarListHasFocus())
        deleteSeminar();
    else
        currentPage()->removeRecord();
}

void DeskWidget::erasePersonalData()
{
    currentPage()->eraseSelectedPeople();
}

void DeskWidget::showRegistration(qint64 seminarId, qint64 registrationId)
{
    selectSeminar(seminarId);
    showPage(m_attendees);
    m_attendees->showRegistration(registrationId);
}

void DeskWidget::importCsv()
{
    ImportCsvWizard wizard(*m_database, *m_edits, m_seminarId, this);
    wizard.exec();
}

void DeskWidget::exportCsv()
{
    ExportCsvDialog dialog(*m_database, m_seminarId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    MessageBox::fileWritten(this, tr("Export Registrations"),
                            tr("Exported to “%1”.\nRegistrations in the file: %n", nullptr, int(dialog.rowsWritten()))
                                .arg(QDir::toNativeSeparators(dialog.outputPath())),
                            dialog.outputPath());
}

void DeskWidget::printBadges()
{
    const QList<qint64> picked
        = currentPage() == m_attendees ? m_attendees->selectedRegistrationIds() : QList<qint64>();
    BadgeDialog dialog(*m_database, m_seminarId, picked, this);
    dialog.exec();
    refresh(); // the badges printed have their time now
}

void DeskWidget::showFlyer()
{
    FlyerDialog dialog(*m_database, m_seminarId, this);
    dialog.exec();
}

void DeskWidget::showBoothSheet()
{
    BoothSheetDialog dialog(*m_database, m_seminarId, this);
    dialog.exec();
}

void DeskWidget::showReceptionList()
{
    ReceptionListDialog dialog(*m_database, m_seminarId, this);
    dialog.exec();
}

void DeskWidget::showOutstandingReceivers()
{
    OutstandingReceiversDialog dialog(*m_database, m_seminarId, this);
    dialog.exec();
}

void DeskWidget::showAttendanceSummary()
{
    AttendanceSummaryDialog dialog(*m_database, m_seminarId, this);
    dialog.exec();
}

void DeskWidget::focusSearch()
{
    if (currentPage()->focusSearch())
        return;
    m_ui->pages->setCurrentWidget(m_attendees);
    m_attendees->focusSearch();
}

void DeskWidget::focusSeminarList()
{
    m_ui->seminarView->setFocus();
}

} // namespace sd
