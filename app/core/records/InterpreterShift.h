#pragma once

#include <QDateTime>

namespace sd {

// An interpreter (a contact) working in a booth from one time to another.
struct InterpreterShift
{
    qint64 id = 0;
    qint64 boothId = 0;
    qint64 contactId = 0;
    QDateTime startsAt;
    QDateTime endsAt;
};

} // namespace sd
