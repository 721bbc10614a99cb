#include "core/stores/VenueStore.h"

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"
#include "core/stores/VersionedUpdate.h"

namespace sd {

namespace {

const QString columns = QStringLiteral("id, name, name_en, address, address_en, postal_code, access_notes, version");

QVariantList valuesOf(const Venue& venue)
{
    return {venue.name, venue.nameEn, venue.address, venue.addressEn, venue.postalCode, venue.accessNotes};
}

Venue readVenue(const SqlStatement& row)
{
    Venue venue;
    venue.id = row.value(0).toLongLong();
    venue.name = row.value(1).toString();
    venue.nameEn = row.value(2).toString();
    venue.address = row.value(3).toString();
    venue.addressEn = row.value(4).toString();
    venue.postalCode = row.value(5).toString();
    venue.accessNotes = row.value(6).toString();
    venue.version = row.value(7).toLongLong();
    return venue;
}

} // namespace

VenueStore::VenueStore(const Database& database)
    : m_database(database)
{
}

QString VenueStore::validationError(const Venue& venue)
{
    if (venue.name.trimmed().isEmpty())
        return tr("A venue needs a name.");
    return {};
}

Result<qint64> VenueStore::insert(const Venue& venue)
{
    if (const QString invalid = validationError(venue); !invalid.isEmpty())
        return fail(invalid);
    auto id = insertRow(m_database,
                        QStringLiteral("INSERT INTO venue (name, name_en, address, address_en, postal_code, "
                                       "access_notes) VALUES (?, ?, ?, ?, ?, ?)"),
                        valuesOf(venue));
    if (!id)
        return fail(tr("Could not save the venue “%1”: %2").arg(venue.name, id.error()));
    return id;
}

Status VenueStore::update(const Venue& venue)
{
    if (const QString invalid = validationError(venue); !invalid.isEmpty())
        return fail(invalid);
    VersionedUpdate update(
        m_database, QStringLiteral("venue"),
        QStringLiteral("name = ?, name_en = ?, address = ?, address_en = ?, postal_code = ?, access_notes = ?"));
    if (Status saved = update.exec(valuesOf(venue), venue.id, venue.version, tr("The venue no longer exists.")); !saved)
        return fail(tr("Could not save the venue “%1”: %2").arg(venue.name, saved.error()));
    return {};
}

Status VenueStore::remove(qint64 id)
{
    SqlStatement statement(m_database, QStringLiteral("DELETE FROM venue WHERE id = ?"));
    if (Status ran = statement.exec({id}); !ran) {
        if (statement.failedOn(SqlDialect::Constraint::ForeignKey))
            return fail(tr("The venue cannot be deleted while seminars are held there; move them to another venue "
                           "first."));
        return fail(tr("Could not delete the venue: %1").arg(ran.error()));
    }
    return {};
}

Status VenueStore::restore(const Venue& venue)
{
    QVariantList values {venue.id};
    values.append(valuesOf(venue));
    values.append(qMax<qint64>(venue.version, 1)); // back with the version it had
    auto id = insertRow(m_database,
                        QStringLiteral("INSERT INTO venue (id, name, name_en, address, address_en, postal_code, "
                                       "access_notes, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        values);
    if (!id)
        return fail(tr("Could not restore the venue “%1”: %2").arg(venue.name, id.error()));
    return {};
}

Result<Venue> VenueStore::find(qint64 id) const
{
    return selectOneRow<Venue>(m_database, QStringLiteral("SELECT %1 FROM venue WHERE id = ?").arg(columns), {id},
                               readVenue, tr("There is no venue with the number %1.").arg(id));
}

Result<QList<Venue>> VenueStore::all() const
{
    return selectRows<Venue>(m_database, QStringLiteral("SELECT %1 FROM venue ORDER BY name, id").arg(columns), {},
                             readVenue);
}

} // namespace sd
