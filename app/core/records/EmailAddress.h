// What the stores accept as an e-mail address.
#pragma once

#include <QString>

namespace sd {

class EmailAddress
{
public:
    // Something, one @, and a domain with a dot inside it; no spaces. Not RFC 5322: enough to
    // catch a name typed into the wrong field or a missing @, not to refuse an unusual address.
    static bool isPlausible(const QString& text);
    // TYPED as it is stored: without spaces at either end, and in ASCII where a Japanese input
    // method typed full-width letters (ｔｅｓｔ＠ｅｘａｍｐｌｅ．ｊｐ: test@example.jp).
    static QString normalised(const QString& typed);
};

} // namespace sd
