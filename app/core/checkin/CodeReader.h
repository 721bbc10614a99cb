// Reads a check-in code out of what a badge scanner or a hand typed into the desk's one field.
#pragma once

#include <optional>

#include <QString>

namespace sd {

class CodeReader
{
public:
    struct Reading
    {
        QString code; // "SD-" and ten characters, as stored
        bool prefixed = false; // SD was there: certainly meant as a code, never as a name
    };

    // The code in TYPED, however it arrived: with or without "SD-", in lower case or full width,
    // with spaces or hyphens anywhere, I or L for 1 and O for 0, inside whatever a scanner adds
    // before and after it, or sent twice in one burst. Nothing when TYPED holds no code, or two
    // different ones.
    static std::optional<Reading> read(const QString& typed);
};

} // namespace sd
