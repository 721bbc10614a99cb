#pragma once

#include <optional>

namespace sd {

// What the AIIC norms ask of the interpreters of a booth for the time it interprets in one day:
// one alone up to 40 minutes, two up to 4 hours, three up to 6, four up to 8; more than 8 hours in
// a day is no plan at all (split the day). A meeting in three or more languages needs at least six
// interpreters in all, whatever each booth's hours.
class AiicNorms
{
public:
    static constexpr int longestDayMinutes = 8 * 60;
    // Above 3.5 hours a team of two works near its limit: the norms ask for a notice.
    static constexpr int teamOfTwoNoticeMinutes = 3 * 60 + 30;
    static constexpr int smallestTeamForManyLanguages = 6;

    // How many interpreters share a booth interpreting MINUTES in one day (none for none);
    // nothing above 8 hours.
    static std::optional<int> teamSize(int minutes);
    // Whether a team of two interpreting MINUTES works above 3.5 hours.
    static bool needsNotice(int minutes);
    // The fewest interpreters in all for a meeting in LANGUAGES languages (0: only each booth's team).
    static int smallestTotal(int languages);
};

} // namespace sd
