#pragma once

#include <algorithm>
#include <optional>

#include <QString>

namespace sd {

// The receivers one channel of a seminar will need (ReceiverForecast), or, with channel 0, the
// people whose language no booth interprets into.
struct ChannelForecast
{
    int channel = 0; // the booth's channel; 0: no booth interprets into LANGUAGE
    QString language; // what is heard on it: the booth's target language
    int people = 0; // registrations that need it
    int needed = 0; // people and the margin
    // The receivers set to this channel and those free to be set to any, when the numbered
    // receivers say their channels; nothing when they do not.
    std::optional<int> available;

    bool hasBooth() const { return channel > 0; }
    int shortBy() const { return available ? std::max(0, needed - *available) : 0; }
};

} // namespace sd
