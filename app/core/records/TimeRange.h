#pragma once

#include <QDateTime>

namespace sd {

// A start and an end that belong together, such as a seminar's or an interpreter's shift: moved
// as one, so that a seminar moved to another day or hour keeps its length.
struct TimeRange
{
    QDateTime start;
    QDateTime end;

    // The same range starting at START; an end that is not set stays unset.
    TimeRange movedTo(const QDateTime& newStart) const;
};

} // namespace sd
