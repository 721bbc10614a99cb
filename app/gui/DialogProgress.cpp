#include "gui/DialogProgress.h"

#include <limits>

#include <QCoreApplication>
#include <QProgressBar>
#include <QProgressDialog>

namespace sd {

DialogProgress::DialogProgress(QWidget* parent, const QString& title)
    : m_dialog(std::make_unique<QProgressDialog>(parent))
    , m_bar(new QProgressBar(m_dialog.get()))
{
    m_dialog->setWindowTitle(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(showAfterMs);
    m_dialog->setMinimumWidth(420);
    m_dialog->setBar(m_bar);
    // The dialog's own timer would show it whenever an event loop next runs, even after the
    // operation (under its message box): it shows from report() only.
    m_dialog->reset();
    m_clock.start();
}

DialogProgress::~DialogProgress() = default;

bool DialogProgress::report(const QString& text, qint64 done, qint64 total)
{
    if (m_dialog->wasCanceled())
        return false;
    // The bar counts in int; no page or row count comes near its limit.
    constexpr qint64 most = std::numeric_limits<int>::max();
    m_dialog->setLabelText(text);
    m_bar->setRange(0, int(qMin(total, most))); // 0 to 0: a busy bar while the total is not known
    m_bar->setValue(int(qMin(done, most)));
    if (!m_dialog->isVisible() && m_clock.elapsed() >= m_dialog->minimumDuration())
        m_dialog->show();
    // Only while it shows, when it blocks the window behind it: a click elsewhere would start
    // something else in the middle of this operation.
    if (m_dialog->isVisible())
        QCoreApplication::processEvents();
    return !m_dialog->wasCanceled();
}

} // namespace sd
