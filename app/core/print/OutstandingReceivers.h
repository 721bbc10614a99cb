// The receivers not returned at the close, with who holds them and the deposit held: printed
// (TablePrinter) and as CSV.
#pragma once

#include <QList>
#include <QString>

#include "core/print/OutputLanguage.h"
#include "core/print/TablePrinter.h"
#include "core/records/Seminar.h"
#include "core/stores/ReceiverLoanStore.h"

namespace sd {

class OutstandingReceivers
{
public:
    static TablePrinter printer(const Seminar& seminar, const QList<LentReceiver>& receivers,
                                const OutputLanguage& language);
    // RFC 4180, CRLF, formula-guarded; headers and values in LANGUAGE.
    static QString csv(const QList<LentReceiver>& receivers, const OutputLanguage& language);
};

} // namespace sd
