#include "core/records/Booth.h"

#include <algorithm>

namespace sd {

int Booth::nextFreeChannel(const QList<Booth>& booths)
{
    const auto highest = std::max_element(booths.cbegin(), booths.cend(),
                                          [](const Booth& a, const Booth& b) { return a.channel < b.channel; });
    return highest == booths.cend() ? 1 : highest->channel + 1;
}

QString Booth::targetLanguage() const
{
    return languagePair.section(QLatin1Char('-'), 1, 1).trimmed();
}

} // namespace sd
