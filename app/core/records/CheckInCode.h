#pragma once

#include <QString>

namespace sd {

// The code on a badge's QR code that checks its holder in: "SD-" and ten Crockford base-32
// characters (no I, L, O, U to misread), all within QR's compact alphanumeric mode.
class CheckInCode
{
public:
    static QString generate();
    static bool isWellFormed(const QString& code);
    // Upper case, with O read as 0 and I or L as 1: what a person typing it meant.
    static QString normalized(const QString& typed);
};

} // namespace sd
