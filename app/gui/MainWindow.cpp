#include "gui/MainWindow.h"

#include <array>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/data/Database.h"
#include "core/models/ContactListModel.h"
#include "core/models/RegistrationListModel.h"
#include "core/models/SeminarListModel.h"
#include "core/settings/Translations.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/BoothStore.h"
#include "core/stores/ContactStore.h"
#include "core/stores/DemoSeminar.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "core/stores/SortKeyRefresh.h"
#include "core/stores/VenueStore.h"
#include "gui/AttendeeEditor.h"
#include "gui/BadgeDialog.h"
#include "gui/BoothEditor.h"
#include "gui/ContactEditor.h"
#include "gui/ExportCsvDialog.h"
#include "gui/FlyerDialog.h"
#include "gui/ImportCsvWizard.h"
#include "gui/MessageBox.h"
#include "gui/SeminarEditor.h"
#include "gui/SettingsDialog.h"
#include "gui/VenueEditor.h"

namespace sd {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int RoleKeyRole = Qt::UserRole + 1;

// The theme's icon when the desktop has one, else the one the program carries.
QIcon themeIcon(const QString& name)
{
    const QString bundled = QStringLiteral(":/icons/%1.svg").arg(name);
    return QFile::exists(bundled) ? QIcon::fromTheme(name, QIcon(bundled)) : QIcon::fromTheme(name);
}

QTableView* createTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

QStandardItem* item(const QString& text, const QVariant& id = {})
{
    auto* cell = new QStandardItem(text);
    if (id.isValid())
        cell->setData(id, IdRole);
    return cell;
}

// What an addition gives: its new id goes to ADDED.
Status keepId(const Result<qint64>& id, qint64& added)
{
    if (!id)
        return fail(id.error());
    added = *id;
    return {};
}

// Opens an EDITOR on the record ID of STORE, or on a new one when ID is 0; saving calls ADD or CHANGE.
// Gives the id of the record added, 0 when none was.
template <typename Editor, typename Store, typename Record, typename Add, typename Change>
qint64 editInDialog(const Store& store, qint64 id, void (Editor::*show)(const Record&), Add add, Change change,
                    QWidget* parent)
{
    Record record;
    if (id > 0) {
        auto found = store.find(id);
        if (!found)
            return 0;
        record = *found;
    }
    qint64 added = 0;
    Editor editor(
        [&added, &add, &change](const Record& edited) -> Status {
            return edited.id > 0 ? change(edited) : keepId(add(edited), added);
        },
        parent);
    (editor.*show)(record);
    return editor.exec() == QDialog::Accepted ? added : 0;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_boothModel(new QStandardItemModel(this))
    , m_seminarContactModel(new QStandardItemModel(this))
    , m_venueModel(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    createActions();
    m_stack = new QStackedWidget(this);
    m_welcome = createWelcome();
    m_desk = createDesk();
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_desk);
    m_stack->setCurrentWidget(m_desk);
    setCentralWidget(m_stack);
    createMenus();
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addPermanentWidget(m_countsLabel);
    retranslate();
    // What Add, Edit and Delete act on follows the focus and the current row.
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::updateActions);
    for (QTableView* view : {m_boothView, m_seminarContactView, m_venueView})
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateActions);
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 800);
    restoreState(m_settings.windowState());
    updateActions();
}

MainWindow::~MainWindow()
{
    // The focus moves while the children go: nothing must react to it then.
    disconnect(qApp, nullptr, this, nullptr);
    releaseModels();
}

