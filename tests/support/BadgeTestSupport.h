// What several badge tests ask of a database.
#pragma once

#include "core/data/Database.h"
#include "core/stores/RegistrationStore.h"

// How many registrations of the seminar have their badge marked printed.
inline int printedBadgeCount(const sd::Database& database, qint64 seminarId)
{
    int printed = 0;
    for (const sd::Registration& registration : *sd::RegistrationStore(database).forSeminar(seminarId))
        printed += registration.badgePrintedAt.isValid() ? 1 : 0;
    return printed;
}
