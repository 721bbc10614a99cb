#pragma once

#include <QList>

#include "core/records/Receiver.h"

namespace sd {

// The interpretation receivers a seminar has: how many, those that carry a serial number, the
// channels their system offers, and the margin its forecast adds (ReceiverForecast).
struct ReceiverInventory
{
    static constexpr int defaultMarginPercent = 10;
    static constexpr int mostSystemChannels = 99;
    static constexpr int mostMarginPercent = 100;

    int count = 0;
    QList<Receiver> numbered; // in order of their serial numbers; may be fewer than COUNT
    int systemChannels = 0; // channels besides the floor (1 to this); 0: not stated
    int marginPercent = defaultMarginPercent; // added to the receivers the registrations need
    qint64 version = 0; // counted up by every save (see VersionedUpdate); 0 while never saved

    // Whether nothing was ever said about the seminar's receivers.
    bool isUnset() const
    {
        return count == 0 && numbered.isEmpty() && systemChannels == 0 && marginPercent == defaultMarginPercent;
    }
};

} // namespace sd
