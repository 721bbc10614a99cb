#include "gui/DoorPrinter.h"

#include <QPrintDialog>
#include <QPrinter>

#include "core/print/PrintQueue.h"
#include "core/settings/AppSettings.h"
#include "gui/PrintChoice.h"

namespace sd {

std::optional<PrintTarget> DoorPrinter::open(QWidget* parent)
{
    AppSettings settings;
    const QString remembered = settings.doorPrinter();
    if (!remembered.isEmpty() && PrintQueue::names().contains(remembered))
        return PrintTarget::queue(remembered);
    auto target = ask(remembered, parent);
    // A file instead of a printer (the dialog's "Print to File") is asked for each time.
    if (target && !target->isPdfFile())
        settings.setDoorPrinter(target->queueName());
    return target;
}

std::optional<PrintTarget> DoorPrinter::ask(const QString& current, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    if (!current.isEmpty())
        printer.setPrinterName(current);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("The Printer for Badges at the Door"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return PrintChoice::targetOf(printer);
}
QString DoorPrinter::describe(const QString& name)
{
    return name.isEmpty() ? tr("Not chosen yet: the first badge printed asks for it.") : name;
}

} // namespace sd
