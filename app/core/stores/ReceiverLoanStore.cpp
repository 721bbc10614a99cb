#include "core/stores/ReceiverLoanStore.h"

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"
#include "core/data/StoredTime.h"
#include "core/stores/AttendeeStore.h"

namespace sd {

namespace {

const QString columns = QStringLiteral("receiver_loan.id, receiver_loan.seminar_id, receiver_loan.attendee_id, "
                                       "receiver_loan.serial, receiver_loan.deposit, receiver_loan.issued_at, "
                                       "receiver_loan.returned_at");
constexpr int columnCount = 7;

QVariantList valuesOf(const ReceiverLoan& loan)
{
    return {loan.seminarId,
            loan.attendeeId,
            loan.serial,
            ReceiverLoan::depositKey(loan.deposit),
            storedInstant(loan.issuedAt),
            storedInstant(loan.returnedAt)};
}

ReceiverLoan readLoan(const SqlStatement& row)
{
    ReceiverLoan loan;
    loan.id = row.value(0).toLongLong();
    loan.seminarId = row.value(1).toLongLong();
    loan.attendeeId = row.value(2).toLongLong();
    loan.serial = row.value(3).toString();
    loan.deposit = ReceiverLoan::depositFromKey(row.value(4).toString()).value_or(ReceiverLoan::Deposit::None);
    loan.issuedAt = timeFromStored(row.value(5));
    loan.returnedAt = timeFromStored(row.value(6));
    return loan;
}

std::optional<ReceiverLoan> first(const QList<ReceiverLoan>& loans)
{
    return loans.isEmpty() ? std::nullopt : std::optional<ReceiverLoan>(loans.constFirst());
}

} // namespace

ReceiverLoanStore::ReceiverLoanStore(const Database& database)
    : m_database(database)
{
}

Result<qint64> ReceiverLoanStore::insert(const ReceiverLoan& loan)
{
    SqlStatement statement(m_database,
                           QStringLiteral("INSERT INTO receiver_loan (seminar_id, attendee_id, serial, deposit, "
                                          "issued_at, returned_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (Status ran = statement.exec(valuesOf(loan)); !ran) {
        if (statement.failedOn(SqlDialect::Constraint::Unique, QStringLiteral("receiver_loan"),
                               {QStringLiteral("seminar_id"), QStringLiteral("attendee_id")}))
            return fail(tr("This person has a receiver already."));
        if (statement.failedOn(SqlDialect::Constraint::Unique, QStringLiteral("receiver_loan"),
                               {QStringLiteral("seminar_id"), QStringLiteral("serial")}))
            return fail(tr("The receiver “%1” is out already: take it back first.").arg(loan.serial));
        return fail(tr("Could not record the receiver: %1").arg(ran.error()));
    }
    return statement.lastInsertId();
}

Status ReceiverLoanStore::restore(const ReceiverLoan& loan)
{
    QVariantList values {loan.id};
    values.append(valuesOf(loan));
    auto id = insertRow(m_database,
                        QStringLiteral("INSERT INTO receiver_loan (id, seminar_id, attendee_id, serial, deposit, "
                                       "issued_at, returned_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        values);
    if (!id)
        return fail(tr("Could not restore the receiver: %1").arg(id.error()));
    return {};
}

Status ReceiverLoanStore::remove(qint64 id)
{
    return changeOneRow(m_database, QStringLiteral("DELETE FROM receiver_loan WHERE id = ?"), {id},
                        tr("The receiver's record no longer exists."));
}

Result<bool> ReceiverLoanStore::markReturned(qint64 id, const QDateTime& at)
{
    SqlStatement statement(m_database,
                           QStringLiteral("UPDATE receiver_loan SET returned_at = ? "
                                          "WHERE id = ? AND returned_at IS NULL"));
    if (Status ran = statement.exec({storedInstant(at), id}); !ran)
        return fail(tr("Could not record the receiver: %1").arg(ran.error()));
    return statement.rowsAffected() == 1;
}

Status ReceiverLoanStore::markOut(qint64 id)
{
    SqlStatement statement(m_database, QStringLiteral("UPDATE receiver_loan SET returned_at = NULL WHERE id = ?"));
    if (Status ran = statement.exec({id}); !ran) {
        if (statement.failedOn(SqlDialect::Constraint::Unique))
            return fail(tr("The receiver has been lent again since it came back."));
        return fail(tr("Could not record the receiver: %1").arg(ran.error()));
    }
    if (statement.rowsAffected() == 0)
        return fail(tr("The receiver's record no longer exists."));
    return {};
}

Result<std::optional<ReceiverLoan>> ReceiverLoanStore::outstandingFor(qint64 seminarId, qint64 attendeeId) const
{
    auto loans = selectRows<ReceiverLoan>(m_database,
                                          QStringLiteral("SELECT %1 FROM receiver_loan WHERE seminar_id = ? AND "
                                                         "attendee_id = ? AND returned_at IS NULL")
                                              .arg(columns),
                                          {seminarId, attendeeId}, readLoan);
    if (!loans)
        return fail(loans.error());
    return first(*loans);
}

Result<std::optional<ReceiverLoan>> ReceiverLoanStore::outstandingBySerial(qint64 seminarId,
                                                                           const QString& serial) const
{
    auto loans = selectRows<ReceiverLoan>(
        m_database,
        QStringLiteral("SELECT %1 FROM receiver_loan WHERE seminar_id = ? AND serial = ? AND returned_at IS NULL")
            .arg(columns),
        {seminarId, serial}, readLoan);
    if (!loans)
        return fail(loans.error());
    return first(*loans);
}

Result<QList<ReceiverLoan>> ReceiverLoanStore::forSeminar(qint64 seminarId) const
{
    return selectRows<ReceiverLoan>(
        m_database, QStringLiteral("SELECT %1 FROM receiver_loan WHERE seminar_id = ? ORDER BY id").arg(columns),
        {seminarId}, readLoan);
}

Result<QList<ReceiverLoan>> ReceiverLoanStore::forAttendee(qint64 attendeeId) const
{
    return selectRows<ReceiverLoan>(
        m_database, QStringLiteral("SELECT %1 FROM receiver_loan WHERE attendee_id = ? ORDER BY id").arg(columns),
        {attendeeId}, readLoan);
}

Result<ReceiverCounts> ReceiverLoanStore::counts(qint64 seminarId) const
{
    return selectOneRow<ReceiverCounts>(
        m_database, QStringLiteral("SELECT count(*), count(returned_at) FROM receiver_loan WHERE seminar_id = ?"),
        {seminarId},
        [](const SqlStatement& row) {
            ReceiverCounts counts;
            counts.issued = row.value(0).toInt();
            counts.returned = row.value(1).toInt();
            return counts;
        },
        QString());
}

Result<QHash<QString, int>> ReceiverLoanStore::outstandingByCategory(qint64 seminarId) const
{
    auto rows = selectRows<std::pair<QString, int>>(
        m_database,
        QStringLiteral("SELECT attendee.category, count(*) FROM receiver_loan "
                       "JOIN attendee ON attendee.id = receiver_loan.attendee_id "
                       "WHERE receiver_loan.seminar_id = ? AND receiver_loan.returned_at IS NULL "
                       "GROUP BY attendee.category"),
        {seminarId}, [](const SqlStatement& row) { return std::pair(row.value(0).toString(), row.value(1).toInt()); });
    if (!rows)
        return fail(rows.error());
    QHash<QString, int> counts;
    for (const auto& [category, count] : *rows)
        counts.insert(category, count);
    return counts;
}

Result<QList<LentReceiver>> ReceiverLoanStore::outstanding(qint64 seminarId) const
{
    return selectRows<LentReceiver>(
        m_database,
        QStringLiteral("SELECT %1, %2, registration.checkin_code FROM receiver_loan "
                       "JOIN attendee ON attendee.id = receiver_loan.attendee_id "
                       "LEFT JOIN registration ON registration.attendee_id = receiver_loan.attendee_id "
                       "AND registration.seminar_id = receiver_loan.seminar_id "
                       "WHERE receiver_loan.seminar_id = ? AND receiver_loan.returned_at IS NULL "
                       "ORDER BY attendee.sort_key, attendee.id")
            .arg(columns, AttendeeStore::columnList()),
        {seminarId}, [](const SqlStatement& row) {
            const int codeColumn = columnCount + AttendeeStore::columnList().count(QLatin1Char(',')) + 1;
            return LentReceiver {readLoan(row), AttendeeStore::read(row, columnCount),
                                 row.value(codeColumn).toString()};
        });
}

} // namespace sd
