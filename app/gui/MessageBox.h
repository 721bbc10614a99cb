// Every message box of the desk goes through here, so that tests can answer in advance.
#pragma once

#include <optional>

#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace sd {

class MessageBox
{
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

    // Tests: the next box is not shown and gives ANSWER at once; its text is kept for lastText().
    static void setNextAnswer(Button answer);
    // Tests: the next choose() is not shown and gives INDEX at once.
    static void setNextChoice(int index);
    static QString lastText();

private:
    static Button show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                       Buttons buttons, Button defaultButton);
};

} // namespace sd
