// Every message box of the desk goes through here, so that tests can answer in advance.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace sd {

class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          Buttons buttons = QMessageBox::Ok);
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::No);
    static Button information(QWidget* parent, const QString& title, const QString& text);
    // A question answered by one of CHOICES (a button each, beside Cancel): the index of the one
    // chosen, or -1 for Cancel.
    static int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& choices);
    // Says that a file was written (TEXT names it) and offers to open the folder that holds PATH
    // in the desktop's file manager.
    static void fileWritten(QWidget* parent, const QString& title, const QString& text, const QString& path);

    // Tests: the next box is not shown and gives ANSWER at once; its text is kept for lastText().
    static void setNextAnswer(Button answer);
    // Tests: the next choose() is not shown and gives INDEX at once.
    static void setNextChoice(int index);
    static QString lastText();

private:
    static Button show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                       Buttons buttons, Button defaultButton);
    // Shows BOX, or gives at once the answer a test set in advance.
    static Button exec(QMessageBox& box);
};

} // namespace sd
