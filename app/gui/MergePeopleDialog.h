#pragma once

#include <functional>
#include <memory>

#include "core/stores/PersonMerge.h"
#include "gui/RecordDialog.h"

namespace Ui {
class MergePeopleDialog;
}

namespace sd {

// Two records of one person side by side, field by field: the user picks the value each field
// keeps (the default: the one filled in, or the newer one) and sees what becomes of the
// registrations before the merge is made.
class MergePeopleDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergePeopleDialog)

public:
    using Save = std::function<Status(const PersonMerge&)>;

    MergePeopleDialog(const PersonMerge& merge, Save save, QWidget* parent = nullptr);
    ~MergePeopleDialog() override;

    // The merge with the user's choices.
    const PersonMerge& merge() const { return m_merge; }

protected:
    QString check() const override;
    Status save() override;

private:
    void addChoices();
    void describeRegistrations();

    std::unique_ptr<Ui::MergePeopleDialog> m_ui;
    PersonMerge m_merge;
    Save m_save;
};

} // namespace sd
