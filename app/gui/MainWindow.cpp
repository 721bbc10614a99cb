#include "gui/MainWindow.h"

#include <functional>

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

#include "core/data/DatabaseCopy.h"
#include "core/data/ServerPassword.h"
#include "core/settings/Translations.h"
#include "core/stores/DemoSeminar.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/SortKeyRefresh.h"
#include "gui/MessageBox.h"
#include "gui/SettingsDialog.h"
#include "gui/SharedDatabaseDialog.h"
#include "gui/desk/DeskWidget.h"

#include "ui_MainWindow.h"

namespace sd {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_undoGroup(new QUndoGroup(this))
    , m_countsLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addPermanentWidget(m_countsLabel);
    setShortcuts();
    connectActions();
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 800);
    restoreState(m_settings.windowState());
    updateUndoActions();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The desk and its undo stack go with the window's children, after this: nothing of them
    // may reach the window then.
    disconnect(m_undoGroup, nullptr, this, nullptr);
    if (m_desk)
        disconnect(m_desk, nullptr, this, nullptr);
}

void MainWindow::setShortcuts()
{
    // The platform's own keys where it has them; Designer forms hold one key an action, not a list.
    const QList<std::pair<QAction*, QList<QKeySequence>>> keys {
        {m_ui->newAction, QKeySequence::keyBindings(QKeySequence::New)},
        {m_ui->openAction, QKeySequence::keyBindings(QKeySequence::Open)},
        {m_ui->backupAction, QKeySequence::keyBindings(QKeySequence::SaveAs)},
        {m_ui->settingsAction, QKeySequence::keyBindings(QKeySequence::Preferences)},
        {m_ui->quitAction, QKeySequence::keyBindings(QKeySequence::Quit)},
        {m_ui->undoAction, QKeySequence::keyBindings(QKeySequence::Undo)},
        {m_ui->redoAction, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}},
        {m_ui->addAction, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)}},
        {m_ui->editAction, {QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_E)}},
        {m_ui->deleteAction, QKeySequence::keyBindings(QKeySequence::Delete)},
        {m_ui->findAction, QKeySequence::keyBindings(QKeySequence::Find)},
        {m_ui->seminarListAction, {QKeySequence(Qt::CTRL | Qt::Key_0)}},
        {m_ui->badgesAction, QKeySequence::keyBindings(QKeySequence::Print)},
    };
    for (const auto& [action, sequences] : keys)
        action->setShortcuts(sequences);
}

