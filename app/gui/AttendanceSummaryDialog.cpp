#include "gui/AttendanceSummaryDialog.h"

#include <QHeaderView>
#include <QTreeView>

#include "core/models/AttendanceFiguresModel.h"

namespace sd {

AttendanceSummaryDialog::AttendanceSummaryDialog(const Database& database, qint64 seminarId, QWidget* parent)
    : TablePrintDialog(tr("attendance"), parent)
    , m_summary(AttendanceSummary::load(database, seminarId))
    , m_figures(new AttendanceFiguresModel(this))
{
    setWindowTitle(tr("Attendance Summary"));
    auto* view = new QTreeView(this);
    view->setObjectName(QStringLiteral("figuresView"));
    view->setModel(m_figures);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setMinimumWidth(600);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->header()->setSectionResizeMode(AttendanceFiguresModel::LabelColumn, QHeaderView::Stretch);
    setDetails(view);
    if (m_summary)
        m_figures->setSummary(*m_summary);
    view->expandAll();

    offerCsv([&database, seminarId](
                 const OutputLanguage& language) { return AttendanceSummary::csv(database, seminarId, language); },
             tr("Everyone expected, whether they came and when they checked in."));
    resize(1240, 720);
    refresh();
    view->setFocus();
}

AttendanceSummaryDialog::~AttendanceSummaryDialog() = default;

Result<TablePrinter> AttendanceSummaryDialog::makePrinter(const OutputLanguage& language) const
{
    if (!m_summary)
        return fail(m_summary.error());
    return m_summary->printer(language);
}

} // namespace sd
