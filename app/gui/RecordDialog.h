#pragma once

#include <optional>

#include <QDialog>

#include "core/Result.h"
#include "core/stores/VersionConflict.h"

class QLabel;

namespace sd {

// What every record editor shares: Save checks the fields and saves; on an error the message shows
// in the form and the dialog stays open with everything the user typed. A save refused because
// someone else saved the record meanwhile shows both versions (EditConflictDialog): mine is saved
// over theirs only when the user chooses so, or the form takes theirs.
class RecordDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDialog)

public:
    void accept() override;
    // The message the form shows now; empty when there is none.
    QString errorText() const;

protected:
    explicit RecordDialog(QWidget* parent);
    // Call once the form is set up: LABEL shows messages; after a failed Save, each change
    // of a field checks the fields again. Return saves from every field, editable lists included.
    void setErrorLabel(QLabel* label);
    // The fields' first problem, empty when they are fine.
    virtual QString check() const = 0;
    virtual Status save() = 0;
    // Shows PROBLEM at once, before any Save, for a value checked as it is typed (empty: none);
    // once Save was tried, each change shows the form's first problem anyway.
    void showEarly(const QString& problem);
    // After a refused save: both versions, when the record was saved elsewhere since the form read
    // it (see VersionedRecordDialog); nothing when the refusal has another cause.
    virtual std::optional<VersionConflict> conflict() { return std::nullopt; }
    // The form's record goes to the version conflict() read, so that the next save goes over theirs.
    virtual void keepMine() { }
    // The form shows the version conflict() read.
    virtual void takeTheirs() { }

private:
    void showError(const QString& message);
    // Saves; a save refused over a version saved elsewhere is settled as the user chooses.
    Status saveOrSettle();

    QLabel* m_errorLabel = nullptr;
    bool m_triedToSave = false;
};

} // namespace sd
