#include "StoredTime.h"

namespace sd {

namespace {

// Formatting by hand: imports and the demo write several times per row, and
// QDateTime::toString with a pattern costs more than the row's insert.
void appendDigits(char*& out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    out += width;
}

QString formatted(const QDate& date, const QTime& time, bool utc)
{
    char text[21];
    char* out = text;
    appendDigits(out, date.year(), 4);
    *out++ = '-';
    appendDigits(out, date.month(), 2);
    *out++ = '-';
    appendDigits(out, date.day(), 2);
    *out++ = 'T';
    appendDigits(out, time.hour(), 2);
    *out++ = ':';
    appendDigits(out, time.minute(), 2);
    *out++ = ':';
    appendDigits(out, time.second(), 2);
    if (utc)
        *out++ = 'Z';
    return QString::fromLatin1(text, out - text);
}

bool formattable(const QDateTime& time)
{
    return time.isValid() && time.date().year() >= 0 && time.date().year() <= 9999;
}

} // namespace

QVariant storedLocalTime(const QDateTime& time)
{
    if (!formattable(time))
        return QVariant(); // NULL
    return formatted(time.date(), time.time(), false);
}

QVariant storedInstant(const QDateTime& time)
{
    if (!formattable(time))
        return QVariant(); // NULL
    const QDateTime utc = time.toUTC();
    return formatted(utc.date(), utc.time(), true);
}

QDateTime timeFromStored(const QVariant& stored)
{
    const QString text = stored.toString();
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODate);
}

} // namespace sd
