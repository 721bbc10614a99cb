#pragma once

#include "cli/JsonRecord.h"
#include "core/records/ProgrammeItem.h"
#include "core/records/Seminar.h"
#include "core/records/StaffedBooth.h"
#include "core/records/Venue.h"
#include "core/rota/RotaCheck.h"
#include "core/stores/ContactStore.h"
#include "core/stores/RegistrationStore.h"

namespace sd {

// The JSON form of each record that `seminar-desk list --format json` prints. The field names are
// documented in the README and stay stable: scripts depend on them.
class RecordJson
{
public:
    static JsonRecord seminar(const Seminar& seminar, const QString& venueName, const QList<ProgrammeItem>& programme);
    static JsonRecord attendee(const Attendee& attendee);
    static JsonRecord registration(const RegisteredAttendee& row);
    // A booth with its rota (the shifts, as "interpreters"), the minutes it interprets, the team the
    // norms ask for and WARNINGS, those of RotaCheck about it.
    static JsonRecord booth(const StaffedBooth& staffed, int interpretedMinutes,
                            const QList<RotaCheck::Warning>& warnings);
    static JsonRecord contact(const Contact& contact);
    static JsonRecord seminarContact(const SeminarContact& link);
};

} // namespace sd