void MainWindow::createActions()
{
    const auto action = [this](const QString& name, const QString& icon, const QList<QKeySequence>& keys,
                               void (MainWindow::*slot)()) {
        auto* created = new QAction(this);
        created->setObjectName(name);
        if (!icon.isEmpty())
            created->setIcon(themeIcon(icon));
        created->setShortcuts(keys);
        if (slot)
            connect(created, &QAction::triggered, this, slot);
        return created;
    };
    m_newAction = action(QStringLiteral("newAction"), QStringLiteral("document-new"),
                         QKeySequence::keyBindings(QKeySequence::New), &MainWindow::newDatabase);
    m_openAction = action(QStringLiteral("openAction"), QStringLiteral("document-open"),
                          QKeySequence::keyBindings(QKeySequence::Open), &MainWindow::openDatabaseFile);
    m_backupAction = action(QStringLiteral("backupAction"), QStringLiteral("document-save-as"),
                            QKeySequence::keyBindings(QKeySequence::SaveAs), &MainWindow::saveBackupCopy);
    m_settingsAction = action(QStringLiteral("settingsAction"), QStringLiteral("preferences-system"),
                              {QKeySequence(QKeySequence::Preferences)}, &MainWindow::showSettings);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_quitAction = action(QStringLiteral("quitAction"), QStringLiteral("application-exit"),
                          QKeySequence::keyBindings(QKeySequence::Quit), nullptr);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_clearRecentAction = action(QStringLiteral("clearRecentAction"), {}, {}, nullptr);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] { m_settings.clearRecentFiles(); });

    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setIcon(themeIcon(QStringLiteral("edit-undo")));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setIcon(themeIcon(QStringLiteral("edit-redo")));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    m_addAction = action(QStringLiteral("addAction"), QStringLiteral("list-add"),
                         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)},
                         &MainWindow::addRecord);
    m_editAction = action(QStringLiteral("editAction"), QStringLiteral("document-edit"),
                          {QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_E)}, &MainWindow::editRecord);
    m_deleteAction = action(QStringLiteral("deleteAction"), QStringLiteral("edit-delete"),
                            QKeySequence::keyBindings(QKeySequence::Delete), &MainWindow::deleteRecord);
    m_eraseAction = action(QStringLiteral("eraseAction"), {}, {}, &MainWindow::eraseAttendee);
    m_findAction = action(QStringLiteral("findAction"), QStringLiteral("edit-find"),
                          QKeySequence::keyBindings(QKeySequence::Find), &MainWindow::focusSearch);

    m_newSeminarAction
        = action(QStringLiteral("newSeminarAction"), QStringLiteral("list-add"), {}, &MainWindow::newSeminar);
    m_editSeminarAction
        = action(QStringLiteral("editSeminarAction"), QStringLiteral("document-edit"), {}, &MainWindow::editSeminar);
    m_deleteSeminarAction
        = action(QStringLiteral("deleteSeminarAction"), QStringLiteral("edit-delete"), {}, &MainWindow::deleteSeminar);

    m_seminarListAction
        = action(QStringLiteral("seminarListAction"), {}, {QKeySequence(Qt::CTRL | Qt::Key_0)}, nullptr);
    connect(m_seminarListAction, &QAction::triggered, this, [this] { m_seminarView->setFocus(); });
    for (int page = 0; page <= int(Page::Venues); ++page) {
        auto* show = action(QStringLiteral("pageAction%1").arg(page), {}, {QKeySequence(Qt::CTRL | (Qt::Key_1 + page))},
                            nullptr);
        connect(show, &QAction::triggered, this, [this, page] { showPage(Page(page)); });
        m_pageActions.append(show);
    }
    m_importCsvAction
        = action(QStringLiteral("importCsvAction"), QStringLiteral("document-import"), {}, &MainWindow::importCsv);
    m_exportCsvAction
        = action(QStringLiteral("exportCsvAction"), QStringLiteral("document-export"), {}, &MainWindow::exportCsv);
    m_badgesAction = action(QStringLiteral("badgesAction"), QStringLiteral("document-print"),
                            QKeySequence::keyBindings(QKeySequence::Print), &MainWindow::printBadges);
    m_flyerAction = action(QStringLiteral("flyerAction"), {}, {}, &MainWindow::showFlyer);
    m_aboutAction = action(QStringLiteral("aboutAction"), QStringLiteral("help-about"), {}, nullptr);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        MessageBox::information(this, tr("About Seminar Desk"),
                                tr("Seminar Desk %1\n\nSeminars, attendees, interpretation booths, badges and "
                                   "check-in for bilingual seminars.")
                                    .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addSeparator()->setObjectName(QStringLiteral("csvSeparator"));
    m_fileMenu->addAction(m_importCsvAction);
    m_fileMenu->addAction(m_exportCsvAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_addAction);
    m_editMenu->addAction(m_editAction);
    m_editMenu->addAction(m_deleteAction);
    m_editMenu->addAction(m_eraseAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_seminarListAction);
    m_viewMenu->addActions(m_pageActions);

    m_seminarMenu = menuBar()->addMenu(QString());
    m_seminarMenu->setObjectName(QStringLiteral("seminarMenu"));
    m_seminarMenu->addAction(m_newSeminarAction);
    m_seminarMenu->addAction(m_editSeminarAction);
    m_seminarMenu->addAction(m_deleteSeminarAction);
    m_seminarMenu->addSeparator()->setObjectName(QStringLiteral("printSeparator"));
    m_seminarMenu->addAction(m_badgesAction);
    m_seminarMenu->addAction(m_flyerAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);

    auto* tools = addToolBar(QString());
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    tools->addAction(m_openAction);
    tools->addSeparator();
    tools->addAction(m_newSeminarAction);
    tools->addAction(m_addAction);
    tools->addAction(m_editAction);
    tools->addAction(m_deleteAction);
    tools->addSeparator();
    tools->addAction(m_undoAction);
    tools->addAction(m_redoAction);
}

QWidget* MainWindow::createWelcome()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto* icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/seminar-desk.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    m_welcomeTitle = new QLabel(page);
    QFont title = m_welcomeTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_welcomeTitle->setFont(title);
    m_welcomeTitle->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_welcomeTitle);
    m_welcomeText = new QLabel(page);
    m_welcomeText->setAlignment(Qt::AlignCenter);
    m_welcomeText->setWordWrap(true);
    layout->addWidget(m_welcomeText);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_welcomeCreate = new QPushButton(themeIcon(QStringLiteral("list-add")), QString(), page);
    m_welcomeCreate->setObjectName(QStringLiteral("welcomeCreateButton"));
    m_welcomeCreate->setDefault(true);
    connect(m_welcomeCreate, &QPushButton::clicked, this, &MainWindow::newSeminar);
    m_welcomeDemo = new QPushButton(themeIcon(QStringLiteral("document-open")), QString(), page);
    m_welcomeDemo->setObjectName(QStringLiteral("welcomeDemoButton"));
    connect(m_welcomeDemo, &QPushButton::clicked, this, &MainWindow::openDemo);
    buttons->addWidget(m_welcomeCreate);
    buttons->addWidget(m_welcomeDemo);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch(3);
    return page;
}

