#include "core/print/PdfFile.h"

#include <QBuffer>
#include <QPdfWriter>

#include "core/files/PersonalDataFile.h"
#include "core/print/PdfToUnicodeRepair.h"

namespace sd {

Result<QByteArray> PdfFile::make(const QString& title, const std::function<Status(QPdfWriter&)>& paint)
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
            return fail(painted.error());
    }
    PdfToUnicodeRepair::apply(pdf);
    return pdf;
}

Status PdfFile::write(const QString& path, const QString& title, const std::function<Status(QPdfWriter&)>& paint)
{
    auto pdf = make(title, paint);
    if (!pdf)
        return fail(pdf.error());
    // Badges, flyers and reception lists name people: only their owner may read the file.
    PersonalDataFile file(path);
    if (Status opened = file.open(); !opened)
        return opened;
    if (Status written = file.write(*pdf); !written)
        return written;
    return file.commit();
}

} // namespace sd
