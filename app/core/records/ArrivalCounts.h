#pragma once

#include <QString>

namespace sd {

// Who is expected at a seminar, who has come, and the receivers they hold: the whole seminar, or
// one category of people.
// Expected: registered or attended (not waitlisted, not cancelled).
struct ArrivalCounts
{
    QString category; // an Attendee category key; empty for the whole seminar
    int expected = 0;
    int checkedIn = 0;
    int walkIns = 0; // registered at the door, among those checked in
    int receiversOut = 0; // interpretation receivers issued and not yet returned

    int notArrived() const { return expected - checkedIn; }
};

} // namespace sd
