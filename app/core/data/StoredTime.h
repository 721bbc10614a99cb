// How times are written to and read from the database: ISO 8601 text that sorts as it reads.
#pragma once

#include <QDateTime>
#include <QVariant>

namespace sd {

// Seminar times are wall-clock times at the venue: stored without an offset.
QVariant storedLocalTime(const QDateTime& time);
// Record times (registered, checked in, printed) are instants: stored in UTC with a "Z".
QVariant storedInstant(const QDateTime& time);
// The instant now, as storedInstant() writes it.
QVariant storedNow();
// Either form back; NULL or empty gives an invalid QDateTime.
QDateTime timeFromStored(const QVariant& stored);

} // namespace sd
