#pragma once

#include <QList>
#include <QStringList>

#include "core/records/Booth.h"
#include "core/records/InterpreterShift.h"

namespace sd {

// A booth with the shifts worked in it, each with its interpreter's name: what the Booths page and
// `seminar-desk list booths` show, read in one query (BoothStore::staffedForSeminar).
struct StaffedBooth
{
    struct Shift
    {
        InterpreterShift shift;
        QString interpreterName;
    };

    Booth booth;
    QList<Shift> shifts; // in the order they start

    // Each interpreter once, in the order of their first shift.
    QStringList interpreterNames() const;
};

} // namespace sd