void MainWindow::connectActions()
{
    connect(m_ui->newAction, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::openDatabaseFile);
    connect(m_ui->openSharedAction, &QAction::triggered, this, &MainWindow::openSharedDatabase);
    connect(m_ui->backupAction, &QAction::triggered, this, &MainWindow::saveBackupCopy);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(m_ui->clearRecentAction, &QAction::triggered, this, [this] { m_settings.clearRecentFiles(); });
    connect(m_ui->undoAction, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_ui->redoAction, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    for (auto changed : {&QUndoGroup::canUndoChanged, &QUndoGroup::canRedoChanged})
        connect(m_undoGroup, changed, this, &MainWindow::updateUndoActions);
    for (auto changed : {&QUndoGroup::undoTextChanged, &QUndoGroup::redoTextChanged})
        connect(m_undoGroup, changed, this, &MainWindow::updateUndoActions);
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] {
        MessageBox::information(this, tr("About Seminar Desk"),
                                tr("Seminar Desk %1\n\nSeminars, attendees, interpretation booths, badges and "
                                   "check-in for bilingual seminars.")
                                    .arg(QCoreApplication::applicationVersion()));
    });
    // What the open database's desk does; the actions are off while none is open.
    const QList<std::pair<QAction*, void (DeskWidget::*)()>> forwarded {
        {m_ui->newSeminarAction, &DeskWidget::newSeminar},
        {m_ui->editSeminarAction, &DeskWidget::editSeminar},
        {m_ui->deleteSeminarAction, &DeskWidget::deleteSeminar},
        {m_ui->addAction, &DeskWidget::addRecord},
        {m_ui->editAction, &DeskWidget::editRecord},
        {m_ui->deleteAction, &DeskWidget::deleteRecord},
        {m_ui->eraseAction, &DeskWidget::erasePersonalData},
        {m_ui->importCsvAction, &DeskWidget::importCsv},
        {m_ui->exportCsvAction, &DeskWidget::exportCsv},
        {m_ui->badgesAction, &DeskWidget::printBadges},
        {m_ui->flyerAction, &DeskWidget::showFlyer},
        {m_ui->boothSheetAction, &DeskWidget::showBoothSheet},
        {m_ui->receptionListAction, &DeskWidget::showReceptionList},
        {m_ui->outstandingReceiversAction, &DeskWidget::showOutstandingReceivers},
        {m_ui->attendanceSummaryAction, &DeskWidget::showAttendanceSummary},
        {m_ui->findAction, &DeskWidget::focusSearch},
        {m_ui->seminarListAction, &DeskWidget::focusSeminarList},
    };
    for (const auto& [action, slot] : forwarded) {
        // std::mem_fn, not ->* on a captured member-function pointer: with ->* the ASan build
        // (GCC 12) reports a stack-buffer-underflow in the lambda on every forwarded action.
        connect(action, &QAction::triggered, this, [this, call = std::mem_fn(slot)] {
            if (m_desk)
                call(m_desk);
        });
    }
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
    open(Database::defaultPath(), Database::IfMissing::Create);
}

bool MainWindow::openDatabase(const QString& path)
{
    if (DatabaseUrl::isUrl(path))
        return openSharedAddress(path);
    return open(path, Database::IfMissing::Refuse);
}

bool MainWindow::openSharedAddress(const QString& address)
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(address);
    if (!url) {
        MessageBox::critical(this, tr("Open Shared Database"), url.error());
        return false;
    }
    if (Status opened = openShared(*url, QString()); !opened) {
        const bool passwordWanted = ServerPassword::isMissing(*url);
        return showSharedDialog(&*url, passwordWanted ? ServerPassword::typeItMessage(*url) : opened.error(),
                                passwordWanted);
    }
    return true;
}

Status MainWindow::openShared(const DatabaseUrl& url, const QString& password)
{
    auto opened = openForWork(url, password);
    if (!opened)
        return fail(opened.error());
    setDesk(std::move(opened).value());
    m_settings.addRecentFile(url.toString());
    statusBar()->showMessage(tr("Opened “%1”").arg(url.toString()), 5000);
    return {};
}

bool MainWindow::openSharedDatabase()
{
    return showSharedDialog(nullptr, QString(), false);
}

bool MainWindow::showSharedDialog(const DatabaseUrl* url, const QString& message, bool passwordWanted)
{
    QStringList recent;
    for (const QString& address : m_settings.recentFiles()) {
        if (DatabaseUrl::isUrl(address))
            recent.append(address);
    }
    SharedDatabaseDialog dialog(
        recent, [this](const DatabaseUrl& address, const QString& password) { return openShared(address, password); },
        this);
    if (url)
        dialog.setAddress(*url);
    if (!message.isEmpty())
        dialog.showMessage(message, passwordWanted);
    return dialog.exec() == QDialog::Accepted;
}

bool MainWindow::isShared() const
{
    return m_desk && m_desk->database().dialect().engine() == SqlDialect::Engine::PostgreSql;
}

QString MainWindow::fileFolder() const
{
    return m_desk && !isShared() ? QFileInfo(m_desk->database().path()).absolutePath() : QDir::homePath();
}

