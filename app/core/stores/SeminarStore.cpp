#include "core/stores/SeminarStore.h"

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"
#include "core/data/StoredTime.h"

namespace sd {

namespace {

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

} // namespace

SeminarStore::SeminarStore(const Database& database)
    : m_database(database)
{
}

QString SeminarStore::columnList()
{
    return QStringLiteral("seminar.id, seminar.title_ja, seminar.title_en, seminar.short_title, "
                          "seminar.description_ja, seminar.description_en, seminar.programme, seminar.starts_at, "
                          "seminar.ends_at, seminar.venue_id, seminar.organiser, seminar.capacity, "
                          "seminar.languages, seminar.status");
}

Seminar SeminarStore::read(const SqlStatement& row, int firstColumn)
{
    Seminar seminar;
    int column = firstColumn;
    seminar.id = row.value(column++).toLongLong();
    seminar.titleJa = row.value(column++).toString();
    seminar.titleEn = row.value(column++).toString();
    seminar.shortTitle = row.value(column++).toString();
    seminar.descriptionJa = row.value(column++).toString();
    seminar.descriptionEn = row.value(column++).toString();
    seminar.programme = row.value(column++).toString();
    seminar.startsAt = timeFromStored(row.value(column++));
    seminar.endsAt = timeFromStored(row.value(column++));
    seminar.venueId = row.value(column++).toLongLong();
    seminar.organiser = row.value(column++).toString();
    seminar.capacity = row.value(column++).toInt();
    seminar.languages = row.value(column++).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    seminar.status = Seminar::statusFromKey(row.value(column++).toString()).value_or(Seminar::Status::Planned);
    return seminar;
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
    return selectOneRow<Seminar>(
        m_database, QStringLiteral("SELECT %1 FROM seminar WHERE id = ?").arg(columnList()), {id},
        [](const SqlStatement& row) { return read(row); }, tr("There is no seminar with the number %1.").arg(id));
}

Result<QList<Seminar>> SeminarStore::all(const QDateTime& now) const
{
    const QVariant stamp = storedLocalTime(now);
    return selectRows<Seminar>(m_database,
                               QStringLiteral("SELECT %1 FROM seminar ORDER BY ends_at < ?, "
                                              "CASE WHEN ends_at >= ? THEN starts_at END, starts_at DESC, id")
                                   .arg(columnList()),
                               {stamp, stamp}, [](const SqlStatement& row) { return read(row); });
}

} // namespace sd
