#pragma once

#include "core/Result.h"
#include "core/checkin/AttendanceSummary.h"
#include "gui/TablePrintDialog.h"

namespace sd {

class AttendanceFiguresModel;
class Database;

// After the seminar: who was registered and who came, in all, by category and by organisation, on
// screen; to print, or save as PDF, or as CSV with everyone's check-in time.
class AttendanceSummaryDialog final : public TablePrintDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceSummaryDialog)

public:
    AttendanceSummaryDialog(const Database& database, qint64 seminarId, QWidget* parent = nullptr);
    ~AttendanceSummaryDialog() override;

protected:
    Result<TablePrinter> makePrinter(const OutputLanguage& language) const override;

private:
    Result<AttendanceSummary> m_summary;
    AttendanceFiguresModel* m_figures = nullptr;
};

} // namespace sd
