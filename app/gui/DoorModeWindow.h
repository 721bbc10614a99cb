#pragma once

#include <memory>

#include <QDialog>

namespace Ui {
class DoorModeWindow;
}

namespace sd {

class CheckInPanel;
class Database;
class RecordEdits;

// The check-in desk for a laptop at the entrance: full screen, large type, the seminar's title,
// one field. Its check-ins are steps on the desk's own undo stack (Ctrl+Z here too); Esc leaves.
class DoorModeWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoorModeWindow)

public:
    DoorModeWindow(const Database& database, RecordEdits& edits, qint64 seminarId, QWidget* parent = nullptr);
    ~DoorModeWindow() override;

    CheckInPanel* panel() const { return m_panel; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const Database& m_database;
    qint64 m_seminarId;
    std::unique_ptr<Ui::DoorModeWindow> m_ui;
    CheckInPanel* m_panel;
};

} // namespace sd
