#include "core/records/StaffedBooth.h"

namespace sd {

QStringList StaffedBooth::interpreterNames() const
{
    QStringList names;
    for (const Shift& each : shifts) {
        if (!names.contains(each.interpreterName))
            names.append(each.interpreterName);
    }
    return names;
}

} // namespace sd
