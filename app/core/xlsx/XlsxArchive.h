// The zip archive a workbook is stored in, read with minizip: whole small parts, or a large part
// streamed in chunks.
#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include "core/Result.h"

namespace sd {

class XlsxArchive
{
    Q_DECLARE_TR_FUNCTIONS(XlsxArchive)

public:
    ~XlsxArchive();
    Q_DISABLE_COPY_MOVE(XlsxArchive)

    // Opens PATH; fails when it is not a zip archive.
    static Result<std::unique_ptr<XlsxArchive>> open(const QString& path);

    // Whether the archive holds the part NAME ("xl/workbook.xml"; letter case does not matter).
    bool contains(const QString& name) const;
    // The whole part NAME; a part larger than LIMIT bytes unpacked is refused.
    Result<QByteArray> read(const QString& name, qint64 limit) const;
    // Unpacks NAME chunk by chunk into CONSUME, which gives false to stop.
    Status stream(const QString& name, const std::function<bool(QByteArrayView chunk)>& consume) const;

private:
    explicit XlsxArchive(void* zip);
    Status openPart(const QString& name, qint64* size) const;

    void* m_zip; // unzFile
};

} // namespace sd
