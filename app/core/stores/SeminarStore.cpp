#include "core/stores/SeminarStore.h"

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"
#include "core/data/StoredTime.h"

namespace sd {

namespace {

const QString columns
    = QStringLiteral("id, title_ja, title_en, short_title, description_ja, description_en, programme, "
                     "starts_at, ends_at, venue_id, organiser, capacity, languages, status");

QVariantList valuesOf(const Seminar& seminar)
{
    return {seminar.titleJa,
            seminar.titleEn,
            seminar.shortTitle,
            seminar.descriptionJa,
            seminar.descriptionEn,
            seminar.programme,
            storedLocalTime(seminar.startsAt),
            storedLocalTime(seminar.endsAt),
            seminar.venueId > 0 ? QVariant(seminar.venueId) : QVariant(),
            seminar.organiser,
            seminar.capacity,
            seminar.languages.join(QLatin1Char(',')),
            Seminar::statusKey(seminar.status)};
}

Seminar readSeminar(const SqlStatement& row)
{
    Seminar seminar;
    seminar.id = row.value(0).toLongLong();
    seminar.titleJa = row.value(1).toString();
    seminar.titleEn = row.value(2).toString();
    seminar.shortTitle = row.value(3).toString();
    seminar.descriptionJa = row.value(4).toString();
    seminar.descriptionEn = row.value(5).toString();
    seminar.programme = row.value(6).toString();
    seminar.startsAt = timeFromStored(row.value(7));
    seminar.endsAt = timeFromStored(row.value(8));
    seminar.venueId = row.value(9).toLongLong();
    seminar.organiser = row.value(10).toString();
    seminar.capacity = row.value(11).toInt();
    seminar.languages = row.value(12).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    seminar.status = Seminar::statusFromKey(row.value(13).toString()).value_or(Seminar::Status::Planned);
    return seminar;
}

} // namespace

SeminarStore::SeminarStore(const Database& database)
    : m_database(database)
{
}

QString SeminarStore::validationError(const Seminar& seminar)
{
    if (seminar.titleJa.trimmed().isEmpty() && seminar.titleEn.trimmed().isEmpty())
        return tr("A seminar needs a title in Japanese or in English.");
    if (!seminar.startsAt.isValid() || !seminar.endsAt.isValid())
        return tr("A seminar needs a start and an end.");
    if (seminar.endsAt < seminar.startsAt)
        return tr("The seminar ends before it starts.");
    if (seminar.capacity < 0)
        return tr("The capacity cannot be negative.");
    return {};
}

Result<qint64> SeminarStore::insert(const Seminar& seminar)
{
    if (const QString invalid = validationError(seminar); !invalid.isEmpty())
        return fail(invalid);
    auto id = insertRow(m_database,
                        QStringLiteral("INSERT INTO seminar (title_ja, title_en, short_title, description_ja, "
                                       "description_en, programme, starts_at, ends_at, venue_id, organiser, capacity, "
                                       "languages, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        valuesOf(seminar));
    if (!id)
        return fail(tr("Could not save the seminar “%1”: %2").arg(seminar.title(), id.error()));
    return id;
}

Status SeminarStore::update(const Seminar& seminar)
{
    if (const QString invalid = validationError(seminar); !invalid.isEmpty())
        return fail(invalid);
    QVariantList values = valuesOf(seminar);
    values.append(seminar.id);
    Status changed
        = changeOneRow(m_database,
                       QStringLiteral("UPDATE seminar SET title_ja = ?, title_en = ?, short_title = ?, "
                                      "description_ja = ?, description_en = ?, programme = ?, starts_at = ?, "
                                      "ends_at = ?, venue_id = ?, organiser = ?, capacity = ?, "
                                      "languages = ?, status = ? WHERE id = ?"),
                       values, tr("The seminar no longer exists."));
    if (!changed)
        return fail(tr("Could not save the seminar “%1”: %2").arg(seminar.title(), changed.error()));
    return changed;
}

Status SeminarStore::remove(qint64 id)
{
    Status removed = changeOneRow(m_database, QStringLiteral("DELETE FROM seminar WHERE id = ?"), {id},
                                  tr("The seminar no longer exists."));
    if (!removed)
        return fail(tr("Could not delete the seminar: %1").arg(removed.error()));
    return removed;
}

Status SeminarStore::restore(const Seminar& seminar)
{
    QVariantList values {seminar.id};
    values.append(valuesOf(seminar));
    auto id = insertRow(m_database,
                        QStringLiteral("INSERT INTO seminar (id, title_ja, title_en, short_title, description_ja, "
                                       "description_en, programme, starts_at, ends_at, venue_id, organiser, capacity, "
                                       "languages, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        values);
    if (!id)
        return fail(tr("Could not restore the seminar “%1”: %2").arg(seminar.title(), id.error()));
    return {};
}

Result<Seminar> SeminarStore::find(qint64 id) const
{
    return selectOneRow<Seminar>(m_database, QStringLiteral("SELECT %1 FROM seminar WHERE id = ?").arg(columns), {id},
                                 readSeminar, tr("There is no seminar with the number %1.").arg(id));
}

Result<QList<Seminar>> SeminarStore::all(const QDateTime& now) const
{
    const QVariant stamp = storedLocalTime(now);
    return selectRows<Seminar>(m_database,
                               QStringLiteral("SELECT %1 FROM seminar ORDER BY ends_at < ?, "
                                              "CASE WHEN ends_at >= ? THEN starts_at END, starts_at DESC, id")
                                   .arg(columns),
                               {stamp, stamp}, readSeminar);
}

} // namespace sd
