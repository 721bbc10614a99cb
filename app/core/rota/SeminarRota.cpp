#include "core/rota/SeminarRota.h"

#include "core/rota/InterpretedTime.h"
#include "core/rota/RotaProposal.h"
#include "core/stores/BoothStore.h"
#include "core/stores/ContactStore.h"
#include "core/stores/ProgrammeStore.h"
#include "core/stores/SeminarStore.h"

namespace sd {

Result<SeminarRota> SeminarRota::load(const Database& database, qint64 seminarId)
{
    SeminarRota rota;
    auto seminar = SeminarStore(database).find(seminarId);
    if (!seminar)
        return fail(seminar.error());
    rota.seminar = *seminar;
    auto programme = ProgrammeStore(database).forSeminar(seminarId);
    if (!programme)
        return fail(programme.error());
    rota.programme = *programme;
    auto booths = BoothStore(database).staffedForSeminar(seminarId);
    if (!booths)
        return fail(booths.error());
    rota.booths = *booths;
    auto interpreters = ContactStore(database).forSeminar(seminarId, Contact::Role::Interpreter);
    if (!interpreters)
        return fail(interpreters.error());
    for (const Contact& interpreter : *interpreters)
        rota.interpreters.append(interpreter.id);
    rota.warnings = RotaCheck::warnings(rota.seminar, rota.programme, rota.booths);
    return rota;
}

int SeminarRota::interpretedMinutes(const Booth& booth) const
{
    return InterpretedTime(seminar.startsAt.date(), booth, programme).minutes();
}

QList<InterpreterShift> SeminarRota::proposalFor(const Booth& booth, const QList<InterpreterShift>& shifts) const
{
    QList<StaffedBooth> planned;
    QList<InterpreterShift> otherShifts;
    for (const StaffedBooth& staffed : booths) {
        if (staffed.booth.id != booth.id || booth.id == 0) {
            planned.append(staffed);
            for (const StaffedBooth::Shift& each : staffed.shifts)
                otherShifts.append(each.shift);
        }
    }
    StaffedBooth edited {booth, {}};
    for (const InterpreterShift& shift : shifts)
        edited.shifts.append({shift, QString()});
    planned.append(edited);
    const QList<qint64> team = RotaProposal::teams(planned, interpreters).constLast();
    return RotaProposal::forBooth(seminar, programme, booth, team, otherShifts);
}

QList<RotaCheck::Warning> SeminarRota::warningsWith(const Booth& booth, const QList<StaffedBooth::Shift>& shifts) const
{
    QList<StaffedBooth> planned;
    for (const StaffedBooth& staffed : booths) {
        if (staffed.booth.id != booth.id || booth.id == 0)
            planned.append(staffed);
    }
    planned.append({booth, shifts});
    return RotaCheck::forBooth(RotaCheck::warnings(seminar, programme, planned), booth.id);
}

} // namespace sd
