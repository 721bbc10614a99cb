// libFuzzer target: the CSV reader on any bytes, in each encoding and with each delimiter. It must
// give records or refuse the file with a line, never crash, hang or read out of bounds.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QBuffer>

#include "core/csv/CsvReader.h"

namespace {

constexpr qsizetype recordLimit = 4096; // small, so that the refusal of long records is reached

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte chooses the encoding and the delimiter; the rest is the file.
    const int choice = data[0];
    QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const sd::CsvEncoding::Kind encodings[]
        = {sd::CsvEncoding::Kind::Utf8, sd::CsvEncoding::Kind::Utf8Bom, sd::CsvEncoding::Kind::ShiftJis};
    const QChar delimiters[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'),
                                sd::CsvReader::detectDelimiter(QString::fromUtf8(bytes.left(4096)))};
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    sd::CsvReader reader(buffer, encodings[choice % 3], delimiters[(choice / 3) % 4]);
    reader.setRecordLimit(recordLimit);
    QStringList fields;
    qint64 lastLine = 0;
    for (;;) {
        const sd::Result<bool> read = reader.next(fields);
        if (!read) {
            if (reader.errorLine() < 1 || read.error().isEmpty())
                std::abort(); // a refusal names its line
            break;
        }
        if (!*read)
            break;
        // Records come in the file's order, each at least one line after the last.
        if (reader.recordLine() <= lastLine || fields.isEmpty())
            std::abort();
        lastLine = reader.recordLine();
    }
    return 0;
}
