#include "core/records/DateTimeText.h"

#include <QLocale>

namespace sd {

namespace {

bool speaksJapanese()
{
    return QLocale().language() == QLocale::Japanese;
}

} // namespace

QLocale DateTimeText::locale()
{
    return speaksJapanese() ? QLocale(QLocale::Japanese, QLocale::Japan)
                            : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString DateTimeText::format()
{
    return speaksJapanese() ? QStringLiteral("yyyy/MM/dd（ddd）HH:mm") : QStringLiteral("ddd d MMM yyyy HH:mm");
}

int DateTimeText::weekdaySection()
{
    return speaksJapanese() ? 3 : 0;
}

QString DateTimeText::dateTime(const QDateTime& time)
{
    return time.isValid() ? locale().toString(time, format()) : QString();
}

QString DateTimeText::date(const QDate& date)
{
    const QString pattern = speaksJapanese() ? QStringLiteral("yyyy/MM/dd（ddd）") : QStringLiteral("ddd d MMM yyyy");
    return date.isValid() ? locale().toString(date, pattern) : QString();
}

} // namespace sd
