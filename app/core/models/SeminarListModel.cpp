#include "core/models/SeminarListModel.h"

#include <QLocale>

#include "core/data/StoredTime.h"
#include "core/records/Seminar.h"

namespace sd {

SeminarListModel::SeminarListModel(const Database& database, QObject* parent)
    : PagedSqlModel(database, parent)
{
    setSource(QStringLiteral("seminar.id"),
              QStringLiteral("FROM seminar LEFT JOIN venue ON venue.id = seminar.venue_id"),
              {
                  {tr("Date"), QStringLiteral("seminar.starts_at"), QStringLiteral("seminar.starts_at")},
                  {tr("Title"),
                   QStringLiteral("CASE WHEN seminar.title_ja <> '' THEN seminar.title_ja ELSE seminar.title_en END"),
                   QStringLiteral("seminar.title_ja, seminar.title_en")},
                  {tr("Venue"), QStringLiteral("venue.name"), QStringLiteral("venue.name")},
                  {tr("Status"), QStringLiteral("seminar.status"), QStringLiteral("seminar.status")},
                  {tr("Registered"),
                   QStringLiteral("(SELECT count(*) FROM registration WHERE registration.seminar_id = seminar.id "
                                  "AND registration.status IN ('registered', 'attended'))"),
                   {}},
              },
              QStringLiteral("seminar.id"));
    setNow(QDateTime::currentDateTime());
}

void SeminarListModel::setNow(const QDateTime& now)
{
    const QVariant stamp = storedLocalTime(now);
    setDefaultOrder(QStringLiteral("seminar.ends_at < ?, CASE WHEN seminar.ends_at >= ? THEN seminar.starts_at END, "
                                   "seminar.starts_at DESC, seminar.id"),
                    {stamp, stamp});
}

QVariant SeminarListModel::displayValue(int column, const QVariant& stored) const
{
    switch (column) {
    case DateColumn:
        return QLocale().toString(timeFromStored(stored), QLocale::ShortFormat);
    case StatusColumn: {
        const auto status = Seminar::statusFromKey(stored.toString());
        return status ? Seminar::statusName(*status) : stored;
    }
    default:
        return stored;
    }
}

} // namespace sd
