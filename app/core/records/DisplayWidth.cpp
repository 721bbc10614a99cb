#include "core/records/DisplayWidth.h"

namespace sd {

bool isWideCharacter(char32_t codePoint)
{
    return (codePoint >= 0x1100 && codePoint <= 0x115F) || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
        || (codePoint >= 0xAC00 && codePoint <= 0xD7A3) || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
        || (codePoint >= 0xFE30 && codePoint <= 0xFE4F) || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
        || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6) || (codePoint >= 0x1F300 && codePoint <= 0x1FAFF)
        || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
}

int displayWidth(QStringView text)
{
    // Walks the UTF-16 units directly: exports measure every cell, and toUcs4() would allocate.
    int width = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = text[i].unicode();
        if (unit < 0x1100) {
            ++width;
        } else if (QChar::isHighSurrogate(unit) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            width += isWideCharacter(QChar::surrogateToUcs4(unit, text[i + 1].unicode())) ? 2 : 1;
            ++i;
        } else {
            width += isWideCharacter(unit) ? 2 : 1;
        }
    }
    return width;
}

} // namespace sd
