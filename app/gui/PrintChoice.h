// Where the user sends a print run, asked with the system's print dialog, and what came of it.
// When no printer is set up it says so and offers to save a PDF file instead; when the chosen
// printer does not offer the pages' paper it says which and offers the nearest, warning that
// labels will not line up. core's PrintQueue knows all this; here it is only asked and shown.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include "core/Result.h"
#include "core/print/PrintTarget.h"

class QPrinter;
class QWidget;

namespace sd {

class PrintChoice
{
    Q_DECLARE_TR_FUNCTIONS(PrintChoice)

public:
    // Asks where to print pages laid out as LAYOUT, starting from the printer PREFERRED (the
    // default one when empty); PDF_NAME is the file name offered when there is no printer. None
    // when the user cancels. TITLE heads the messages.
    static std::optional<PrintTarget> ask(QWidget* parent, const QString& title, const QPageLayout& layout,
                                          const QString& preferred, const QString& pdfName);
    // Where PRINTER prints after the print dialog: its file ("Print to File"), or its queue with
    // the copies, collation, sides and pages chosen.
    static PrintTarget targetOf(const QPrinter& printer);
    // TARGET when its queue offers paper of PAGE_MM; otherwise the user is told which size is
    // missing and asked whether to print on the nearest one (then TARGET allows it) or not (none).
    static std::optional<PrintTarget> withPaper(QWidget* parent, const QString& title, const PrintTarget& target,
                                                const QSizeF& pageMm);
    // Tells the user what came of a print run: its error (unless the user cancelled it), or that
    // its job waits in a paused queue. Gives whether it succeeded.
    static bool tell(QWidget* parent, const QString& title, const Result<std::optional<PrintedJob>>& sent);
};

} // namespace sd
