#include "core/rota/AiicNorms.h"

#include <array>

namespace sd {

namespace {

struct TeamStep
{
    int upToMinutes;
    int interpreters;
};

constexpr std::array<TeamStep, 5> teamSteps {
    {{0, 0}, {40, 1}, {4 * 60, 2}, {6 * 60, 3}, {AiicNorms::longestDayMinutes, 4}}};

} // namespace

std::optional<int> AiicNorms::teamSize(int minutes)
{
    for (const TeamStep& step : teamSteps) {
        if (minutes <= step.upToMinutes)
            return step.interpreters;
    }
    return std::nullopt;
}

bool AiicNorms::needsNotice(int minutes)
{
    return teamSize(minutes) == 2 && minutes > teamOfTwoNoticeMinutes;
}

int AiicNorms::smallestTotal(int languages)
{
    return languages >= 3 ? smallestTeamForManyLanguages : 0;
}

} // namespace sd
