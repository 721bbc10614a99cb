#include "gui/desk/CheckInPage.h"

#include <QVBoxLayout>

#include "gui/DoorModeWindow.h"
#include "gui/desk/CheckInPanel.h"

namespace sd {

CheckInPage::CheckInPage(const Database& database, RecordEdits& edits, QWidget* parent)
    : DeskPage(database, edits, QStringLiteral("checkin"), parent)
    , m_panel(new CheckInPanel(database, edits, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    setFocusProxy(m_panel);
    setView(m_panel->view(), ColumnWidths::FitContents);
    restoreViewState();
    connect(m_panel, &CheckInPanel::doorModeRequested, this, &CheckInPage::openDoorMode);
}

QString CheckInPage::title() const
{
    return tr("Check-&in");
}

void CheckInPage::setSeminar(qint64 seminarId)
{
    m_panel->setSeminar(seminarId);
}

void CheckInPage::reload()
{
    m_panel->reload();
    if (m_door)
        m_door->panel()->reload();
}

void CheckInPage::addRecord()
{
    m_panel->walkIn();
}

void CheckInPage::editRecord()
{
    m_panel->checkInSelected();
}

void CheckInPage::removeRecord()
{
    m_panel->takeBackSelected();
}

bool CheckInPage::focusSearch()
{
    m_panel->setFocus();
    return true;
}

void CheckInPage::openDoorMode()
{
    DoorModeWindow door(database(), edits(), m_panel->seminarId(), this);
    m_door = &door;
    door.exec();
    m_panel->reload();
    m_panel->setFocus();
}

void CheckInPage::showEvent(QShowEvent* event)
{
    DeskPage::showEvent(event);
    m_panel->setFocus();
}

void CheckInPage::retranslate()
{
    m_panel->retranslate();
}

} // namespace sd
