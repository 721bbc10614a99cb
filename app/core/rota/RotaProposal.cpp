#include "core/rota/RotaProposal.h"

#include <QHash>

#include "core/records/TimeRange.h"
#include "core/rota/InterpretedTime.h"

namespace sd {

namespace {

constexpr qint64 secondsPerMinute = 60;

// Where the turn that starts at START best ends, LIMIT_MINUTES at most: the stretch's REMAINING
// minutes shared evenly among as few turns as the limit allows, moved onto the nearest BOUNDARY
// within snapMinutes that keeps the turn within the limit.
QDateTime turnEnd(const QDateTime& start, const QDateTime& stretchEnd, int limitMinutes,
                  const QList<QDateTime>& boundaries)
{
    const qint64 remaining = start.secsTo(stretchEnd);
    const qint64 limit = limitMinutes * secondsPerMinute;
    if (remaining <= limit)
        return stretchEnd;
    const qint64 turns = (remaining + limit - 1) / limit;
    // Rounded up to 5 minutes: a rota reads better at 16:10 than at 16:09.
    const qint64 step = 5 * secondsPerMinute;
    const qint64 even = qMin(limit, (remaining / turns + step - 1) / step * step);
    const QDateTime nominal = start.addSecs(even);
    const QDateTime latest = start.addSecs(limit);
    const qint64 snap = RotaProposal::snapMinutes * secondsPerMinute;
    QDateTime best = nominal;
    qint64 bestDistance = snap + 1;
    for (const QDateTime& boundary : boundaries) {
        const qint64 distance = qAbs(nominal.secsTo(boundary));
        if (boundary > start && boundary < stretchEnd && boundary <= latest && distance < bestDistance) {
            best = boundary;
            bestDistance = distance;
        }
    }
    return best;
}

QList<TimeRange> turnsOf(const InterpretedTime& time, int limitMinutes)
{
    QList<TimeRange> turns;
    for (const TimeRange& stretch : time.stretches()) {
        for (QDateTime start = stretch.start; start < stretch.end;) {
            const QDateTime end = turnEnd(start, stretch.end, limitMinutes, time.boundaries());
            turns.append({start, end});
            start = end;
        }
    }
    return turns;
}

bool liveElsewhere(qint64 contactId, const TimeRange& turn, const QList<InterpreterShift>& otherBooths)
{
    for (const InterpreterShift& shift : otherBooths) {
        if (shift.contactId == contactId && shift.startsAt < turn.end && turn.start < shift.endsAt)
            return true;
    }
    return false;
}

// Who of TEAM takes TURN after PREVIOUS: someone free, not PREVIOUS while another is free, the one
// whose last turn ended longest ago (LAST_ENDS; never live: first), in the order of the team.
qint64 nextLive(const QList<qint64>& team, const TimeRange& turn, qint64 previous,
                const QHash<qint64, QDateTime>& lastEnds, const QList<InterpreterShift>& otherBooths)
{
    auto rank = [&](qint64 contactId) {
        // Lower is better: free before busy elsewhere, someone new before PREVIOUS.
        return (liveElsewhere(contactId, turn, otherBooths) ? 2 : 0) + (contactId == previous ? 1 : 0);
    };
    qint64 chosen = team.first();
    for (qint64 candidate : team) {
        const int candidateRank = rank(candidate);
        const int chosenRank = rank(chosen);
        const QDateTime candidateEnd = lastEnds.value(candidate);
        const QDateTime chosenEnd = lastEnds.value(chosen);
        const bool restedLonger
            = !candidateEnd.isValid() ? chosenEnd.isValid() : chosenEnd.isValid() && candidateEnd < chosenEnd;
        if (candidateRank < chosenRank || (candidateRank == chosenRank && restedLonger))
            chosen = candidate;
    }
    return chosen;
}

} // namespace

QList<QList<qint64>> RotaProposal::teams(const QList<StaffedBooth>& booths, const QList<qint64>& interpreters)
{
    QList<QList<qint64>> teams;
    QList<qint64> taken;
    QList<int> unstaffed;
    for (const StaffedBooth& staffed : booths) {
        QList<qint64> team;
        for (const StaffedBooth::Shift& each : staffed.shifts) {
            if (!team.contains(each.shift.contactId))
                team.append(each.shift.contactId);
        }
        if (team.isEmpty())
            unstaffed.append(int(teams.size()));
        taken.append(team);
        teams.append(team);
    }
    int next = 0;
    for (qint64 interpreter : interpreters) {
        if (unstaffed.isEmpty() || taken.contains(interpreter))
            continue;
        teams[unstaffed.at(next % unstaffed.size())].append(interpreter);
        taken.append(interpreter);
        ++next;
    }
    return teams;
}

QList<InterpreterShift> RotaProposal::forBooth(const Seminar& seminar, const QList<ProgrammeItem>& programme,
                                               const Booth& booth, const QList<qint64>& team,
                                               const QList<InterpreterShift>& otherBooths)
{
    QList<InterpreterShift> shifts;
    if (team.isEmpty())
        return shifts;
    const InterpretedTime time(seminar.startsAt.date(), booth, programme);
    QHash<qint64, QDateTime> lastEnds;
    qint64 previous = 0;
    for (const TimeRange& turn : turnsOf(time, seminar.turnMinutes)) {
        const qint64 live = nextLive(team, turn, previous, lastEnds, otherBooths);
        shifts.append({0, booth.id, live, turn.start, turn.end});
        lastEnds.insert(live, turn.end);
        previous = live;
    }
    return shifts;
}

QList<QList<InterpreterShift>> RotaProposal::forSeminar(const Seminar& seminar, const QList<ProgrammeItem>& programme,
                                                        const QList<StaffedBooth>& booths,
                                                        const QList<qint64>& interpreters)
{
    const QList<QList<qint64>> boothTeams = teams(booths, interpreters);
    QList<QList<InterpreterShift>> rotas;
    QList<InterpreterShift> proposed;
    for (int index = 0; index < booths.size(); ++index) {
        rotas.append(forBooth(seminar, programme, booths.at(index).booth, boothTeams.at(index), proposed));
        proposed.append(rotas.last());
    }
    return rotas;
}

} // namespace sd
