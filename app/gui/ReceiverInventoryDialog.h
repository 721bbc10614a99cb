#pragma once

#include <functional>
#include <memory>

#include "core/records/ReceiverInventory.h"
#include "gui/RecordDialog.h"

namespace Ui {
class ReceiverInventoryDialog;
}

namespace sd {

// A seminar's interpretation receivers: how many, and optionally the numbers on them with the
// channel each is set to, typed in or read from a list (as `receivers inventory --serials` reads
// it). Saved as one undoable step.
class ReceiverInventoryDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverInventoryDialog)

public:
    using Save = std::function<Status(const ReceiverInventory& inventory)>;

    ReceiverInventoryDialog(const ReceiverInventory& inventory, Save save, QWidget* parent = nullptr);
    ~ReceiverInventoryDialog() override;

    ReceiverInventory inventory() const;
    // Puts the receivers of the list file PATH in the table (what "Read a List" does after asking).
    Status readList(const QString& path);

protected:
    QString check() const override;
    Status save() override;

private:
    enum Column { NumberColumn, ChannelColumn };

    int addReceiver(const Receiver& receiver);
    void askAndReadList();

    std::unique_ptr<Ui::ReceiverInventoryDialog> m_ui;
    Save m_save;
};

} // namespace sd