bool MainWindow::createDatabase(const QString& path)
{
    if (QFileInfo::exists(path)) {
        MessageBox::critical(this, tr("New Database"),
                             tr("“%1” already exists. Choose another name, or open it with File ▸ Open Database.")
                                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (Status created = createForWork(path); !created) {
        MessageBox::critical(this, tr("New Database"), created.error());
        return false;
    }
    return open(path, Database::IfMissing::Refuse);
}

bool MainWindow::openDemo()
{
    const QString path = DemoSeminar::defaultPath();
    if (!QFileInfo::exists(path)) {
        if (Status created = DemoSeminar::create(path); !created) {
            MessageBox::critical(this, tr("Demo Seminar"), created.error());
            return false;
        }
    }
    return openDatabase(path);
}

bool MainWindow::open(const QString& path, Database::IfMissing ifMissing)
{
    auto opened = openForWork(path, ifMissing);
    if (!opened) {
        MessageBox::critical(this, tr("Open Database"), opened.error());
        return false;
    }
    setDesk(std::move(opened).value());
    const Database& database = m_desk->database();
    m_settings.addRecentFile(database.path());
    if (database.notice().isEmpty())
        statusBar()->showMessage(tr("Opened “%1”").arg(QDir::toNativeSeparators(database.path())), 5000);
    else
        statusBar()->showMessage(database.notice()); // the backup copy kept before an upgrade: until the next message
    return true;
}

void MainWindow::setDesk(std::unique_ptr<Database> database)
{
    if (m_desk)
        m_desk->saveViewState();
    auto* desk = new DeskWidget(std::move(database));
    // The desk that was open goes whole, with its pages, models, undo steps and database.
    const std::unique_ptr<DeskWidget> previous(m_desk);
    m_ui->deskStack->addWidget(desk);
    m_ui->deskStack->setCurrentWidget(desk);
    m_desk = desk;
    m_undoGroup->addStack(desk->edits()->undoStack());
    m_undoGroup->setActiveStack(desk->edits()->undoStack());
    m_ui->viewMenu->addActions(desk->pageActions());
    connect(desk, &DeskWidget::stateChanged, this, &MainWindow::updateActions);
    connect(desk, &DeskWidget::seminarChanged, this, &MainWindow::updateTitle);
    connect(desk, &DeskWidget::countsChanged, m_countsLabel, &QLabel::setText);
    connect(desk, &DeskWidget::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(desk, &DeskWidget::lastingStatusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text); });
    connect(desk, &DeskWidget::demoRequested, this, &MainWindow::openDemo);
    connect(desk->edits(), &RecordEdits::retranslated, this, &MainWindow::updateUndoActions);
    m_countsLabel->setText(desk->countsText());
    updateActions();
    updateTitle();
}

void MainWindow::updateActions()
{
    const bool open = m_desk != nullptr;
    const bool seminar = open && m_desk->hasSeminar();
    for (QAction* action : {m_ui->newSeminarAction, m_ui->findAction, m_ui->seminarListAction})
        action->setEnabled(open);
    m_ui->backupAction->setEnabled(open);
    for (QAction* action : {m_ui->editSeminarAction, m_ui->deleteSeminarAction, m_ui->importCsvAction,
                            m_ui->exportCsvAction, m_ui->badgesAction, m_ui->flyerAction, m_ui->boothSheetAction,
                            m_ui->receptionListAction, m_ui->outstandingReceiversAction, m_ui->attendanceSummaryAction})
        action->setEnabled(seminar);
    m_ui->addAction->setEnabled(open && m_desk->canAdd());
    m_ui->editAction->setEnabled(open && m_desk->canEditOrDelete());
    m_ui->deleteAction->setEnabled(open && m_desk->canEditOrDelete());
    m_ui->eraseAction->setEnabled(open && m_desk->canErase());
}

void MainWindow::updateTitle()
{
    if (!m_desk) {
        setWindowTitle(QString());
        return;
    }
    // Which database is open shows at all times: two databases can hold seminars of the same name.
    const QString& path = m_desk->database().path();
    QString file = QFileInfo(path).fileName();
    if (isShared()) {
        if (const Result<DatabaseUrl> url = DatabaseUrl::parse(path))
            file = url->displayName(); // user@host/database
    }
    const QString seminar = m_desk->seminarTitle();
    setWindowTitle(seminar.isEmpty() ? file : tr("%1 — %2").arg(seminar, file));
    setWindowFilePath(isShared() ? QString() : path);
}

void MainWindow::updateUndoActions()
{
    // The menu names the step; the tool bar keeps its button short (the icon text).
    const QString undo = m_undoGroup->undoText();
    const QString redo = m_undoGroup->redoText();
    m_ui->undoAction->setText(undo.isEmpty() ? tr("Undo") : tr("Undo %1").arg(undo));
    m_ui->redoAction->setText(redo.isEmpty() ? tr("Redo") : tr("Redo %1").arg(redo));
    m_ui->undoAction->setToolTip(m_ui->undoAction->text());
    m_ui->redoAction->setToolTip(m_ui->redoAction->text());
    m_ui->undoAction->setEnabled(m_undoGroup->canUndo());
    m_ui->redoAction->setEnabled(m_undoGroup->canRedo());
}

void MainWindow::newDatabase()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("New Database"), fileFolder(), tr("Seminar Desk databases (*.sqlite)"),
                                       nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        createDatabase(path.endsWith(QStringLiteral(".sqlite")) ? path : path + QStringLiteral(".sqlite"));
}

