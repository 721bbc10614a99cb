#pragma once

namespace sd {

// A seminar's interpretation receivers at a glance: how many it has, issued, back, still out.
struct ReceiverCounts
{
    int inventory = 0; // how many the seminar has
    int issued = 0; // every time one was handed out
    int returned = 0;

    int outstanding() const { return issued - returned; }
    int available() const { return inventory - outstanding(); }
};

} // namespace sd
