#include "core/print/BadgeContent.h"

#include "core/records/Country.h"
#include "core/records/Seminar.h"
#include "core/stores/RegistrationStore.h"

namespace sd {

namespace {

// Text as typed, in one form: "José" stored as e and a combining accent draws as é.
QString composed(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C);
}

} // namespace

BadgeContent BadgeContent::from(const RegisteredAttendee& row, const Seminar& seminar)
{
    Attendee attendee = row.attendee;
    for (QString* text :
         {&attendee.familyName, &attendee.givenName, &attendee.latinName, &attendee.organisation, &attendee.country})
        *text = composed(*text);
    const PersonName name = attendee.name();
    BadgeContent content;
    content.registrationId = row.registration.id;
    content.familyFirst = name.isEastAsian();
    content.firstName = content.familyFirst ? attendee.familyName : attendee.givenName;
    content.secondName = content.familyFirst ? attendee.givenName : attendee.familyName;
    if (content.familyFirst && attendee.latinName != name.display())
        content.latinName = attendee.latinName;
    if (!attendee.badgeName.isEmpty()) {
        // The name the person asked for replaces their name: one large line, as they wrote it.
        content.familyFirst = true;
        content.firstName = attendee.badgeName;
        content.secondName.clear();
        content.latinName.clear();
    }
    content.organisation = attendee.organisation;
    // The seminars are held in Japan: a Japanese attendee's badge names no country.
    if (Country::code(attendee.country) != QLatin1String("JP"))
        content.country = attendee.country;
    content.category = attendee.category;
    content.seminarTitle = composed(seminar.badgeTitle());
    content.checkInCode = row.registration.checkInCode;
    return content;
}

} // namespace sd
