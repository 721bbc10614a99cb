#include "StoredTime.h"

namespace sd {

QVariant storedLocalTime(const QDateTime& time)
{
    if (!time.isValid())
        return QVariant(); // NULL
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QVariant storedInstant(const QDateTime& time)
{
    if (!time.isValid())
        return QVariant(); // NULL
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QDateTime timeFromStored(const QVariant& stored)
{
    const QString text = stored.toString();
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODate);
}

} // namespace sd
