#pragma once

#include <QList>

#include "core/Result.h"
#include "core/records/Seminar.h"
#include "core/stores/ReceiverLoanStore.h"
#include "gui/TablePrintDialog.h"

namespace sd {

class Database;

// At the close: the interpretation receivers not returned, who holds each and the deposit kept;
// to print, or save as PDF or CSV.
class OutstandingReceiversDialog final : public TablePrintDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutstandingReceiversDialog)

public:
    OutstandingReceiversDialog(const Database& database, qint64 seminarId, QWidget* parent = nullptr);
    ~OutstandingReceiversDialog() override;

protected:
    Result<TablePrinter> makePrinter(const OutputLanguage& language) const override;

private:
    Result<Seminar> m_seminar;
    Result<QList<LentReceiver>> m_receivers;
};

} // namespace sd
