#pragma once

#include "core/Result.h"
#include "core/print/ReceptionList.h"
#include "gui/TablePrintDialog.h"

class QSpinBox;

namespace sd {

class Database;

// The reception list (受付名簿) of a seminar to print or save as PDF: split at kana-row boundaries
// for the number of reception desks chosen, in Japanese or English.
class ReceptionListDialog final : public TablePrintDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceptionListDialog)

public:
    ReceptionListDialog(const Database& database, qint64 seminarId, QWidget* parent = nullptr);
    ~ReceptionListDialog() override;

    int desks() const;
    void setDesks(int desks);

protected:
    Result<TablePrinter> makePrinter(const OutputLanguage& language) const override;

private:
    void updateSummary();

    Result<ReceptionList> m_list;
    QSpinBox* m_desksSpin = nullptr;
};

} // namespace sd
