#include "core/print/LineBreaks.h"

#include <memory>

#include <unicode/ubrk.h>

namespace sd {

namespace {

struct BreakIteratorCloser
{
    void operator()(UBreakIterator* iterator) const { ubrk_close(iterator); }
};
using BreakIterator = std::unique_ptr<UBreakIterator, BreakIteratorCloser>;

// Opening a break iterator loads its rules (and, for phrases, ICU's Japanese phrase model): one
// of each kind a thread, reused for every text.
UBreakIterator* iterator(LineBreaks::Level level)
{
    const auto open = [](UBreakIteratorType type, const char* locale) {
        UErrorCode status = U_ZERO_ERROR;
        BreakIterator opened(ubrk_open(type, locale, nullptr, 0, &status));
        Q_ASSERT_X(U_SUCCESS(status), "LineBreaks", "ICU has no line breaking rules");
        return opened;
    };
    // Strict kinsoku: a line never starts with a small kana or a prolonged sound mark either.
    thread_local const BreakIterator phrases = open(UBRK_LINE, "ja@lb=strict;lw=phrase");
    thread_local const BreakIterator characters = open(UBRK_LINE, "ja@lb=strict");
    thread_local const BreakIterator graphemes = open(UBRK_CHARACTER, "ja");
    switch (level) {
    case LineBreaks::Level::Phrases:
        return phrases.get();
    case LineBreaks::Level::Characters:
        return characters.get();
    case LineBreaks::Level::Anywhere:
        return graphemes.get();
    }
    Q_UNREACHABLE();
}

} // namespace

QList<qsizetype> LineBreaks::positions(const QString& text, Level level)
{
    QList<qsizetype> breaks;
    if (text.isEmpty())
        return breaks;
    UBreakIterator* breaker = iterator(level);
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker, reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()), &status);
    if (U_FAILURE(status))
        return {text.size()};
    for (int32_t at = ubrk_following(breaker, 0); at != UBRK_DONE; at = ubrk_next(breaker))
        breaks.append(at);
    // The iterator keeps a pointer to the text: let it go before the text does.
    ubrk_setText(breaker, nullptr, 0, &status);
    if (breaks.isEmpty() || breaks.constLast() != text.size())
        breaks.append(text.size());
    return breaks;
}

} // namespace sd
