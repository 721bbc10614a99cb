#pragma once

#include <QPointer>

#include "gui/desk/DeskPage.h"

namespace sd {

class CheckInPanel;
class DoorModeWindow;

// The seminar day at the desk: check-in by badge or name, walk-ins, receivers (CheckInPanel).
// Add registers a walk-in, Edit (or Enter) checks in the match selected, Delete takes back its
// check-in; F11 opens the door mode on the same seminar.
class CheckInPage final : public DeskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckInPage)

public:
    CheckInPage(const Database& database, RecordEdits& edits, QWidget* parent = nullptr);

    QString title() const override;
    bool followsSeminar() const override { return true; }
    void setSeminar(qint64 seminarId) override;
    void reload() override;
    void addRecord() override;
    void editRecord() override;
    void removeRecord() override;
    bool focusSearch() override;

    CheckInPanel* panel() const { return m_panel; }
    // Full screen, large type, the same seminar; Esc comes back.
    void openDoorMode();

protected:
    void retranslate() override;
    // However the page comes to the front (a click on its tab too), the field has the keyboard: the
    // next badge must not land elsewhere.
    void showEvent(QShowEvent* event) override;

private:
    CheckInPanel* m_panel;
    QPointer<DoorModeWindow> m_door; // while the door mode is open: it follows the changes too
};

} // namespace sd
