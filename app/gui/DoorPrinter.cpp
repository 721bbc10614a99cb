#include "gui/DoorPrinter.h"

#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>

#include "core/settings/AppSettings.h"

namespace sd {

std::unique_ptr<QPrinter> DoorPrinter::open(QWidget* parent)
{
    AppSettings settings;
    const QString remembered = settings.doorPrinter();
    if (!remembered.isEmpty() && QPrinterInfo::availablePrinterNames().contains(remembered)) {
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setPrinterName(remembered);
        return printer;
    }
    auto printer = ask(remembered, parent);
    // A file instead of a printer (the dialog's "Print to File") is asked for each time.
    if (printer && !printer->printerName().isEmpty())
        settings.setDoorPrinter(printer->printerName());
    return printer;
}

std::unique_ptr<QPrinter> DoorPrinter::ask(const QString& current, QWidget* parent)
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    if (!current.isEmpty())
        printer->setPrinterName(current);
    QPrintDialog dialog(printer.get(), parent);
    dialog.setWindowTitle(tr("The Printer for Badges at the Door"));
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return printer;
}

QString DoorPrinter::describe(const QString& name)
{
    return name.isEmpty() ? tr("Not chosen yet: the first badge printed asks for it.") : name;
}

} // namespace sd
