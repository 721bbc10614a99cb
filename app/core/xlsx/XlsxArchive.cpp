#include "core/xlsx/XlsxArchive.h"

#include <QFile>

#include <minizip/unzip.h>

namespace sd {

namespace {

constexpr int caseInsensitive = 2; // unzLocateFile's iCaseSensitivity
constexpr int chunkBytes = 1 << 16;
constexpr uLong encryptedFlag = 1; // bit 0 of the general purpose flags

} // namespace

XlsxArchive::XlsxArchive(void* zip)
    : m_zip(zip)
{
}

XlsxArchive::~XlsxArchive()
{
    unzClose(m_zip);
}

Result<std::unique_ptr<XlsxArchive>> XlsxArchive::open(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    unzFile zip = unzOpen64(name.constData());
    if (!zip)
        return fail(tr("“%1” is not a zip archive, or a damaged one.").arg(path));
    return std::unique_ptr<XlsxArchive>(new XlsxArchive(zip));
}

bool XlsxArchive::contains(const QString& name) const
{
    return unzLocateFile(m_zip, name.toUtf8().constData(), caseInsensitive) == UNZ_OK;
}

Status XlsxArchive::openPart(const QString& name, qint64* size) const
{
    if (!contains(name))
        return fail(tr("the part “%1” is missing").arg(name));
    unz_file_info64 info {};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return fail(tr("the part “%1” cannot be read").arg(name));
    if (info.flag & encryptedFlag)
        return fail(tr("the part “%1” is encrypted").arg(name));
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return fail(tr("the part “%1” cannot be unpacked").arg(name));
    if (size)
        *size = qint64(info.uncompressed_size);
    return {};
}

Result<QByteArray> XlsxArchive::read(const QString& name, qint64 limit) const
{
    qint64 size = 0;
    if (Status opened = openPart(name, &size); !opened)
        return fail(opened.error());
    if (size > limit) {
        unzCloseCurrentFile(m_zip);
        return fail(tr("the part “%1” is larger than %2 MB").arg(name).arg(limit >> 20));
    }
    QByteArray bytes;
    bytes.reserve(size);
    char chunk[chunkBytes];
    int read = 0;
    while ((read = unzReadCurrentFile(m_zip, chunk, chunkBytes)) > 0) {
        if (bytes.size() + read > limit) {
            unzCloseCurrentFile(m_zip);
            return fail(tr("the part “%1” is larger than %2 MB").arg(name).arg(limit >> 20));
        }
        bytes.append(chunk, read);
    }
    // Closing checks the CRC: a damaged part is not taken for a short one.
    if (unzCloseCurrentFile(m_zip) != UNZ_OK || read < 0)
        return fail(tr("the part “%1” is damaged").arg(name));
    return bytes;
}

Status XlsxArchive::stream(const QString& name, const std::function<bool(QByteArrayView chunk)>& consume) const
{
    if (Status opened = openPart(name, nullptr); !opened)
        return opened;
    QByteArray chunk(chunkBytes, Qt::Uninitialized);
    int read = 0;
    while ((read = unzReadCurrentFile(m_zip, chunk.data(), chunkBytes)) > 0) {
        if (!consume(QByteArrayView(chunk.constData(), read))) {
            unzCloseCurrentFile(m_zip);
            return {};
        }
    }
    if (unzCloseCurrentFile(m_zip) != UNZ_OK || read < 0)
        return fail(tr("the part “%1” is damaged").arg(name));
    return {};
}

} // namespace sd