QWidget* MainWindow::createDesk()
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("deskSplitter"));
    splitter->setChildrenCollapsible(false);

    auto* seminarPane = new QWidget(splitter);
    auto* seminarLayout = new QVBoxLayout(seminarPane);
    seminarLayout->setContentsMargins(6, 6, 0, 6);
    m_seminarsLabel = new QLabel(seminarPane);
    QFont heading = m_seminarsLabel->font();
    heading.setBold(true);
    m_seminarsLabel->setFont(heading);
    seminarLayout->addWidget(m_seminarsLabel);
    m_seminarView = createTable(seminarPane, QStringLiteral("seminarView"));
    m_seminarView->setSortingEnabled(false);
    m_seminarsLabel->setBuddy(m_seminarView);
    seminarLayout->addWidget(m_seminarView);
    connect(m_seminarView, &QTableView::activated, this, &MainWindow::editSeminar);

    m_pages = new QTabWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);

    auto* attendees = new QWidget(m_pages);
    auto* attendeeLayout = new QVBoxLayout(attendees);
    auto* filters = new QHBoxLayout;
    m_searchEdit = new QLineEdit(attendees);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->addAction(themeIcon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_statusFilter = new QComboBox(attendees);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_categoryFilter = new QComboBox(attendees);
    m_categoryFilter->setObjectName(QStringLiteral("categoryFilter"));
    m_categoryFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_shownLabel = new QLabel(attendees);
    m_shownLabel->setObjectName(QStringLiteral("shownLabel"));
    filters->addWidget(m_searchEdit, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_categoryFilter);
    filters->addWidget(m_shownLabel);
    attendeeLayout->addLayout(filters);
    m_attendeeView = createTable(attendees, QStringLiteral("attendeeView"));
    m_attendeeView->setSortingEnabled(true);
    // Several rows at once: badges are reprinted for the few people picked.
    m_attendeeView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    attendeeLayout->addWidget(m_attendeeView);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &MainWindow::applyAttendeeFilter);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_attendeeView->setFocus();
        if (m_registrations && m_registrations->rowCount() > 0 && !m_attendeeView->currentIndex().isValid())
            select(m_attendeeView, 0);
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyAttendeeFilter);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyAttendeeFilter);
    connect(m_attendeeView, &QTableView::activated, this, &MainWindow::editRecord);
    m_pages->addTab(attendees, QString());

    m_boothView = createTable(m_pages, QStringLiteral("boothView"));
    m_boothView->setModel(m_boothModel);
    connect(m_boothView, &QTableView::activated, this, &MainWindow::editRecord);
    m_pages->addTab(m_boothView, QString());

    auto* contacts = new QWidget(m_pages);
    auto* contactLayout = new QVBoxLayout(contacts);
    auto* linkRow = new QHBoxLayout;
    m_linkLabel = new QLabel(contacts);
    m_linkContactCombo = new QComboBox(contacts);
    m_linkContactCombo->setObjectName(QStringLiteral("linkContactCombo"));
    m_linkContactCombo->setMinimumContentsLength(20);
    m_linkLabel->setBuddy(m_linkContactCombo);
    m_linkRoleCombo = new QComboBox(contacts);
    m_linkRoleCombo->setObjectName(QStringLiteral("linkRoleCombo"));
    m_linkButton = new QPushButton(themeIcon(QStringLiteral("list-add")), QString(), contacts);
    m_linkButton->setObjectName(QStringLiteral("linkButton"));
    connect(m_linkButton, &QPushButton::clicked, this, &MainWindow::linkContact);
    linkRow->addWidget(m_linkLabel);
    linkRow->addWidget(m_linkContactCombo, 1);
    linkRow->addWidget(m_linkRoleCombo);
    linkRow->addWidget(m_linkButton);
    contactLayout->addLayout(linkRow);
    m_seminarContactView = createTable(contacts, QStringLiteral("seminarContactView"));
    m_seminarContactView->setModel(m_seminarContactModel);
    connect(m_seminarContactView, &QTableView::activated, this, &MainWindow::editRecord);
    contactLayout->addWidget(m_seminarContactView);
    m_pages->addTab(contacts, QString());

    auto* book = new QWidget(m_pages);
    auto* bookLayout = new QVBoxLayout(book);
    m_contactSearchEdit = new QLineEdit(book);
    m_contactSearchEdit->setObjectName(QStringLiteral("contactSearchEdit"));
    m_contactSearchEdit->setClearButtonEnabled(true);
    m_contactSearchEdit->addAction(themeIcon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    bookLayout->addWidget(m_contactSearchEdit);
    m_contactView = createTable(book, QStringLiteral("contactView"));
    bookLayout->addWidget(m_contactView);
    connect(m_contactSearchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_contacts)
            m_contacts->setSearchText(text);
    });
    connect(m_contactView, &QTableView::activated, this, &MainWindow::editRecord);
    m_pages->addTab(book, QString());

    m_venueView = createTable(m_pages, QStringLiteral("venueView"));
    m_venueView->setModel(m_venueModel);
    connect(m_venueView, &QTableView::activated, this, &MainWindow::editRecord);
    m_pages->addTab(m_venueView, QString());
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::updateActions);

    splitter->addWidget(seminarPane);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({440, 960});
    return splitter;
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_seminarMenu->setTitle(tr("&Seminar"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New Database…"));
    m_openAction->setText(tr("&Open Database…"));
    m_backupAction->setText(tr("Save a &Backup Copy As…"));
    m_settingsAction->setText(tr("Se&ttings…"));
    m_quitAction->setText(tr("&Quit"));
    m_clearRecentAction->setText(tr("&Clear Menu"));
    m_addAction->setText(tr("&Add…"));
    m_editAction->setText(tr("&Edit…"));
    m_deleteAction->setText(tr("&Delete"));
    m_eraseAction->setText(tr("E&rase Attendee’s Personal Data…"));
    m_findAction->setText(tr("&Find"));
    m_importCsvAction->setText(tr("&Import Registrations from CSV…"));
    m_exportCsvAction->setText(tr("E&xport Registrations as CSV…"));
    m_badgesAction->setText(tr("Print &Badges…"));
    m_flyerAction->setText(tr("&Flyer…"));
    m_newSeminarAction->setText(tr("&New Seminar…"));
    m_newSeminarAction->setIconText(tr("New Seminar"));
    m_editSeminarAction->setText(tr("&Edit Seminar…"));
    m_deleteSeminarAction->setText(tr("&Delete Seminar"));
    m_seminarListAction->setText(tr("&Seminar List"));
    const QStringList pageNames
        = {tr("&Attendees"), tr("&Booths"), tr("&Contacts"), tr("Contact B&ook"), tr("&Venues")};
    for (int page = 0; page < m_pageActions.size(); ++page) {
        m_pageActions.at(page)->setText(pageNames.at(page));
        m_pages->setTabText(page, pageNames.at(page));
    }
    m_aboutAction->setText(tr("&About Seminar Desk"));
    m_welcomeTitle->setText(tr("Welcome to Seminar Desk"));
    m_welcomeText->setText(tr("This database has no seminars yet. Create your first seminar, or look around "
                              "in the demo seminar with its venue, booths and attendees."));
    m_welcomeCreate->setText(tr("&Create a Seminar…"));
    m_welcomeDemo->setText(tr("Open the &Demo Seminar"));
    m_seminarsLabel->setText(tr("Se&minars"));
    m_searchEdit->setPlaceholderText(tr("Search names, readings, organisations, e-mail"));
    m_contactSearchEdit->setPlaceholderText(tr("Search the contact book"));
    m_linkLabel->setText(tr("A&dd from the contact book:"));
    m_linkButton->setText(tr("&Link"));
    m_linkRoleCombo->clear();
    for (Contact::Role role : Contact::roles())
        m_linkRoleCombo->addItem(Contact::roleName(role), Contact::roleKey(role));
    m_boothModel->setHorizontalHeaderLabels(
        {tr("Channel"), tr("Booth"), tr("Languages"), tr("Interpreters"), tr("Receivers issued")});
    m_seminarContactModel->setHorizontalHeaderLabels(
        {tr("Role"), tr("Name"), tr("Organisation"), tr("Telephone"), tr("E-mail")});
    m_venueModel->setHorizontalHeaderLabels({tr("Name"), tr("Name (English)"), tr("Address"), tr("Postal code")});
    fillFilters();
    if (m_database) {
        // The models' column titles are translated when they are made.
        saveViewStates();
        createModels();
        refresh();
    }
    updateActions();
}

void MainWindow::fillFilters()
{
    const QString status = m_statusFilter->currentData().toString();
    const QString category = m_categoryFilter->currentData().toString();
    const QSignalBlocker statusBlocker(m_statusFilter);
    const QSignalBlocker categoryBlocker(m_categoryFilter);
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (Registration::Status each : Registration::statuses())
        m_statusFilter->addItem(Registration::statusName(each), Registration::statusKey(each));
    m_statusFilter->setCurrentIndex(qMax(0, m_statusFilter->findData(status)));
    m_categoryFilter->clear();
    m_categoryFilter->addItem(tr("All categories"), QString());
    for (const QString& key : Attendee::categories())
        m_categoryFilter->addItem(Attendee::categoryName(key), key);
    m_categoryFilter->setCurrentIndex(qMax(0, m_categoryFilter->findData(category)));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::releaseModels()
{
    // The models' queries must go before the connection they run on.
    for (QTableView* view : {m_seminarView, m_attendeeView, m_contactView})
        view->setModel(nullptr);
    delete m_seminars;
    delete m_registrations;
    delete m_contacts;
    m_seminars = nullptr;
    m_registrations = nullptr;
    m_contacts = nullptr;
}

void MainWindow::createModels()
{
    releaseModels();
    m_seminars = new SeminarListModel(*m_database, this);
    m_registrations = new RegistrationListModel(*m_database, this);
    m_contacts = new ContactListModel(*m_database, this);
    m_seminarView->setModel(m_seminars);
    m_attendeeView->setModel(m_registrations);
    m_contactView->setModel(m_contacts);
    m_seminarView->setColumnHidden(SeminarListModel::VenueColumn, true);
    m_seminarView->setColumnHidden(SeminarListModel::StatusColumn, true);
    m_seminarView->horizontalHeader()->setSectionResizeMode(SeminarListModel::TitleColumn, QHeaderView::Stretch);
    m_seminarView->horizontalHeader()->setStretchLastSection(false);
    m_attendeeView->horizontalHeader()->setSortIndicator(RegistrationListModel::ReadingColumn, Qt::AscendingOrder);
    m_attendeeView->horizontalHeader()->setSortIndicatorShown(true);
    m_contactView->setSortingEnabled(true);
    m_contactView->horizontalHeader()->setSortIndicator(ContactListModel::ReadingColumn, Qt::AscendingOrder);
    const QList<std::pair<QTableView*, QList<int>>> widths
        = {{m_seminarView, {0, 200, 0, 0, 80}},
           {m_attendeeView, {150, 170, 150, 240, 100, 90, 80, 110, 130, 200}},
           {m_contactView, {170, 170, 220, 140, 130, 200}}};
    for (const auto& [view, columns] : widths) {
        for (int column = 0; column < columns.size(); ++column) {
            if (columns.at(column) > 0)
                view->setColumnWidth(column, columns.at(column));
        }
    }
    m_seminarView->resizeColumnToContents(SeminarListModel::DateColumn);
    // Columns of names from a short list are as wide as their longest name in this language.
    const auto widest = [this](int column, QStringList names) {
        names.append(m_attendeeView->model()->headerData(column, Qt::Horizontal).toString());
        int width = 0;
        for (const QString& name : names)
            width = qMax(width, m_attendeeView->fontMetrics().horizontalAdvance(name));
        return width + 24;
    };
    QStringList statusNames;
    for (Registration::Status status : Registration::statuses())
        statusNames.append(Registration::statusName(status));
    QStringList categoryNames;
    for (const QString& key : Attendee::categories())
        categoryNames.append(Attendee::categoryName(key));
    m_attendeeView->setColumnWidth(RegistrationListModel::StatusColumn,
                                   widest(RegistrationListModel::StatusColumn, statusNames));
    m_attendeeView->setColumnWidth(RegistrationListModel::CategoryColumn,
                                   widest(RegistrationListModel::CategoryColumn, categoryNames));
    restoreViewStates();
    m_appliedSearch.clear();
    m_appliedStatuses.clear();
    m_appliedCategory.clear();
    m_contacts->setSearchText(m_contactSearchEdit->text());
    connect(m_seminarView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showSeminar(m_seminars->idAt(current.row()));
            });
    for (QTableView* view : {m_attendeeView, m_contactView})
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateActions);
    connect(m_registrations, &PagedSqlModel::rowCountSettled, this,
            [this](int rows) { m_shownLabel->setText(tr("%n shown", nullptr, rows)); });
    applyAttendeeFilter();
}

