// A CSV text made whole in memory (the receivers not returned, the attendance with check-in times)
// saved as a file of personal data: owner-only, through a temporary file (PersonalDataFile), in
// UTF-8 with a byte order mark, so that Excel on Japanese Windows reads it as UTF-8.
#pragma once

#include <QString>

#include "core/Result.h"

namespace sd {

class CsvFile
{
public:
    static Status write(const QString& path, const QString& text);
};

} // namespace sd
