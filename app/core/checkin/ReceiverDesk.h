// The interpretation receivers of one seminar at the door: its inventory, issuing one against a
// deposit, taking it back by badge code, name or receiver number, and who still has one at the
// close. Each issue and return is a step on the desk's undo stack and a line in the check-in log;
// like a check-in, it is one write transaction, so two desks never lend one receiver twice.
#pragma once

#include <QCoreApplication>
#include <QList>

#include "core/Result.h"
#include "core/checkin/CheckInDesk.h"
#include "core/checkin/Desk.h"
#include "core/records/ReceiverCounts.h"
#include "core/records/ReceiverInventory.h"
#include "core/records/ReceiverLoan.h"
#include "core/stores/ReceiverLoanStore.h"

namespace sd {

class Database;
class RecordEdits;

class ReceiverDesk
{
    Q_DECLARE_TR_FUNCTIONS(ReceiverDesk)

public:
    ReceiverDesk(const Database& database, RecordEdits& edits, qint64 seminarId, Desk desk,
                 CheckInDesk::Now now = &CheckInDesk::currentTime);

    const Database& database() const { return m_database; }
    qint64 seminarId() const { return m_seminarId; }

    Result<ReceiverInventory> inventory() const;
    // Sets how many receivers the seminar has and which of them carry numbers (an undoable step).
    // COUNT is at least the numbered ones, and no fewer than are out now.
    Status setInventory(const ReceiverInventory& inventory);
    // The numbered receivers of a text file: one a line, its number and optionally its channel
    // after a comma, tab or space ("R-001,1"); empty lines and lines starting with # are skipped.
    static Result<QList<Receiver>> readReceiverList(const QString& path);

    Result<ReceiverCounts> counts() const;

    // Lends a receiver (numbered SERIAL, or one without a number when SERIAL is empty) to the person
    // expected with the check-in code TYPED, or with the registration REGISTRATION_ID.
    Result<LentReceiver> issueByCode(const QString& typed, const QString& serial, ReceiverLoan::Deposit deposit);
    Result<LentReceiver> issue(qint64 registrationId, const QString& serial, ReceiverLoan::Deposit deposit);

    // Takes back the receiver of the person with the check-in code TYPED, the receiver numbered
    // SERIAL, or the receiver of the person ATTENDEE_ID; gives the loan as it closed (and so the
    // deposit to hand back).
    Result<LentReceiver> takeBackByCode(const QString& typed);
    Result<LentReceiver> takeBackBySerial(const QString& serial);
    Result<LentReceiver> takeBackFrom(qint64 attendeeId);
    // The holders of receivers whose name matches TYPED (as a check-in's name search), to take one back.
    Result<QList<LentReceiver>> holdersMatching(const QString& typed) const;

    // The receivers not yet returned, with their holders, in gojuon order.
    Result<QList<LentReceiver>> outstanding() const;

private:
    Result<Registration> registrationByCode(const QString& typed) const;
    Result<LentReceiver> takeBack(const std::function<Result<std::optional<ReceiverLoan>>()>& findLoan,
                                  const QString& notOut);

    const Database& m_database;
    RecordEdits& m_edits;
    qint64 m_seminarId;
    Desk m_desk;
    CheckInDesk::Now m_now;
};

} // namespace sd
