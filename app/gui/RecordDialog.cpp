#include "gui/RecordDialog.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>

#include "gui/EditConflictDialog.h"

namespace sd {

RecordDialog::RecordDialog(QWidget* parent)
    : QDialog(parent)
{
}

void RecordDialog::setErrorLabel(QLabel* label)
{
    m_errorLabel = label;
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x10, 0x10));
    label->setPalette(palette);
    label->setWordWrap(true);
    label->hide();
    const auto recheck = [this] {
        if (m_triedToSave)
            showError(check());
    };
    for (auto* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textChanged, this, recheck);
    for (auto* edit : findChildren<QPlainTextEdit*>())
        connect(edit, &QPlainTextEdit::textChanged, this, recheck);
    for (auto* box : findChildren<QComboBox*>()) {
        connect(box, &QComboBox::currentIndexChanged, this, recheck);
        // An editable list keeps Return for itself; in a form it saves, as in a line edit.
        if (box->lineEdit())
            connect(box->lineEdit(), &QLineEdit::returnPressed, this, &RecordDialog::accept);
    }
    for (auto* spin : findChildren<QSpinBox*>())
        connect(spin, &QSpinBox::valueChanged, this, recheck);
    for (auto* edit : findChildren<QDateTimeEdit*>())
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, recheck);
    for (auto* check : findChildren<QCheckBox*>())
        connect(check, &QCheckBox::toggled, this, recheck);
    for (auto* choice : findChildren<QRadioButton*>())
        connect(choice, &QRadioButton::toggled, this, recheck);
    // Tables of rows typed into (shifts, programme items): a row removed, added, moved or changed.
    for (auto* view : findChildren<QAbstractItemView*>()) {
        if (QAbstractItemModel* model = view->model()) {
            connect(model, &QAbstractItemModel::rowsRemoved, this, recheck);
            connect(model, &QAbstractItemModel::rowsInserted, this, recheck);
            connect(model, &QAbstractItemModel::rowsMoved, this, recheck);
            connect(model, &QAbstractItemModel::dataChanged, this, recheck);
        }
    }
}

QString RecordDialog::errorText() const
{
    return m_errorLabel && !m_errorLabel->isHidden() ? m_errorLabel->text() : QString();
}

void RecordDialog::showError(const QString& message)
{
    if (!m_errorLabel)
        return;
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void RecordDialog::showEarly(const QString& problem)
{
    if (!m_triedToSave)
        showError(problem);
}

void RecordDialog::accept()
{
    m_triedToSave = true;
    QString problem = check();
    if (problem.isEmpty()) {
        if (Status saved = saveOrSettle(); !saved)
            problem = saved.error();
    }
    showError(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

Status RecordDialog::saveOrSettle()
{
    Status saved = save();
    // Keep Mine saves again at their version, which a third desk may have moved meanwhile.
    while (!saved) {
        const std::optional<VersionConflict> found = conflict();
        if (!found)
            return saved;
        EditConflictDialog dialog(*found, windowTitle(), this);
        switch (dialog.exec()) {
        case EditConflictDialog::KeepMine:
            keepMine();
            saved = save();
            break;
        case EditConflictDialog::TakeTheirs:
            takeTheirs();
            return fail(tr("The form shows their version now; nothing of yours was saved."));
        default:
            return saved;
        }
    }
    return saved;
}

} // namespace sd
