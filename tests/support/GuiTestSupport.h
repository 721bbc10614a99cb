// Helpers for driving the desk's modal dialogs from tests on the offscreen platform.
#pragma once

#include <functional>

#include <QApplication>
#include <QDialog>
#include <QInputMethodEvent>
#include <QTest>
#include <QTimer>
#include <QWidget>

// Runs FILL on the modal dialog of type Dialog once it is open (after the current call opens it).
// When no such dialog appears, nothing is filled and the test's own checks fail.
template <typename Dialog> void whenDialogOpens(std::function<void(Dialog&)> fill)
{
    QTimer::singleShot(0, [fill] {
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget()))
            fill(*dialog);
    });
}

// The same for a dialog that opens a moment later, as one does behind a button's Alt key (the
// button clicks after a short animation): looks for it every 20 ms for up to TIMEOUT_MS. The test
// must then run the event loop (QTRY_..., QTest::qWait) for the dialog to open and be filled.
template <typename Dialog> void whenDialogAppears(std::function<void(Dialog&)> fill, int timeoutMs = 2000)
{
    auto* poll = new QTimer(QApplication::instance());
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, fill, timeoutMs, waited = 0]() mutable {
        waited += poll->interval();
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog && waited < timeoutMs)
            return;
        poll->stop();
        poll->deleteLater();
        if (dialog)
            fill(*dialog);
    });
    poll->start();
}

// The child of PARENT named NAME; tests fail on a null pointer rather than crash.
template <typename Widget> Widget* child(const QObject& parent, const char* name)
{
    return parent.findChild<Widget*>(QString::fromLatin1(name));
}

// Types TEXT into WIDGET as a user would: Latin letters as key presses, Japanese as the input
// method's committed characters, one at a time.
inline void type(QWidget* widget, const QString& text)
{
    for (const QChar character : text) {
        if (character.unicode() < 0x80) {
            QTest::keyClick(widget, character.toLatin1());
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(character));
            QApplication::sendEvent(widget, &commit);
        }
    }
}
