#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include "core/Result.h"
#include "core/records/Attendee.h"
#include "core/records/ReceiverCounts.h"
#include "core/records/ReceiverLoan.h"

namespace sd {

class Database;

// A receiver lent and the person who holds it: what the list of receivers not returned shows.
struct LentReceiver
{
    ReceiverLoan loan;
    Attendee holder;
    QString checkInCode; // of the holder's registration, if they still have one
};

// The receivers issued per seminar: to whom, against what, and when they came back.
class ReceiverLoanStore
{
    Q_DECLARE_TR_FUNCTIONS(ReceiverLoanStore)

public:
    explicit ReceiverLoanStore(const Database& database);

    // Refused when the person holds a receiver already, or the numbered one is out.
    Result<qint64> insert(const ReceiverLoan& loan);
    Status restore(const ReceiverLoan& loan);
    Status remove(qint64 id);
    // Sets the return time of a loan still out; false when it had come back already.
    Result<bool> markReturned(qint64 id, const QDateTime& at);
    // Takes the return back: the loan is out again.
    Status markOut(qint64 id);

    Result<std::optional<ReceiverLoan>> outstandingFor(qint64 seminarId, qint64 attendeeId) const;
    Result<std::optional<ReceiverLoan>> outstandingBySerial(qint64 seminarId, const QString& serial) const;
    Result<QList<ReceiverLoan>> forSeminar(qint64 seminarId) const;
    Result<QList<ReceiverLoan>> forAttendee(qint64 attendeeId) const;
    // Issued and returned (the inventory is the ReceiverInventoryStore's).
    Result<ReceiverCounts> counts(qint64 seminarId) const;
    // The receivers out per category of their holders (Attendee category keys).
    Result<QHash<QString, int>> outstandingByCategory(qint64 seminarId) const;
    // The receivers still out, with their holders, in gojuon order of the holders' readings.
    Result<QList<LentReceiver>> outstanding(qint64 seminarId) const;

private:
    const Database& m_database;
};

} // namespace sd
