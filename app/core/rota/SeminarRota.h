#pragma once

#include <QList>

#include "core/Result.h"
#include "core/records/ProgrammeItem.h"
#include "core/records/Seminar.h"
#include "core/records/StaffedBooth.h"
#include "core/rota/RotaCheck.h"

namespace sd {

class Database;

// Everything a seminar's rota is planned and checked from, read at once: the seminar (its times
// and turn length), its programme, its booths with their shifts, the interpreters linked to it,
// and the warnings of RotaCheck. What the Booths page, the booth form and `list booths` show.
struct SeminarRota
{
    Seminar seminar;
    QList<ProgrammeItem> programme;
    QList<StaffedBooth> booths;
    QList<qint64> interpreters; // contact ids of the seminar's interpreters
    QList<RotaCheck::Warning> warnings;

    static Result<SeminarRota> load(const Database& database, qint64 seminarId);
    // The minutes BOOTH interprets in the seminar's day.
    int interpretedMinutes(const Booth& booth) const;
    // The turns proposed for BOOTH, its team the interpreters of SHIFTS (those the form holds) or,
    // with none, its share of the seminar's interpreters; around the other booths' shifts.
    QList<InterpreterShift> proposalFor(const Booth& booth, const QList<InterpreterShift>& shifts) const;
    // The warnings about BOOTH if it had SHIFTS (each with its interpreter's name) in place of
    // those stored: what the booth form shows while it is edited.
    QList<RotaCheck::Warning> warningsWith(const Booth& booth, const QList<StaffedBooth::Shift>& shifts) const;
};

} // namespace sd
