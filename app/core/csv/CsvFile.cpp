#include "core/csv/CsvFile.h"

#include "core/csv/CsvEncoding.h"
#include "core/files/PersonalDataFile.h"

namespace sd {

Status CsvFile::write(const QString& path, const QString& text)
{
    PersonalDataFile file(path);
    if (Status opened = file.open(); !opened)
        return opened;
    if (Status written = file.write(CsvEncoding::utf8Bom() + text.toUtf8()); !written)
        return written;
    return file.commit();
}

} // namespace sd
