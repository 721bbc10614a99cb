// Countries and regions by the names people write, stored by their English name and shown in the
// reader's language (resources/countries.json).
#pragma once

#include <QString>
#include <QStringList>

namespace sd {

class Country
{
public:
    // What is stored for TYPED: the English name of the country or region it names (Japan for 日本,
    // 日本国, JAPAN or JP; Vietnam for Viet Nam or ベトナム), in any case or width; TYPED as it is
    // (trimmed) when it names none the program knows.
    static QString stored(const QString& typed);
    // STORED in LANGUAGE ("ja" or "en"): 日本 for Japan in Japanese; text that names no known country
    // as it is.
    static QString name(const QString& stored, const QString& language);
    // The ISO 3166 code of the country STORED names ("JP"), or nothing.
    static QString code(const QString& stored);
    // The names of every known country in LANGUAGE, for completion as one types.
    static QStringList names(const QString& language);
};

} // namespace sd
