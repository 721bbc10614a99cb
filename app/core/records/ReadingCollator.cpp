#include "core/records/ReadingCollator.h"

#include <memory>

#include <unicode/ucol.h>

namespace sd {

namespace {

struct CollatorCloser
{
    void operator()(UCollator* collator) const { ucol_close(collator); }
};

// ICU collators are not safe to share between threads; each thread opens its own.
UCollator* japaneseCollator()
{
    thread_local std::unique_ptr<UCollator, CollatorCloser> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<UCollator, CollatorCloser> opened(ucol_open("ja", &status));
        Q_ASSERT(U_SUCCESS(status));
        return opened;
    }();
    return collator.get();
}

} // namespace

QByteArray ReadingCollator::sortKey(const QString& text)
{
    UCollator* collator = japaneseCollator();
    const auto* characters = reinterpret_cast<const UChar*>(text.constData());
    QByteArray key(64, Qt::Uninitialized);
    int32_t needed = ucol_getSortKey(collator, characters, int32_t(text.size()), reinterpret_cast<uint8_t*>(key.data()),
                                     int32_t(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = ucol_getSortKey(collator, characters, int32_t(text.size()), reinterpret_cast<uint8_t*>(key.data()),
                                 int32_t(key.size()));
    }
    key.resize(qMax(0, needed - 1)); // drop ICU's terminating zero byte
    return key;
}

QByteArray ReadingCollator::nameSortKey(const QString& family, const QString& given)
{
    // A collation key holds no zero byte, so a zero between the two keys sorts a family before
    // any longer one it begins (ヤマ before ヤマサキ), and decides nothing else. Comparing the
    // whole reading at once would weigh the voicing of ヤマザキ only after every kana of the
    // given name, mixing two families.
    return sortKey(family) + '\0' + sortKey(given);
}

QString ReadingCollator::version()
{
    UVersionInfo info;
    ucol_getVersion(japaneseCollator(), info);
    return QStringLiteral("%1.%2.%3.%4").arg(info[0]).arg(info[1]).arg(info[2]).arg(info[3]);
}

} // namespace sd
