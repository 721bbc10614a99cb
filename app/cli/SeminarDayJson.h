#pragma once

#include "cli/JsonRecord.h"
#include "core/checkin/AttendanceSummary.h"
#include "core/checkin/CheckInAnswer.h"
#include "core/checkin/ReceiverForecast.h"
#include "core/records/ArrivalCounts.h"
#include "core/records/ReceiverCounts.h"
#include "core/records/ReceiverInventory.h"
#include "core/stores/ReceiverLoanStore.h"
#include "core/stores/RegistrationStore.h"

namespace sd {

// The JSON that the seminar day's commands (checkin, receivers, attendance) print. The field
// names are documented in the README and stay stable: scripts depend on them.
class SeminarDayJson
{
public:
    static JsonRecord answer(const CheckInAnswer& answer);
    // One of several people a typed name matches.
    static JsonRecord match(const RegisteredAttendee& row);
    static JsonRecord counts(const ArrivalCounts& counts);
    static JsonRecord lentReceiver(const LentReceiver& lent);
    static JsonRecord receivers(const ReceiverInventory& inventory, const ReceiverCounts& counts,
                                const ReceiverForecast& forecast);
    static JsonRecord forecast(const ReceiverForecast& forecast);
    static JsonRecord attendance(const AttendanceSummary& summary);
};

} // namespace sd