void MainWindow::openDatabaseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), fileFolder(),
                                                      tr("Seminar Desk databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::fillRecentMenu()
{
    m_ui->recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString& file = files.at(i);
        auto* recent = m_ui->recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(
            QDir::toNativeSeparators(file).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        connect(recent, &QAction::triggered, this, [this, file] {
            // A file that has gone is refused like any other, and leaves the list; a server that
            // does not answer today may tomorrow.
            if (!openDatabase(file) && !DatabaseUrl::isUrl(file) && !QFileInfo::exists(file))
                m_settings.removeRecentFile(file);
        });
    }
    if (files.isEmpty())
        m_ui->recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
    m_ui->recentMenu->addSeparator();
    m_ui->recentMenu->addAction(m_ui->clearRecentAction);
    m_ui->clearRecentAction->setEnabled(!files.isEmpty());
}

void MainWindow::saveBackupCopy()
{
    if (!m_desk)
        return;
    const QString target = QFileDialog::getSaveFileName(this, tr("Save a Backup Copy As"), suggestedBackupPath(),
                                                        tr("Seminar Desk databases (*.sqlite)"));
    if (target.isEmpty())
        return;
    // A copy from a server takes a while with many people: the row counts show it moving.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status saved = DatabaseCopy::backUp(m_desk->database(), target, [this](const QString& table, qint64 rows) {
        statusBar()->showMessage(tr("Copied %n rows of %1…", nullptr, int(rows)).arg(table));
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    QApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    if (!saved) {
        MessageBox::critical(this, tr("Save a Backup Copy As"), saved.error());
        return;
    }
    MessageBox::fileWritten(this, tr("Save a Backup Copy As"),
                            tr("Saved a backup copy to “%1”.").arg(QDir::toNativeSeparators(target)), target);
}

QString MainWindow::suggestedBackupPath() const
{
    const QString& path = m_desk->database().path();
    QString name = QFileInfo(path).completeBaseName();
    if (isShared()) {
        if (const Result<DatabaseUrl> url = DatabaseUrl::parse(path))
            name = url->databaseName();
    }
    return QDir(fileFolder()).filePath(tr("%1 backup %2.sqlite").arg(name, QDate::currentDate().toString(Qt::ISODate)));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        Translations::install(m_settings.language());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateUndoActions();
        updateTitle();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    if (m_desk)
        m_desk->saveViewState();
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace sd
