// How the desk shows a date and time in its lists and editors: with the weekday, in the language
// the program speaks (QLocale's default): 2027/02/12（金）13:30 in Japanese, Fri 12 Feb 2027 13:30
// in English. One format for every list and editor, so that a date reads the same everywhere.
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace sd {

class DateTimeText
{
public:
    // TIME as it is shown; empty for an invalid time.
    static QString dateTime(const QDateTime& time);
    // The day alone, as dateTime() writes it (2027/02/12（金）, Fri 12 Feb 2027); empty for an invalid date.
    static QString date(const QDate& date);
    // The same pattern as a QDateTime format string (for QDateTimeEdit::setDisplayFormat), and
    // the locale whose day and month names it uses: Japanese, else English whatever the system's
    // language (the program speaks only these two).
    static QString format();
    static QLocale locale();
    // Where the weekday stands among the format's sections (0 = the first), for editors that
    // let the keyboard step over it: the weekday follows from the date and is never typed.
    static int weekdaySection();
};

} // namespace sd
