#pragma once

#include <functional>
#include <memory>

#include "core/checkin/ReceiverForecast.h"
#include "core/records/ReceiverInventory.h"
#include "gui/VersionedRecordDialog.h"

namespace Ui {
class ReceiverInventoryDialog;
}

namespace sd {

// A seminar's interpretation receivers: how many, and optionally the numbers on them with the
// channel each is set to, typed in or read from a list (as `receivers inventory --serials` reads
// it), the channels their system offers and the margin of the forecast; beside them, the forecast
// of the receivers the registrations need, with what the inventory as typed lacks. Saved as one
// undoable step.
class ReceiverInventoryDialog final : public VersionedRecordDialog<ReceiverInventory>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverInventoryDialog)

public:
    using Save = std::function<Status(const ReceiverInventory& inventory)>;

    // FORECAST compares an inventory with the seminar's registrations; without it, no forecast is shown.
    ReceiverInventoryDialog(const ReceiverInventory& inventory, Save save, ReceiverForecast::ForInventory forecast = {},
                            QWidget* parent = nullptr);
    ~ReceiverInventoryDialog() override;

    ReceiverInventory inventory() const;
    // Puts the receivers of the list file PATH in the table (what "Read a List" does after asking).
    Status readList(const QString& path);

protected:
    QString check() const override;
    Status save() override;
    ReceiverInventory formRecord() const override;
    void takeVersionsOf(const ReceiverInventory& theirs) override;
    void showTheirs(const ReceiverInventory& theirs) override;

private:
    enum Column { NumberColumn, ChannelColumn };

    void setInventory(const ReceiverInventory& inventory);
    int addReceiver(const Receiver& receiver);
    void askAndReadList();
    void showForecast();

    std::unique_ptr<Ui::ReceiverInventoryDialog> m_ui;
    Save m_save;
    ReceiverForecast::ForInventory m_forecast;
    qint64 m_version = 0; // of the inventory the form shows
};

} // namespace sd
