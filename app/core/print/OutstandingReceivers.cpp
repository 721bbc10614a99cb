#include "core/print/OutstandingReceivers.h"

#include "core/csv/CsvWriter.h"

namespace sd {

namespace {

const char* const context = "OutstandingReceivers";

QString text(const OutputLanguage& language, const char* source)
{
    return language.text(context, source);
}

QString deposit(const ReceiverLoan& loan, const OutputLanguage& language)
{
    return language.text("ReceiverLoan", ReceiverLoan::depositSourceName(loan.deposit));
}

} // namespace

TablePrinter OutstandingReceivers::printer(const Seminar& seminar, const QList<LentReceiver>& receivers,
                                           const OutputLanguage& language)
{
    TableSection section;
    section.columns = {
        {text(language, QT_TRANSLATE_NOOP("OutstandingReceivers", "No.")), 11, 1, Qt::AlignRight, false},
        {text(language, QT_TRANSLATE_NOOP("OutstandingReceivers", "Name")), 0, 3, Qt::AlignLeft, false},
        {text(language, QT_TRANSLATE_NOOP("OutstandingReceivers", "Organisation")), 0, 3, Qt::AlignLeft, false},
        {text(language, QT_TRANSLATE_NOOP("OutstandingReceivers", "Receiver")), 22, 1, Qt::AlignLeft, false},
        {text(language, QT_TRANSLATE_NOOP("OutstandingReceivers", "Deposit")), 26, 1, Qt::AlignLeft, false},
        {text(language, QT_TRANSLATE_NOOP("OutstandingReceivers", "Issued")), 34, 1, Qt::AlignLeft, false},
        {text(language, QT_TRANSLATE_NOOP("OutstandingReceivers", "Returned")), 16, 1, Qt::AlignHCenter, true},
    };
    section.emptyText = text(language, QT_TRANSLATE_NOOP("OutstandingReceivers", "Every receiver is back."));
    int number = 0;
    for (const LentReceiver& lent : receivers) {
        section.rows.append({QString::number(++number), lent.holder.displayName(), lent.holder.organisation,
                             lent.loan.serial, deposit(lent.loan, language), language.dateTime(lent.loan.issuedAt),
                             QString()});
    }
    return TablePrinter(text(language, QT_TRANSLATE_NOOP("OutstandingReceivers", "Receivers not returned")),
                        {seminar.title(language.key()), language.dateAndTimes(seminar.startsAt, seminar.endsAt)},
                        {section});
}

QString OutstandingReceivers::csv(const QList<LentReceiver>& receivers, const OutputLanguage& language)
{
    const CsvWriter writer;
    QString out;
    writer.appendRecord({text(language, QT_TRANSLATE_NOOP("OutstandingReceivers", "Name")),
                         text(language, QT_TRANSLATE_NOOP("OutstandingReceivers", "Reading")),
                         text(language, QT_TRANSLATE_NOOP("OutstandingReceivers", "Organisation")),
                         text(language, QT_TRANSLATE_NOOP("OutstandingReceivers", "E-mail")),
                         text(language, QT_TRANSLATE_NOOP("OutstandingReceivers", "Phone")),
                         text(language, QT_TRANSLATE_NOOP("OutstandingReceivers", "Receiver")),
                         text(language, QT_TRANSLATE_NOOP("OutstandingReceivers", "Deposit")),
                         text(language, QT_TRANSLATE_NOOP("OutstandingReceivers", "Issued")),
                         text(language, QT_TRANSLATE_NOOP("OutstandingReceivers", "Check-in code"))},
                        out);
    for (const LentReceiver& lent : receivers) {
        writer.appendRecord({lent.holder.displayName(), lent.holder.name().displayReading(), lent.holder.organisation,
                             lent.holder.email, lent.holder.phone, lent.loan.serial, deposit(lent.loan, language),
                             lent.loan.issuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             lent.checkInCode},
                            out);
    }
    return out;
}

} // namespace sd
