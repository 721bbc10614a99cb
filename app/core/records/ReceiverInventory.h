#pragma once

#include <QList>

#include "core/records/Receiver.h"

namespace sd {

// The interpretation receivers a seminar has: how many, and those that carry a serial number.
struct ReceiverInventory
{
    int count = 0;
    QList<Receiver> numbered; // in order of their serial numbers; may be fewer than COUNT
};

} // namespace sd
