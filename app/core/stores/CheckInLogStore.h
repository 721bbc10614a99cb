#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>

#include "core/Result.h"
#include "core/records/CheckInLogEntry.h"

namespace sd {

class Database;

// The check-in log: lines are added, never changed, except that erasing a person unnames theirs.
class CheckInLogStore
{
    Q_DECLARE_TR_FUNCTIONS(CheckInLogStore)

public:
    explicit CheckInLogStore(const Database& database);

    Result<qint64> insert(const CheckInLogEntry& entry);
    // Puts a line back with its id (undoing the deletion of its seminar).
    Status restore(const CheckInLogEntry& entry);
    // A seminar's lines in the order they were written.
    Result<QList<CheckInLogEntry>> forSeminar(qint64 seminarId) const;
    // The ids of a person's lines at every seminar (kept when they are erased, to name them again
    // when the erasure is undone), and naming them again.
    Result<QList<qint64>> idsOfAttendee(qint64 attendeeId) const;
    Status nameAttendee(const QList<qint64>& ids, qint64 attendeeId);
    // The person's last check-in or walk-in at the seminar: when and at which desk they came.
    Result<std::optional<CheckInLogEntry>> lastArrival(qint64 seminarId, qint64 attendeeId) const;

private:
    const Database& m_database;
};

} // namespace sd
