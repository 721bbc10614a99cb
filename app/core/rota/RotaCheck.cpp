#include "core/rota/RotaCheck.h"

#include <QSet>

#include "core/records/DateTimeText.h"
#include "core/rota/AiicNorms.h"
#include "core/rota/InterpretedTime.h"

namespace sd {

namespace {

QString clock(const QDateTime& time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QSet<qint64> interpretersOf(const StaffedBooth& staffed)
{
    QSet<qint64> contactIds;
    for (const StaffedBooth::Shift& each : staffed.shifts)
        contactIds.insert(each.shift.contactId);
    return contactIds;
}

// The warnings about the size of each booth's team for the time it interprets.
void checkTeams(const Seminar& seminar, const QList<ProgrammeItem>& programme, const QList<StaffedBooth>& booths,
                QList<RotaCheck::Warning>& warnings)
{
    using Kind = RotaCheck::Kind;
    for (const StaffedBooth& staffed : booths) {
        const QList<qint64> booth {staffed.booth.id};
        const int minutes = InterpretedTime(seminar.startsAt.date(), staffed.booth, programme).minutes();
        const std::optional<int> needed = AiicNorms::teamSize(minutes);
        if (!needed) {
            warnings.append(
                {Kind::DayTooLong, booth,
                 RotaCheck::tr("Booth “%1” interprets %2 minutes in one day, more than the 8 hours the norms "
                               "allow: split the day.")
                     .arg(staffed.booth.name)
                     .arg(minutes)});
            continue;
        }
        const int team = int(interpretersOf(staffed).size());
        if (team < *needed) {
            warnings.append({Kind::SmallTeam, booth,
                             RotaCheck::tr("Booth “%1” interprets %2 minutes and has %n interpreter(s); the norms ask "
                                           "for %3.",
                                           nullptr, team)
                                 .arg(staffed.booth.name)
                                 .arg(minutes)
                                 .arg(*needed)});
        }
        if (AiicNorms::needsNotice(minutes) && team <= 2) {
            warnings.append({Kind::LongDayForTwo, booth,
                             RotaCheck::tr("Booth “%1” interprets %2 minutes: a team of two works near its limit "
                                           "above three and a half hours.")
                                 .arg(staffed.booth.name)
                                 .arg(minutes)});
        }
    }
    QSet<qint64> everyone;
    for (const StaffedBooth& staffed : booths)
        everyone.unite(interpretersOf(staffed));
    const int smallest = AiicNorms::smallestTotal(int(seminar.languages.size()));
    if (int(everyone.size()) < smallest) {
        warnings.append({Kind::SmallTeamForLanguages,
                         {},
                         RotaCheck::tr("The seminar is interpreted in %1 languages and has %n interpreter(s) in all; "
                                       "the norms ask for at least %2.",
                                       nullptr, int(everyone.size()))
                             .arg(seminar.languages.size())
                             .arg(smallest)});
    }
}

void checkShifts(const Seminar& seminar, const QList<StaffedBooth>& booths, QList<RotaCheck::Warning>& warnings)
{
    using Kind = RotaCheck::Kind;
    for (int b = 0; b < booths.size(); ++b) {
        const Booth& booth = booths.at(b).booth;
        for (const StaffedBooth::Shift& each : booths.at(b).shifts) {
            const InterpreterShift& shift = each.shift;
            if (shift.startsAt.secsTo(shift.endsAt) > qint64(seminar.turnMinutes) * 60) {
                warnings.append({Kind::LongTurn,
                                 {booth.id},
                                 RotaCheck::tr("%1's turn in booth “%2” from %3 to %4 is longer than %5 minutes.")
                                     .arg(each.interpreterName, booth.name, clock(shift.startsAt), clock(shift.endsAt))
                                     .arg(seminar.turnMinutes)});
            }
            if (shift.startsAt < seminar.startsAt || shift.endsAt > seminar.endsAt) {
                warnings.append(
                    {Kind::OutsideSeminar,
                     {booth.id},
                     RotaCheck::tr("%1's shift in booth “%2” from %3 to %4 is outside the seminar "
                                   "(%5 to %6).")
                         .arg(each.interpreterName, booth.name, DateTimeText::dateTime(shift.startsAt),
                              DateTimeText::dateTime(shift.endsAt), DateTimeText::dateTime(seminar.startsAt),
                              DateTimeText::dateTime(seminar.endsAt))});
            }
            for (int o = b + 1; o < booths.size(); ++o) {
                for (const StaffedBooth::Shift& other : booths.at(o).shifts) {
                    if (other.shift.contactId != shift.contactId || other.shift.startsAt >= shift.endsAt
                        || shift.startsAt >= other.shift.endsAt)
                        continue;
                    const QDateTime from = qMax(shift.startsAt, other.shift.startsAt);
                    const QDateTime until = qMin(shift.endsAt, other.shift.endsAt);
                    warnings.append({Kind::TwoBoothsAtOnce,
                                     {booth.id, booths.at(o).booth.id},
                                     RotaCheck::tr("%1 is in booth “%2” and in booth “%3” at once, from %4 to %5.")
                                         .arg(each.interpreterName, booth.name, booths.at(o).booth.name, clock(from),
                                              clock(until))});
                }
            }
        }
    }
}

// A language the seminar is interpreted into needs a booth as soon as anyone speaks another.
void checkTargets(const Seminar& seminar, const QList<ProgrammeItem>& programme, const QList<StaffedBooth>& booths,
                  QList<RotaCheck::Warning>& warnings)
{
    for (const QString& language : seminar.languages) {
        bool spokenOtherwise = false;
        for (const ProgrammeItem& item : programme)
            spokenOtherwise |= item.kind == ProgrammeItem::Kind::Session && item.language != language;
        bool served = false;
        for (const StaffedBooth& staffed : booths)
            served |= staffed.booth.targetLanguage() == language;
        if (spokenOtherwise && !served) {
            warnings.append({RotaCheck::Kind::RelayNeeded,
                             {},
                             RotaCheck::tr("No booth interprets into %1: its listeners need relay, or a booth of "
                                           "its own.")
                                 .arg(Seminar::languageName(language))});
        }
    }
}

} // namespace

QString RotaCheck::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::SmallTeam:
        return QStringLiteral("small_team");
    case Kind::LongDayForTwo:
        return QStringLiteral("long_day_for_two");
    case Kind::DayTooLong:
        return QStringLiteral("day_too_long");
    case Kind::SmallTeamForLanguages:
        return QStringLiteral("small_team_for_languages");
    case Kind::TwoBoothsAtOnce:
        return QStringLiteral("two_booths_at_once");
    case Kind::LongTurn:
        return QStringLiteral("long_turn");
    case Kind::OutsideSeminar:
        return QStringLiteral("outside_seminar");
    case Kind::RelayNeeded:
        return QStringLiteral("relay_needed");
    }
    Q_UNREACHABLE();
}

QList<RotaCheck::Warning> RotaCheck::warnings(const Seminar& seminar, const QList<ProgrammeItem>& programme,
                                              const QList<StaffedBooth>& booths)
{
    QList<Warning> found;
    checkTeams(seminar, programme, booths, found);
    checkShifts(seminar, booths, found);
    checkTargets(seminar, programme, booths, found);
    return found;
}

QList<RotaCheck::Warning> RotaCheck::forBooth(const QList<Warning>& warnings, qint64 boothId)
{
    QList<Warning> about;
    for (const Warning& warning : warnings) {
        if (warning.boothIds.isEmpty() || warning.boothIds.contains(boothId))
            about.append(warning);
    }
    return about;
}

} // namespace sd
