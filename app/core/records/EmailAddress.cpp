#include "core/records/EmailAddress.h"

namespace sd {

bool EmailAddress::isPlausible(const QString& text)
{
    // By hand, not with a regular expression: imports check 100,000 of these.
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at <= 0 || text.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return false;
    for (const QChar character : text) {
        if (character.isSpace())
            return false;
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'), at + 2);
    return dot > 0 && dot < text.size() - 1;
}

} // namespace sd
