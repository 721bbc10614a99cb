#pragma once

#include <QList>

#include "core/records/Booth.h"
#include "core/records/InterpreterShift.h"
#include "core/records/ProgrammeItem.h"
#include "core/records/Seminar.h"
#include "core/records/StaffedBooth.h"

namespace sd {

// Proposes who is live when in a seminar's booths: each stretch the booth interprets cut into
// turns no longer than the seminar's turn length (evened out, a change moved onto the start or
// end of a programme item when one is within 5 minutes), the team taking them in rotation, the
// one rested longest first, never someone live in another booth at that time, and nobody twice
// in a row while a colleague of the booth is free.
class RotaProposal
{
public:
    static constexpr int snapMinutes = 5;

    // Each booth's team in the order of BOOTHS: the interpreters already on its shifts; for a booth
    // with none, the seminar's INTERPRETERS (contact ids) on no other booth's team, dealt out in
    // turn among such booths, so that nobody is on two teams.
    static QList<QList<qint64>> teams(const QList<StaffedBooth>& booths, const QList<qint64>& interpreters);
    // The turns of BOOTH for TEAM, around the turns OTHER_BOOTHS already hold.
    static QList<InterpreterShift> forBooth(const Seminar& seminar, const QList<ProgrammeItem>& programme,
                                            const Booth& booth, const QList<qint64>& team,
                                            const QList<InterpreterShift>& otherBooths);
    // Every booth's turns, in the order of BOOTHS, their teams as teams() gives them.
    static QList<QList<InterpreterShift>> forSeminar(const Seminar& seminar, const QList<ProgrammeItem>& programme,
                                                     const QList<StaffedBooth>& booths,
                                                     const QList<qint64>& interpreters);
};

} // namespace sd
