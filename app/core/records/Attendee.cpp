#include "core/records/Attendee.h"

#include "core/records/Country.h"
#include "core/records/EmailAddress.h"
#include "core/records/Reading.h"
#include "core/records/ValueNames.h"

namespace sd {

namespace {

const ValueNames& categoryNames()
{
    static const ValueNames names("Attendee",
                                  {
                                      {"participant", QT_TRANSLATE_NOOP("Attendee", "Participant")},
                                      {"speaker", QT_TRANSLATE_NOOP("Attendee", "Speaker")},
                                      {"staff", QT_TRANSLATE_NOOP("Attendee", "Staff")},
                                      {"press", QT_TRANSLATE_NOOP("Attendee", "Press")},
                                      {"vip", QT_TRANSLATE_NOOP("Attendee", "VIP")},
                                      {"interpreter", QT_TRANSLATE_NOOP("Attendee", "Interpreter")},
                                  });
    return names;
}

} // namespace

PersonName Attendee::name() const
{
    return PersonName(familyName, givenName, familyReading, givenReading, latinName);
}

Attendee Attendee::normalised() const
{
    Attendee attendee = *this;
    attendee.familyReading = Reading::katakana(familyReading);
    attendee.givenReading = Reading::katakana(givenReading);
    attendee.email = EmailAddress::normalised(email);
    attendee.country = Country::stored(country);
    return attendee;
}

QStringList Attendee::categories()
{
    return categoryNames().keys();
}

QString Attendee::categoryName(const QString& key)
{
    return categoryNames().name(key);
}

QString Attendee::categoryName(const QString& key, const QString& language)
{
    return categoryNames().name(key, language);
}

std::optional<QString> Attendee::categoryFromText(const QString& text)
{
    return categoryNames().keyOf(text);
}

} // namespace sd
