// The progress of a long operation in the window: a window-modal QProgressDialog with a Cancel
// button over the window that started it, shown only when the operation takes longer than half a
// second, so that short ones never flash a dialog.
#pragma once

#include <memory>

#include <QElapsedTimer>

#include "core/Progress.h"

class QProgressBar;
class QProgressDialog;
class QWidget;

namespace sd {

class DialogProgress final : public Progress
{
public:
    // The dialog is titled TITLE and blocks PARENT's window while it shows.
    DialogProgress(QWidget* parent, const QString& title);
    ~DialogProgress() override;

    // Shows TEXT and the bar, and lets the window answer (the Cancel button) while it shows.
    bool report(const QString& text, qint64 done, qint64 total) override;

    static constexpr int showAfterMs = 500;

private:
    std::unique_ptr<QProgressDialog> m_dialog;
    QProgressBar* m_bar; // the dialog's, set here rather than through the dialog's own timing
    QElapsedTimer m_clock;
};

} // namespace sd
