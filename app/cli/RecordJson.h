#pragma once

#include "cli/JsonRecord.h"
#include "core/records/ProgrammeItem.h"
#include "core/records/Seminar.h"
#include "core/records/StaffedBooth.h"
#include "core/records/Venue.h"
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
    static JsonRecord booth(const StaffedBooth& staffed);
    static JsonRecord contact(const Contact& contact);
    static JsonRecord seminarContact(const SeminarContact& link);
};

} // namespace sd
