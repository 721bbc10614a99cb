#pragma once

#include <QString>

namespace sd {

// A place where seminars are held; shared by the seminars held there.
struct Venue
{
    qint64 id = 0;
    QString name;
    QString nameEn;
    QString address;
    QString addressEn;
    QString postalCode;
    QString accessNotes;
    qint64 version = 0; // counted up by every change (see VersionedUpdate); 0 before it is stored
};

} // namespace sd
