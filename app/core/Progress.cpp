#include "core/Progress.h"

namespace sd {

Error Progress::stopped()
{
    return fail(tr("Cancelled: nothing was changed."));
}

} // namespace sd
