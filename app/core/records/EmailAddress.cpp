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

QString EmailAddress::normalised(const QString& typed)
{
    const QString text = typed.trimmed();
    for (const QChar character : text) {
        // NFKC makes full-width forms ASCII and leaves other letters (an internationalised domain) be.
        if (character.unicode() >= 0x80)
            return text.normalized(QString::NormalizationForm_KC).trimmed();
    }
    return text;
}

} // namespace sd
