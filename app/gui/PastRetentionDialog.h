#pragma once

#include <functional>
#include <memory>

#include <QDialog>
#include <QList>

#include "core/Result.h"
#include "core/stores/PersonalDataErasure.h"

namespace Ui {
class PastRetentionDialog;
}

namespace sd {

class PastRetentionListModel;

// The people past the retention period, listed by core as `seminar-desk erase --dry-run` lists
// them, and their erasure after one confirmation that says what an erasure promises.
class PastRetentionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PastRetentionDialog)

public:
    // Erases the people given, past the erasure's period (through RecordEdits, for Undo).
    using Erase = std::function<Result<PersonalDataErasure::Outcome>(const PersonalDataErasure&, const QList<qint64>&)>;

    PastRetentionDialog(const PersonalDataErasure& erasure, Erase erase, QWidget* parent = nullptr);
    ~PastRetentionDialog() override;

    // What the erasure did, once the dialog was accepted.
    const PersonalDataErasure::Outcome& outcome() const { return m_outcome; }
    // Erases everyone listed once the user confirms; the dialog closes when they are erased.
    void accept() override;

private:
    void describe();
    QString confirmation(int people) const;

    std::unique_ptr<Ui::PastRetentionDialog> m_ui;
    PastRetentionListModel* m_people = nullptr;
    Erase m_erase;
    PersonalDataErasure::Outcome m_outcome;
};

} // namespace sd