void MainWindow::saveViewStates()
{
    const QList<std::pair<QString, QTableView*>> views = {{QStringLiteral("seminars"), m_seminarView},
                                                          {QStringLiteral("attendees"), m_attendeeView},
                                                          {QStringLiteral("contactBook"), m_contactView},
                                                          {QStringLiteral("booths"), m_boothView},
                                                          {QStringLiteral("seminarContacts"), m_seminarContactView},
                                                          {QStringLiteral("venues"), m_venueView}};
    for (const auto& [name, view] : views) {
        if (view->model())
            m_settings.setHeaderState(name, view->horizontalHeader()->saveState());
    }
}

void MainWindow::restoreViewStates()
{
    const QList<std::pair<QString, QTableView*>> views = {{QStringLiteral("seminars"), m_seminarView},
                                                          {QStringLiteral("attendees"), m_attendeeView},
                                                          {QStringLiteral("contactBook"), m_contactView},
                                                          {QStringLiteral("booths"), m_boothView},
                                                          {QStringLiteral("seminarContacts"), m_seminarContactView},
                                                          {QStringLiteral("venues"), m_venueView}};
    for (const auto& [name, view] : views)
        view->horizontalHeader()->restoreState(m_settings.headerState(name));
}

void MainWindow::openInitialDatabase(const QString& path)
{
    if (!path.isEmpty()) {
        openDatabase(path);
        return;
    }
    const QString last = m_settings.lastFile();
    if (m_settings.reopenLastFile() && !last.isEmpty() && QFileInfo::exists(last) && openDatabase(last))
        return;
    openDatabase(Database::defaultPath());
}

