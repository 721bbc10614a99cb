#include "core/models/SeminarListModel.h"

#include "core/data/StoredTime.h"
#include "core/records/DateTimeText.h"
#include "core/records/Seminar.h"

namespace sd {

namespace {

// Between the two titles read as one column: a unit separator, never typed into a title. It is in
// the SQL text itself, since SQLite's function that makes it is char() and PostgreSQL's chr().
const QChar titleSeparator(0x1f);

} // namespace

SeminarListModel::SeminarListModel(const Database& database, QObject* parent)
    : PagedSqlModel(database, parent)
{
    setSource(
        QStringLiteral("seminar.id"), QStringLiteral("FROM seminar LEFT JOIN venue ON venue.id = seminar.venue_id"),
        {
            {QT_TR_NOOP("Date"), QStringLiteral("seminar.starts_at"), QStringLiteral("seminar.starts_at")},
            {QT_TR_NOOP("Title"), QStringLiteral("seminar.title_ja || '%1' || seminar.title_en").arg(titleSeparator),
             QStringLiteral("seminar.title_ja, seminar.title_en")},
            {QT_TR_NOOP("Venue"), QStringLiteral("venue.name"), QStringLiteral("venue.name")},
            {QT_TR_NOOP("Status"), QStringLiteral("seminar.status"), QStringLiteral("seminar.status")},
            {QT_TR_NOOP("Registered"),
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
        return DateTimeText::dateTime(timeFromStored(stored));
    case TitleColumn: {
        // Both titles are read, so that the list follows a change of language without a reload.
        const QStringList titles = stored.toString().split(titleSeparator);
        Seminar seminar;
        seminar.titleJa = titles.value(0);
        seminar.titleEn = titles.value(1);
        return seminar.localTitle();
    }
    case StatusColumn: {
        const auto status = Seminar::statusFromKey(stored.toString());
        return status ? Seminar::statusName(*status) : stored;
    }
    default:
        return stored;
    }
}

} // namespace sd
