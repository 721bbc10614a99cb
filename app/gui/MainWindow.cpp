#include "MainWindow.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>

#include "Database.h"
#include "RegistrationListModel.h"
#include "SeminarListModel.h"

namespace sd {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_seminarView = new QTableView(splitter);
    m_registrationView = new QTableView(splitter);
    for (QTableView* view : {m_seminarView, m_registrationView}) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setSortingEnabled(true);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
    }
    setCentralWidget(splitter);
    resize(1100, 700);
}

MainWindow::~MainWindow()
{
    // The models' queries must go before the connection they run on.
    m_seminarView->setModel(nullptr);
    m_registrationView->setModel(nullptr);
    delete m_seminars;
    delete m_registrations;
}

void MainWindow::openInitialDatabase(const QString& path)
{
    openDatabase(path.isEmpty() ? Database::defaultPath() : path);
}

bool MainWindow::openDatabase(const QString& path)
{
    auto opened = Database::open(path);
    if (!opened) {
        QMessageBox::critical(this, tr("Open Database"), opened.error());
        return false;
    }
    m_seminarView->setModel(nullptr);
    m_registrationView->setModel(nullptr);
    delete m_seminars;
    delete m_registrations;
    m_database = std::move(opened).value();
    m_seminars = new SeminarListModel(*m_database, this);
    m_registrations = new RegistrationListModel(*m_database, this);
    m_seminarView->setModel(m_seminars);
    m_registrationView->setModel(m_registrations);
    connect(m_seminarView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showSeminar(m_seminars->idAt(current.row())); });
    setWindowFilePath(path);
    if (m_seminars->rowCount() > 0)
        m_seminarView->selectRow(0);
    return true;
}

void MainWindow::showSeminar(qint64 seminarId)
{
    m_registrations->setSeminar(seminarId);
}

} // namespace sd
