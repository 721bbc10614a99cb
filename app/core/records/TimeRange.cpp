#include "core/records/TimeRange.h"

namespace sd {

TimeRange TimeRange::movedTo(const QDateTime& newStart) const
{
    if (!start.isValid() || !end.isValid() || !newStart.isValid())
        return {newStart, end};
    return {newStart, newStart.addSecs(start.secsTo(end))};
}

} // namespace sd
