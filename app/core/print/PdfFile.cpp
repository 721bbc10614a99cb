#include "core/print/PdfFile.h"

#include <QBuffer>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

#include "core/print/PdfToUnicodeRepair.h"

namespace sd {

Status PdfFile::write(const QString& path, const QString& title, const std::function<Status(QPdfWriter&)>& paint)
{
    // Made in memory first: the text maps are put right once the writer has finished them (a
    // PDF of 1,000 badges is a few megabytes).
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Seminar Desk"));
        writer.setTitle(title);
        if (Status painted = paint(writer); !painted)
            return painted;
    }
    PdfToUnicodeRepair::apply(pdf);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return fail(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace sd
