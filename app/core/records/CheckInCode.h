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
    // The code TYPED stands for, read off a badge: with or without "SD-", in any case, O for 0 and I
    // or L for 1 (sd-7k3m9q2x4p, 7K3M9Q2X4P); empty when TYPED cannot be a code.
    static QString fromTyped(const QString& typed);
};

} // namespace sd
