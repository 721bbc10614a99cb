#pragma once

#include <QString>

namespace sd {

// One of a seminar's interpretation receivers that carries a serial number, and the channel it
// is set to. Receivers without numbers are only counted (ReceiverInventoryStore).
struct Receiver
{
    qint64 id = 0;
    qint64 seminarId = 0;
    QString serial;
    int channel = 0; // 0: not fixed
};

} // namespace sd
