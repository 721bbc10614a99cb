#include "RecordJson.h"

#include <QJsonArray>

#include "StoredTime.h"

namespace sd {

QJsonValue RecordJson::time(const QDateTime& time, bool instant)
{
    const QVariant stored = instant ? storedInstant(time) : storedLocalTime(time);
    return stored.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(stored.toString());
}

QJsonObject RecordJson::seminar(const Seminar& seminar, const QString& venueName)
{
    return {{QStringLiteral("id"), seminar.id},
            {QStringLiteral("title_ja"), seminar.titleJa},
            {QStringLiteral("title_en"), seminar.titleEn},
            {QStringLiteral("short_title"), seminar.shortTitle},
            {QStringLiteral("description_ja"), seminar.descriptionJa},
            {QStringLiteral("description_en"), seminar.descriptionEn},
            {QStringLiteral("programme"), seminar.programme},
            {QStringLiteral("starts_at"), time(seminar.startsAt, false)},
            {QStringLiteral("ends_at"), time(seminar.endsAt, false)},
            {QStringLiteral("venue_id"), seminar.venueId > 0 ? QJsonValue(seminar.venueId) : QJsonValue()},
            {QStringLiteral("venue_name"), venueName},
            {QStringLiteral("organiser"), seminar.organiser},
            {QStringLiteral("capacity"), seminar.capacity},
            {QStringLiteral("languages"), QJsonArray::fromStringList(seminar.languages)},
            {QStringLiteral("status"), Seminar::statusKey(seminar.status)}};
}

QJsonObject RecordJson::attendee(const Attendee& attendee)
{
    return {{QStringLiteral("id"), attendee.id},
            {QStringLiteral("family_name"), attendee.familyName},
            {QStringLiteral("given_name"), attendee.givenName},
            {QStringLiteral("family_reading"), attendee.familyReading},
            {QStringLiteral("given_reading"), attendee.givenReading},
            {QStringLiteral("display_name"), attendee.displayName()},
            {QStringLiteral("latin_name"), attendee.latinName},
            {QStringLiteral("organisation"), attendee.organisation},
            {QStringLiteral("position"), attendee.position},
            {QStringLiteral("country"), attendee.country},
            {QStringLiteral("email"), attendee.email},
            {QStringLiteral("phone"), attendee.phone},
            {QStringLiteral("preferred_language"), attendee.preferredLanguage},
            {QStringLiteral("category"), attendee.category},
            {QStringLiteral("notes"), attendee.notes}};
}

QJsonObject RecordJson::registration(const RegisteredAttendee& row)
{
    const Registration& registration = row.registration;
    return {{QStringLiteral("id"), registration.id},
            {QStringLiteral("seminar_id"), registration.seminarId},
            {QStringLiteral("attendee_id"), registration.attendeeId},
            {QStringLiteral("display_name"), row.attendee.displayName()},
            {QStringLiteral("reading"), row.attendee.name().displayReading()},
            {QStringLiteral("status"), Registration::statusKey(registration.status)},
            {QStringLiteral("checkin_code"), registration.checkInCode},
            {QStringLiteral("registered_at"), time(registration.registeredAt, true)},
            {QStringLiteral("checked_in_at"), time(registration.checkedInAt, true)},
            {QStringLiteral("receiver_needed"), registration.receiverNeeded},
            {QStringLiteral("badge_printed_at"), time(registration.badgePrintedAt, true)},
            {QStringLiteral("source"), registration.source}};
}

QJsonObject RecordJson::booth(const Booth& booth, const QList<InterpreterShift>& shifts,
                              const QList<Contact>& interpreters)
{
    QJsonArray shiftArray;
    for (const InterpreterShift& shift : shifts) {
        QString interpreterName;
        for (const Contact& contact : interpreters) {
            if (contact.id == shift.contactId)
                interpreterName = contact.name;
        }
        shiftArray.append(QJsonObject {{QStringLiteral("contact_id"), shift.contactId},
                                       {QStringLiteral("name"), interpreterName},
                                       {QStringLiteral("starts_at"), time(shift.startsAt, false)},
                                       {QStringLiteral("ends_at"), time(shift.endsAt, false)}});
    }
    return {{QStringLiteral("id"), booth.id},           {QStringLiteral("seminar_id"), booth.seminarId},
            {QStringLiteral("name"), booth.name},       {QStringLiteral("language_pair"), booth.languagePair},
            {QStringLiteral("channel"), booth.channel}, {QStringLiteral("receivers_issued"), booth.receiversIssued},
            {QStringLiteral("notes"), booth.notes},     {QStringLiteral("interpreters"), shiftArray}};
}

QJsonObject RecordJson::contact(const Contact& contact)
{
    return {{QStringLiteral("id"), contact.id},           {QStringLiteral("kind"), Contact::kindKey(contact.kind)},
            {QStringLiteral("name"), contact.name},       {QStringLiteral("reading"), contact.reading},
            {QStringLiteral("role"), contact.role},       {QStringLiteral("organisation"), contact.organisation},
            {QStringLiteral("address"), contact.address}, {QStringLiteral("postal_code"), contact.postalCode},
            {QStringLiteral("tel"), contact.tel},         {QStringLiteral("fax"), contact.fax},
            {QStringLiteral("email"), contact.email},     {QStringLiteral("notes"), contact.notes}};
}

QJsonObject RecordJson::seminarContact(const SeminarContact& link)
{
    QJsonObject object = contact(link.contact);
    object.insert(QStringLiteral("seminar_role"), Contact::roleKey(link.role));
    return object;
}

} // namespace sd
