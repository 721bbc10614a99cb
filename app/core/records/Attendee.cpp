#include "core/records/Attendee.h"

namespace sd {

PersonName Attendee::name() const
{
    return PersonName(familyName, givenName, familyReading, givenReading, latinName);
}

QStringList Attendee::categories()
{
    return {QStringLiteral("participant"), QStringLiteral("speaker"), QStringLiteral("staff"),
            QStringLiteral("press"),       QStringLiteral("vip"),     QStringLiteral("interpreter")};
}

QString Attendee::categoryName(const QString& key)
{
    if (key == QLatin1String("participant"))
        return tr("Participant");
    if (key == QLatin1String("speaker"))
        return tr("Speaker");
    if (key == QLatin1String("staff"))
        return tr("Staff");
    if (key == QLatin1String("press"))
        return tr("Press");
    if (key == QLatin1String("vip"))
        return tr("VIP");
    if (key == QLatin1String("interpreter"))
        return tr("Interpreter");
    return key;
}

} // namespace sd
