#pragma once

#include <QString>

namespace sd {

// Loads the program's translation and Qt's own for one language; "" follows the system locale.
class Translations
{
public:
    static void install(const QString& language = {});
    // The languages the program is translated into, as codes ("en", "ja").
    static QStringList available();
};

} // namespace sd
