#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/records/ProgrammeItem.h"
#include "core/records/Seminar.h"
#include "core/records/StaffedBooth.h"

namespace sd {

// What is doubtful in a seminar's rota: warnings to show where the user plans the booths, never a
// reason to refuse saving, since a rota is often saved half-made.
class RotaCheck
{
    Q_DECLARE_TR_FUNCTIONS(RotaCheck)

public:
    enum class Kind {
        SmallTeam, // fewer interpreters in a booth than the norms ask for its hours
        LongDayForTwo, // a team of two above 3.5 hours
        DayTooLong, // more than 8 hours in one day: split the day
        SmallTeamForLanguages, // fewer than six in all for three or more languages
        TwoBoothsAtOnce, // an interpreter live in two booths at the same time
        LongTurn, // a turn longer than the seminar's turn length
        OutsideSeminar, // a shift before the seminar starts or after it ends
        RelayNeeded, // a target language without a booth
    };

    struct Warning
    {
        Kind kind;
        QList<qint64> boothIds; // the booths it is about; none: the seminar as a whole
        QString message;
    };

    // The stable name of KIND in `list booths --format json` ("long_turn").
    static QString kindKey(Kind kind);

    static QList<Warning> warnings(const Seminar& seminar, const QList<ProgrammeItem>& programme,
                                   const QList<StaffedBooth>& booths);
    // The warnings about BOOTH_ID and those about the whole seminar.
    static QList<Warning> forBooth(const QList<Warning>& warnings, qint64 boothId);
};

} // namespace sd
