#include "gui/OutstandingReceiversDialog.h"

#include "core/print/OutstandingReceivers.h"
#include "core/stores/SeminarStore.h"

namespace sd {

OutstandingReceiversDialog::OutstandingReceiversDialog(const Database& database, qint64 seminarId, QWidget* parent)
    : TablePrintDialog(tr("receivers-not-returned"), parent)
    , m_seminar(SeminarStore(database).find(seminarId))
    , m_receivers(ReceiverLoanStore(database).outstanding(seminarId))
{
    setWindowTitle(tr("Receivers Not Returned"));
    offerCsv(
        [this](const OutputLanguage& language) -> Result<QString> {
            if (!m_receivers)
                return fail(m_receivers.error());
            return OutstandingReceivers::csv(*m_receivers, language);
        },
        tr("Who holds each receiver, with their e-mail and phone, to ask for it back."));
    if (m_seminar && m_receivers)
        setSummary(tr("%n receiver(s) not returned.", nullptr, int(m_receivers->size())));
    refresh();
}

OutstandingReceiversDialog::~OutstandingReceiversDialog() = default;

Result<TablePrinter> OutstandingReceiversDialog::makePrinter(const OutputLanguage& language) const
{
    if (!m_seminar)
        return fail(m_seminar.error());
    if (!m_receivers)
        return fail(m_receivers.error());
    return OutstandingReceivers::printer(*m_seminar, *m_receivers, language);
}

} // namespace sd
