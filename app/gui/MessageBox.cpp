#include "gui/MessageBox.h"

#include <utility>

#include <QAbstractButton>
#include <QDesktopServices>
#include <QFileInfo>
#include <QPushButton>
#include <QUrl>

namespace sd {

namespace {

std::optional<MessageBox::Button> s_nextAnswer;
std::optional<int> s_nextChoice;
QString s_lastText;

} // namespace

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text, Buttons buttons)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, QMessageBox::NoButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, QMessageBox::NoButton);
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                        Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

int MessageBox::choose(QWidget* parent, const QString& title, const QString& text, const QStringList& choices)
{
    s_lastText = text;
    if (s_nextChoice)
        return std::exchange(s_nextChoice, std::nullopt).value();
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QList<QAbstractButton*> buttons;
    for (const QString& choice : choices)
        buttons.append(box.addButton(choice, QMessageBox::AcceptRole));
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

void MessageBox::setNextChoice(int index)
{
    s_nextChoice = index;
}

void MessageBox::fileWritten(QWidget* parent, const QString& title, const QString& text, const QString& path)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Open | QMessageBox::Ok, parent);
    box.button(QMessageBox::Open)->setText(tr("Open &Folder"));
    box.setDefaultButton(QMessageBox::Ok);
    if (exec(box) == QMessageBox::Open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void MessageBox::setNextAnswer(Button answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                                    Buttons buttons, Button defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return exec(box);
}

MessageBox::Button MessageBox::exec(QMessageBox& box)
{
    s_lastText = box.text();
    if (s_nextAnswer) {
        const Button answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    return Button(box.exec());
}

} // namespace sd
