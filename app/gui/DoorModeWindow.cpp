#include "gui/DoorModeWindow.h"

#include <QEvent>
#include <QTableView>

#include "core/stores/RecordEdits.h"
#include "core/stores/SeminarStore.h"
#include "gui/desk/CheckInPanel.h"

#include "ui_DoorModeWindow.h"

namespace sd {

DoorModeWindow::DoorModeWindow(const Database& database, RecordEdits& edits, qint64 seminarId, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_seminarId(seminarId)
    , m_ui(std::make_unique<Ui::DoorModeWindow>())
    , m_panel(new CheckInPanel(database, edits, this))
{
    m_ui->setupUi(this);
    m_ui->panelLayout->addWidget(m_panel);
    m_panel->setSeminar(seminarId);
    m_panel->setDoorMode();
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 2.4);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    connect(m_panel->view(), &QTableView::activated, m_panel, &CheckInPanel::checkInSelected);
    // Another window's edits, and the undo stack's, change the counts here too.
    connect(&edits, &RecordEdits::changed, m_panel, &CheckInPanel::reload);
    retranslate();
    setWindowState(Qt::WindowFullScreen);
    m_panel->setFocus();
}

DoorModeWindow::~DoorModeWindow() = default;

void DoorModeWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void DoorModeWindow::retranslate()
{
    auto seminar = SeminarStore(m_database).find(m_seminarId);
    m_ui->titleLabel->setText(seminar ? seminar->localTitle() : seminar.error());
    m_panel->retranslate();
}

} // namespace sd
