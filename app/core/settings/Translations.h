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
    // The language the program speaks now: "ja" when Japanese is installed, else "en".
    static QString current();
    // SOURCE, an English text of CONTEXT marked with QT_TRANSLATE_NOOP, in LANGUAGE ("ja" or "en")
    // whatever language the program speaks: for output whose language is chosen on its own, such as
    // a CSV file with Japanese headers. The words are the translation's, so the file says what the
    // program shows.
    static QString text(const QString& language, const char* context, const char* source);
};

} // namespace sd
