#pragma once

#include <QCoreApplication>
#include <QList>

#include "core/Result.h"
#include "core/records/Venue.h"

namespace sd {

class Database;

// Venues, shared by the seminars held there.
class VenueStore
{
    Q_DECLARE_TR_FUNCTIONS(VenueStore)

public:
    explicit VenueStore(const Database& database);

    Result<qint64> insert(const Venue& venue);
    Status update(const Venue& venue);
    // Refused while a seminar is held at the venue.
    Status remove(qint64 id);
    // Puts a deleted venue back with its id (undoing a deletion).
    Status restore(const Venue& venue);
    Result<Venue> find(qint64 id) const;
    Result<QList<Venue>> all() const;

    static QString validationError(const Venue& venue);

private:
    const Database& m_database;
};

} // namespace sd
