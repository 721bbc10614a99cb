#include "PdfFile.h"

#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

namespace sd {

Status PdfFile::write(const QString& path, const QString& title, const std::function<Status(QPdfWriter&)>& paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        // The writer must be gone (and the PDF finished) before the file is committed.
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Seminar Desk"));
        writer.setTitle(title);
        if (Status painted = paint(writer); !painted)
            return painted;
    }
    if (!file.commit())
        return fail(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace sd