bool MainWindow::openDatabase(const QString& path)
{
    auto opened = openForWork(path);
    if (!opened) {
        showError(tr("Open Database"), opened.error());
        return false;
    }
    if (m_database)
        saveViewStates();
    releaseModels();
    if (m_edits) {
        m_undoGroup->removeStack(m_edits->undoStack());
        delete m_edits;
    }
    m_database = std::move(opened).value();
    m_edits = new RecordEdits(*m_database, this);
    m_undoGroup->addStack(m_edits->undoStack());
    m_undoGroup->setActiveStack(m_edits->undoStack());
    connect(m_edits, &RecordEdits::changed, this, &MainWindow::refresh);
    connect(m_edits, &RecordEdits::failed, this, [this](const QString& message) { showError(tr("Undo"), message); });
    m_seminarId = 0;
    createModels();
    setWindowFilePath(m_database->path());
    m_settings.addRecentFile(m_database->path());
    refresh();
    if (m_seminars->rowCount() > 0)
        select(m_seminarView, 0);
    if (m_database->notice().isEmpty())
        statusBar()->showMessage(tr("Opened “%1”").arg(QDir::toNativeSeparators(m_database->path())), 5000);
    else
        statusBar()->showMessage(
            m_database->notice()); // the backup copy kept before an upgrade: until the next message
    return true;
}

