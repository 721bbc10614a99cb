#pragma once

#include <QString>

namespace sd {

// How many of a seminar's registrations (not cancelled) share a preferred language and an answer
// to "receiver needed": what the receiver forecast is made from.
struct ReceiverWish
{
    QString language; // the attendees' preferred language ("ja", "en" ...)
    bool receiverNeeded = false;
    int people = 0;
};

} // namespace sd
