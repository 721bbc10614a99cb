#pragma once

#include <memory>

#include "core/print/LabelSheetCatalog.h"
#include "core/print/SheetInPrinter.h"
#include "gui/RecordDialog.h"

namespace Ui {
class DoorBadgeDialog;
}

namespace sd {

class AppSettings;

// How this desk prints the badges of people registered at the door: at once on a card or on the
// next free label of the sheet in the printer, or queued; which sheet is in the printer and whether
// a fresh one was just put in; and the printer, chosen once.
class DoorBadgeDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoorBadgeDialog)

public:
    explicit DoorBadgeDialog(AppSettings& settings, QWidget* parent = nullptr);
    ~DoorBadgeDialog() override;

protected:
    QString check() const override;
    Status save() override;

private:
    QString chosenSheet() const;
    void showSheet();
    void choosePrinter();

    std::unique_ptr<Ui::DoorBadgeDialog> m_ui;
    AppSettings& m_settings;
    SheetInPrinter m_sheet;
    LabelSheetCatalog m_catalog;
    QString m_printer;
};

} // namespace sd
