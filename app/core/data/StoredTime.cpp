#include "core/data/StoredTime.h"

#include <optional>

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

QVariant storedNow()
{
    // Every row written gets the time: imports write 100,000 rows within a few seconds.
    thread_local qint64 second = -1;
    thread_local QString text;
    if (const qint64 now = QDateTime::currentSecsSinceEpoch(); now != second) {
        second = now;
        text = storedInstant(QDateTime::fromSecsSinceEpoch(now, Qt::UTC)).toString();
    }
    return text;
}

namespace {

// The two forms written above, read by hand ("2027-01-19T04:30:00" and the same with "Z"):
// exports read five times a row, and QDateTime::fromString costs more than the row's query.
std::optional<QDateTime> parsedStoredForm(const QString& text)
{
    const qsizetype length = text.size();
    if (length != 19 && !(length == 20 && text.at(19) == QLatin1Char('Z')))
        return std::nullopt;
    const QChar* c = text.constData();
    const auto number = [c](int at, int width, int& value) {
        value = 0;
        for (int i = at; i < at + width; ++i) {
            if (!c[i].isDigit() || c[i].unicode() > '9')
                return false;
            value = value * 10 + (c[i].unicode() - '0');
        }
        return true;
    };
    int year, month, day, hour, minute, second;
    if (c[4] != QLatin1Char('-') || c[7] != QLatin1Char('-') || c[10] != QLatin1Char('T') || c[13] != QLatin1Char(':')
        || c[16] != QLatin1Char(':') || !number(0, 4, year) || !number(5, 2, month) || !number(8, 2, day)
        || !number(11, 2, hour) || !number(14, 2, minute) || !number(17, 2, second))
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, length == 20 ? Qt::UTC : Qt::LocalTime);
}

} // namespace

QDateTime timeFromStored(const QVariant& stored)
{
    const QString text = stored.toString();
    if (text.isEmpty())
        return {};
    if (const std::optional<QDateTime> parsed = parsedStoredForm(text))
        return *parsed;
    return QDateTime::fromString(text, Qt::ISODate);
}

} // namespace sd
