#include "core/records/Attendee.h"

#include <array>
#include <utility>

namespace sd {

PersonName Attendee::name() const
{
    return PersonName(familyName, givenName, familyReading, givenReading, latinName);
}

namespace {

// Each category's key and its name as written in the source, to be translated where it is shown.
constexpr std::array<std::pair<const char*, const char*>, 6> categoryNames {{
    {"participant", QT_TRANSLATE_NOOP("Attendee", "Participant")},
    {"speaker", QT_TRANSLATE_NOOP("Attendee", "Speaker")},
    {"staff", QT_TRANSLATE_NOOP("Attendee", "Staff")},
    {"press", QT_TRANSLATE_NOOP("Attendee", "Press")},
    {"vip", QT_TRANSLATE_NOOP("Attendee", "VIP")},
    {"interpreter", QT_TRANSLATE_NOOP("Attendee", "Interpreter")},
}};

} // namespace

QStringList Attendee::categories()
{
    QStringList keys;
    for (const auto& [key, name] : categoryNames)
        keys.append(QString::fromLatin1(key));
    return keys;
}

QString Attendee::categoryName(const QString& key)
{
    const char* name = categorySourceName(key);
    return name ? tr(name) : key;
}

const char* Attendee::categorySourceName(const QString& key)
{
    for (const auto& [category, name] : categoryNames) {
        if (key == QLatin1String(category))
            return name;
    }
    return nullptr;
}

} // namespace sd
