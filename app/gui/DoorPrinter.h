#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "core/print/PrintTarget.h"

class QWidget;

namespace sd {

// The printer of the badges printed at the door: chosen once with the print dialog and remembered
// (AppSettings::doorPrinter), so that a walk-in's badge comes out without a question.
class DoorPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DoorPrinter)

public:
    // The remembered printer while it is still there; otherwise the print dialog asks, and the
    // printer chosen is remembered. None when the user cancels.
    static std::optional<PrintTarget> open(QWidget* parent);
    // Asks with the print dialog, starting from the printer named CURRENT; none when cancelled.
    static std::optional<PrintTarget> ask(const QString& current, QWidget* parent);
    // The remembered printer's name, or what to show when there is none.
    static QString describe(const QString& name);
};

} // namespace sd