bool MainWindow::createDatabase(const QString& path)
{
    if (QFileInfo::exists(path)) {
        showError(tr("New Database"),
                  tr("“%1” already exists. Choose another name, or open it with File ▸ Open Database.")
                      .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (Status created = createForWork(path); !created) {
        showError(tr("New Database"), created.error());
        return false;
    }
    return openDatabase(path);
}

bool MainWindow::openDemo()
{
    const QString path = QFileInfo(Database::defaultPath()).dir().filePath(QStringLiteral("demo.sqlite"));
    if (!QFileInfo::exists(path)) {
        if (Status created = DemoSeminar::create(path); !created) {
            showError(tr("Demo Seminar"), created.error());
            return false;
        }
    }
    return openDatabase(path);
}

void MainWindow::newDatabase()
{
    const QString folder = m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
    const QString path
        = QFileDialog::getSaveFileName(this, tr("New Database"), folder, tr("Seminar Desk databases (*.sqlite)"),
                                       nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        createDatabase(path.endsWith(QStringLiteral(".sqlite")) ? path : path + QStringLiteral(".sqlite"));
}

void MainWindow::openDatabaseFile()
{
    const QString folder = m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), folder,
                                                      tr("Seminar Desk databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString& file = files.at(i);
        auto* open = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(
            QDir::toNativeSeparators(file).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        connect(open, &QAction::triggered, this, [this, file] {
            if (!openDatabase(file) && !QFileInfo::exists(file))
                m_settings.removeRecentFile(file);
        });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!files.isEmpty());
}

void MainWindow::saveBackupCopy()
{
    if (!m_database)
        return;
    const QFileInfo current(m_database->path());
    const QString suggested = current.absoluteDir().filePath(
        tr("%1 backup %2.sqlite").arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString target = QFileDialog::getSaveFileName(this, tr("Save a Backup Copy As"), suggested,
                                                        tr("Seminar Desk databases (*.sqlite)"));
    if (target.isEmpty())
        return;
    if (Status saved = m_database->saveCopyAs(target); !saved) {
        showError(tr("Save a Backup Copy As"), saved.error());
        return;
    }
    statusBar()->showMessage(tr("Saved a backup copy to “%1”").arg(QDir::toNativeSeparators(target)), 5000);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        Translations::install(m_settings.language());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    saveViewStates();
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::showError(const QString& title, const QString& message)
{
    MessageBox::critical(this, title, message);
}

void MainWindow::refresh()
{
    if (!m_database)
        return;
    const qint64 seminarId = m_seminarId;
    {
        const QSignalBlocker blocker(m_seminarView->selectionModel());
        m_seminars->reload();
    }
    m_stack->setCurrentWidget(m_seminars->rowCount() > 0 ? m_desk : m_welcome);
    const int seminarRow = m_seminars->rowOf(seminarId);
    if (seminarRow >= 0) {
        {
            const QSignalBlocker blocker(m_seminarView->selectionModel());
            select(m_seminarView, seminarRow);
        }
        const qint64 registrationId = currentPage() == Page::Attendees ? currentRecordId() : 0;
        m_registrations->reload();
        if (registrationId > 0)
            selectId(m_attendeeView, registrationId);
        fillBooths();
        fillSeminarContacts();
        updateCounts();
    } else {
        showSeminar(m_seminars->rowCount() > 0 ? m_seminars->idAt(0) : 0);
        if (m_seminars->rowCount() > 0) {
            const QSignalBlocker blocker(m_seminarView->selectionModel());
            select(m_seminarView, 0);
        }
    }
    const qint64 contactId = m_contactView->currentIndex().data(IdRole).toLongLong();
    m_contacts->reload();
    selectId(m_contactView, contactId);
    fillVenues();
    fillLinkChoices();
    updateActions();
}

void MainWindow::showSeminar(qint64 seminarId)
{
    m_seminarId = seminarId;
    m_registrations->setSeminar(seminarId);
    fillBooths();
    fillSeminarContacts();
    updateCounts();
    updateActions();
    auto seminar = SeminarStore(*m_database).find(seminarId);
    setWindowTitle(seminar ? seminar->title(QLocale().language() == QLocale::Japanese ? QStringLiteral("ja")
                                                                                      : QStringLiteral("en"))
                           : QString());
}

void MainWindow::selectSeminar(qint64 seminarId)
{
    if (m_seminars)
        select(m_seminarView, m_seminars->rowOf(seminarId));
}

void MainWindow::select(QTableView* view, int row)
{
    if (!view->model() || row < 0 || row >= view->model()->rowCount())
        return;
    const QModelIndex index = view->model()->index(row, 0);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

void MainWindow::selectId(QTableView* view, qint64 id)
{
    if (id <= 0 || !view->model())
        return;
    if (auto* paged = qobject_cast<PagedSqlModel*>(view->model())) {
        select(view, paged->rowOf(id));
        return;
    }
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data(IdRole).toLongLong() == id) {
            select(view, row);
            return;
        }
    }
}

void MainWindow::applyAttendeeFilter()
{
    if (!m_registrations)
        return;
    // Each change reloads the model: change only what differs, so a keystroke costs one reload.
    const QString status = m_statusFilter->currentData().toString();
    const QStringList statuses = status.isEmpty() ? QStringList() : QStringList {status};
    const QString category = m_categoryFilter->currentData().toString();
    if (m_searchEdit->text() != m_appliedSearch) {
        m_appliedSearch = m_searchEdit->text();
        m_registrations->setSearchText(m_appliedSearch);
    }
    if (statuses != m_appliedStatuses) {
        m_appliedStatuses = statuses;
        m_registrations->setStatuses(statuses);
    }
    if (category != m_appliedCategory) {
        m_appliedCategory = category;
        m_registrations->setCategory(category);
    }
    updateActions();
}

void MainWindow::updateCounts()
{
    auto counts = RegistrationStore(*m_database).counts(m_seminarId);
    if (!counts || m_seminarId == 0) {
        m_countsLabel->clear();
        return;
    }
    const int left = counts->capacityLeft();
    m_countsLabel->setText(tr("Registered %1 · Waitlisted %2 · Cancelled %3 · Attended %4 · Receivers %5 · "
                              "Seats left %6")
                               .arg(counts->registered)
                               .arg(counts->waitlisted)
                               .arg(counts->cancelled)
                               .arg(counts->attended)
                               .arg(counts->receiversNeeded)
                               .arg(left < 0 ? tr("unlimited") : QString::number(left)));
}

void MainWindow::fillBooths()
{
    m_boothModel->removeRows(0, m_boothModel->rowCount());
    if (!m_database || m_seminarId == 0)
        return;
    BoothStore booths(*m_database);
    auto seminarBooths = booths.forSeminar(m_seminarId);
    if (!seminarBooths)
        return;
    QHash<qint64, QString> names;
    for (const Contact& contact : ContactStore(*m_database).all().value())
        names.insert(contact.id, contact.name);
    for (const Booth& booth : *seminarBooths) {
        QStringList interpreters;
        auto shifts = booths.shifts(booth.id);
        for (const InterpreterShift& shift : shifts ? *shifts : QList<InterpreterShift>()) {
            if (!interpreters.contains(names.value(shift.contactId)))
                interpreters.append(names.value(shift.contactId));
        }
        m_boothModel->appendRow({item(QString::number(booth.channel), booth.id), item(booth.name, booth.id),
                                 item(booth.languagePair, booth.id),
                                 item(interpreters.join(QStringLiteral(", ")), booth.id),
                                 item(QString::number(booth.receiversIssued), booth.id)});
    }
}

void MainWindow::fillSeminarContacts()
{
    m_seminarContactModel->removeRows(0, m_seminarContactModel->rowCount());
    if (!m_database || m_seminarId == 0)
        return;
    auto linked = ContactStore(*m_database).forSeminar(m_seminarId);
    if (!linked)
        return;
    for (const SeminarContact& link : *linked) {
        const Contact& contact = link.contact;
        QList<QStandardItem*> row {item(Contact::roleName(link.role), contact.id), item(contact.name, contact.id),
                                   item(contact.organisation, contact.id), item(contact.tel, contact.id),
                                   item(contact.email, contact.id)};
        row.first()->setData(Contact::roleKey(link.role), RoleKeyRole);
        m_seminarContactModel->appendRow(row);
    }
}

void MainWindow::fillVenues()
{
    const qint64 venueId = m_venueView->currentIndex().data(IdRole).toLongLong();
    m_venueModel->removeRows(0, m_venueModel->rowCount());
    auto venues = VenueStore(*m_database).all();
    if (!venues)
        return;
    for (const Venue& venue : *venues) {
        m_venueModel->appendRow({item(venue.name, venue.id), item(venue.nameEn, venue.id),
                                 item(venue.address, venue.id), item(venue.postalCode, venue.id)});
    }
    selectId(m_venueView, venueId);
}

void MainWindow::fillLinkChoices()
{
    const qint64 chosen = m_linkContactCombo->currentData().toLongLong();
    m_linkContactCombo->clear();
    auto contacts = ContactStore(*m_database).all();
    if (!contacts)
        return;
    for (const Contact& contact : *contacts) {
        m_linkContactCombo->addItem(
            contact.organisation.isEmpty() ? contact.name : tr("%1 (%2)").arg(contact.name, contact.organisation),
            contact.id);
    }
    m_linkContactCombo->setCurrentIndex(qMax(0, m_linkContactCombo->findData(chosen)));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QTableView* MainWindow::pageView(Page page) const
{
    const std::array<QTableView*, 5> views {m_attendeeView, m_boothView, m_seminarContactView, m_contactView,
                                            m_venueView};
    return views.at(std::size_t(page));
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    pageView(page)->setFocus();
}

qint64 MainWindow::currentRecordId() const
{
    return pageView(currentPage())->currentIndex().data(IdRole).toLongLong();
}

MainWindow::Target MainWindow::currentTarget() const
{
    if (m_seminarView->hasFocus())
        return Target::Seminars;
    return Target(int(currentPage()) + 1);
}

void MainWindow::updateActions()
{
    const bool open = m_database != nullptr;
    const bool seminar = open && m_seminarId > 0;
    m_backupAction->setEnabled(open);
    m_newSeminarAction->setEnabled(open);
    m_editSeminarAction->setEnabled(seminar);
    m_deleteSeminarAction->setEnabled(seminar);
    for (QAction* seminarAction : {m_importCsvAction, m_exportCsvAction, m_badgesAction, m_flyerAction})
        seminarAction->setEnabled(seminar);
    const Target target = currentTarget();
    const bool needsSeminar = target == Target::Attendees || target == Target::Booths || target == Target::Contacts;
    const bool picked = target == Target::Seminars ? seminar : currentRecordId() > 0;
    m_addAction->setEnabled(open && (!needsSeminar || seminar));
    m_editAction->setEnabled(open && picked);
    m_deleteAction->setEnabled(open && picked);
    m_eraseAction->setEnabled(open && target == Target::Attendees && picked);
    m_linkButton->setEnabled(seminar && m_linkContactCombo->count() > 0);
    m_findAction->setEnabled(open);
}

QList<qint64> MainWindow::selectedRegistrationIds() const
{
    QList<qint64> ids;
    if (currentPage() != Page::Attendees || !m_registrations)
        return ids;
    const QModelIndexList rows = m_attendeeView->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows)
        ids.append(m_registrations->idAt(row.row()));
    return ids;
}

void MainWindow::importCsv()
{
    ImportCsvWizard wizard(*m_database, m_seminarId, this);
    wizard.exec();
    // An import is one transaction of its own: whatever it added, the lists show it now.
    refresh();
}

void MainWindow::exportCsv()
{
    ExportCsvDialog dialog(*m_database, m_seminarId, this);
    dialog.exec();
}

void MainWindow::printBadges()
{
    BadgeDialog dialog(*m_database, m_seminarId, selectedRegistrationIds(), this);
    dialog.exec();
    refresh(); // the badges printed have their time now
}

void MainWindow::showFlyer()
{
    FlyerDialog dialog(*m_database, m_seminarId, this);
    dialog.exec();
}

void MainWindow::focusSearch()
{
    if (currentPage() == Page::ContactBook) {
        m_contactSearchEdit->setFocus();
        m_contactSearchEdit->selectAll();
        return;
    }
    showPage(Page::Attendees);
    m_searchEdit->setFocus();
    m_searchEdit->selectAll();
}

void MainWindow::newSeminar()
{
    if (!m_database)
        return;
    qint64 added = 0;
    SeminarEditor editor(
        VenueStore(*m_database).all().value(),
        [this, &added](const Seminar& seminar) -> Status { return keepId(m_edits->addSeminar(seminar), added); }, this);
    if (editor.exec() == QDialog::Accepted)
        selectSeminar(added);
}

void MainWindow::editSeminar()
{
    if (!m_database || m_seminarId == 0)
        return;
    auto seminar = SeminarStore(*m_database).find(m_seminarId);
    if (!seminar) {
        showError(tr("Edit Seminar"), seminar.error());
        return;
    }
    SeminarEditor editor(
        VenueStore(*m_database).all().value(), [this](const Seminar& changed) { return m_edits->editSeminar(changed); },
        this);
    editor.setSeminar(*seminar);
    editor.exec();
}

void MainWindow::deleteSeminar()
{
    if (!m_database || m_seminarId == 0)
        return;
    auto seminar = SeminarStore(*m_database).find(m_seminarId);
    auto counts = RegistrationStore(*m_database).counts(m_seminarId);
    if (!seminar || !counts)
        return;
    const int registrations = counts->registered + counts->waitlisted + counts->cancelled + counts->attended;
    const auto answer
        = MessageBox::question(this, tr("Delete Seminar"),
                               tr("Delete the seminar “%1” with its %n registration(s), booths and contact links?\n"
                                  "Edit ▸ Undo brings it back.",
                                  nullptr, registrations)
                                   .arg(seminar->title()));
    if (answer != QMessageBox::Yes)
        return;
    if (Status deleted = m_edits->deleteSeminar(m_seminarId); !deleted)
        showError(tr("Delete Seminar"), deleted.error());
}

void MainWindow::addRecord()
{
    if (!m_database)
        return;
    switch (currentTarget()) {
    case Target::Seminars:
        newSeminar();
        break;
    case Target::Attendees:
        addAttendee();
        break;
    case Target::Booths:
        editBooth(0);
        break;
    case Target::Contacts:
        m_linkContactCombo->setFocus();
        break;
    case Target::ContactBook:
        editContact(0);
        break;
    case Target::Venues:
        editVenue(0);
        break;
    }
}

void MainWindow::editRecord()
{
    if (!m_database)
        return;
    const qint64 id = currentRecordId();
    switch (currentTarget()) {
    case Target::Seminars:
        editSeminar();
        break;
    case Target::Attendees:
        editAttendee(id);
        break;
    case Target::Booths:
        editBooth(id);
        break;
    case Target::Contacts:
    case Target::ContactBook:
        editContact(id);
        break;
    case Target::Venues:
        editVenue(id);
        break;
    }
}

void MainWindow::deleteRecord()
{
    if (!m_database)
        return;
    const Target target = currentTarget();
    if (target == Target::Seminars) {
        deleteSeminar();
        return;
    }
    const qint64 id = currentRecordId();
    if (id == 0)
        return;
    QTableView* view = pageView(currentPage());
    const int row = view->currentIndex().row();
    Status deleted;
    switch (target) {
    case Target::Seminars:
        return;
    case Target::Attendees:
        deleted = m_edits->deleteRegistration(id);
        break;
    case Target::Booths:
        deleted = m_edits->deleteBooth(id);
        break;
    case Target::Contacts: {
        const auto role = Contact::roleFromKey(m_seminarContactModel->index(row, 0).data(RoleKeyRole).toString());
        deleted = m_edits->unlinkContact(m_seminarId, id, role.value_or(Contact::Role::Enquiries));
        break;
    }
    case Target::ContactBook:
        deleted = m_edits->deleteContact(id);
        break;
    case Target::Venues:
        deleted = m_edits->deleteVenue(id);
        break;
    }
    if (!deleted) {
        showError(tr("Delete"), deleted.error());
        return;
    }
    // The row after the deleted one takes its place, so Delete can be pressed again.
    select(view, qMin(row, view->model()->rowCount() - 1));
    statusBar()->showMessage(tr("Deleted. Edit ▸ Undo brings it back."), 5000);
}

void MainWindow::eraseAttendee()
{
    if (!m_database || currentPage() != Page::Attendees)
        return;
    auto registration = RegistrationStore(*m_database).find(currentRecordId());
    if (!registration)
        return;
    auto attendee = AttendeeStore(*m_database).find(registration->attendeeId);
    if (!attendee)
        return;
    const auto answer = MessageBox::question(
        this, tr("Erase Attendee’s Personal Data"),
        tr("Erase “%1” from the database, with their registrations for every seminar?").arg(attendee->displayName()));
    if (answer != QMessageBox::Yes)
        return;
    if (Status erased = m_edits->eraseAttendee(attendee->id); !erased)
        showError(tr("Erase Attendee’s Personal Data"), erased.error());
}

void MainWindow::linkContact()
{
    const qint64 contactId = m_linkContactCombo->currentData().toLongLong();
    const auto role = Contact::roleFromKey(m_linkRoleCombo->currentData().toString());
    if (!m_database || m_seminarId == 0 || contactId == 0 || !role)
        return;
    if (Status linked = m_edits->linkContact(m_seminarId, contactId, *role); !linked)
        showError(tr("Add Contact"), linked.error());
}

void MainWindow::addAttendee()
{
    if (m_seminarId == 0)
        return;
    qint64 added = 0;
    AttendeeEditor editor(
        [this, &added](const Attendee& attendee, const Registration& registration) -> Status {
            Registration forSeminar = registration;
            forSeminar.seminarId = m_seminarId;
            return keepId(m_edits->addRegisteredAttendee(attendee, forSeminar), added);
        },
        this);
    if (editor.exec() == QDialog::Accepted)
        selectId(m_attendeeView, added);
}

void MainWindow::editAttendee(qint64 registrationId)
{
    auto registration = RegistrationStore(*m_database).find(registrationId);
    if (!registration)
        return;
    auto attendee = AttendeeStore(*m_database).find(registration->attendeeId);
    if (!attendee) {
        showError(tr("Edit Attendee"), attendee.error());
        return;
    }
    AttendeeEditor editor([this](const Attendee& person,
                                 const Registration& place) { return m_edits->editRegisteredAttendee(person, place); },
                          this);
    editor.setRegisteredAttendee(*attendee, *registration);
    editor.exec();
}

void MainWindow::editBooth(qint64 boothId)
{
    if (m_seminarId == 0)
        return;
    BoothStore booths(*m_database);
    auto seminarBooths = booths.forSeminar(m_seminarId);
    auto seminar = SeminarStore(*m_database).find(m_seminarId);
    if (!seminarBooths || !seminar)
        return;
    // Interpreters linked to the seminar come first; any contact can be chosen.
    QList<Contact> interpreters = ContactStore(*m_database).forSeminar(m_seminarId, Contact::Role::Interpreter).value();
    for (const Contact& contact : ContactStore(*m_database).all().value()) {
        if (std::none_of(interpreters.cbegin(), interpreters.cend(),
                         [&contact](const Contact& listed) { return listed.id == contact.id; }))
            interpreters.append(contact);
    }
    qint64 added = 0;
    BoothEditor editor(
        interpreters, *seminarBooths, seminar->startsAt, seminar->endsAt,
        [this, boothId, &added](const Booth& booth, const QList<InterpreterShift>& shifts) -> Status {
            if (boothId > 0)
                return m_edits->editBooth(booth, shifts);
            return keepId(m_edits->addBooth(booth, shifts), added);
        },
        this);
    if (boothId > 0) {
        auto booth = booths.find(boothId);
        auto shifts = booths.shifts(boothId);
        if (!booth || !shifts)
            return;
        editor.setBooth(*booth, *shifts);
    } else {
        Booth booth;
        booth.seminarId = m_seminarId;
        int channel = 1;
        for (const Booth& other : *seminarBooths)
            channel = qMax(channel, other.channel + 1);
        booth.channel = channel;
        editor.setBooth(booth, {});
    }
    if (editor.exec() == QDialog::Accepted && added > 0)
        selectId(m_boothView, added);
}

void MainWindow::editContact(qint64 contactId)
{
    const qint64 added = editInDialog<ContactEditor>(
        ContactStore(*m_database), contactId, &ContactEditor::setContact,
        [this](const Contact& contact) { return m_edits->addContact(contact); },
        [this](const Contact& contact) { return m_edits->editContact(contact); }, this);
    if (added > 0) {
        m_contactSearchEdit->clear();
        selectId(m_contactView, added);
    }
}

void MainWindow::editVenue(qint64 venueId)
{
    const qint64 added = editInDialog<VenueEditor>(
        VenueStore(*m_database), venueId, &VenueEditor::setVenue,
        [this](const Venue& venue) { return m_edits->addVenue(venue); },
        [this](const Venue& venue) { return m_edits->editVenue(venue); }, this);
    selectId(m_venueView, added);
}

} // namespace sd
