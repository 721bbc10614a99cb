#pragma once

#include <memory>

#include <QDialog>

#include "core/stores/VersionConflict.h"

namespace Ui {
class EditConflictDialog;
}

namespace sd {

// Shown when a save is refused because someone else saved the record since the form read it:
// both versions side by side, field by field, the fields that differ marked, and the choice
// between keeping mine (saved over theirs, deliberately), taking theirs, or going back to the form.
class EditConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditConflictDialog)

public:
    // What exec() returns.
    enum Choice { BackToEditing = 0, KeepMine, TakeTheirs };

    EditConflictDialog(const VersionConflict& conflict, const QString& recordName, QWidget* parent);
    ~EditConflictDialog() override;

private:
    void fill(const VersionConflict& conflict);
    void showDifferencesOnly(bool only);

    std::unique_ptr<Ui::EditConflictDialog> m_ui;
};

} // namespace sd
