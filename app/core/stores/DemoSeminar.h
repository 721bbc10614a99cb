#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/Result.h"

namespace sd {

class Database;

// The seminar this project grew from, with its venue, contacts and booths, and as many
// clearly fictitious attendees as asked for: what a new user sees before typing anything.
class DemoSeminar
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeminar)

public:
    static constexpr int defaultAttendees = 120;

    // Creates the new database file PATH with the demo in it, appearing only when complete (see
    // Database::create); an existing file is refused.
    static Status create(const QString& path, int attendees = defaultAttendees);
    // Adds the demo to DATABASE in one transaction and gives the new seminar's id. The same SEED
    // gives the same people.
    static Result<qint64> fill(const Database& database, int attendees = defaultAttendees, quint32 seed = 2027);
    // Where the desk keeps the demo: its own file beside the default database.
    static QString defaultPath();
};

} // namespace sd
