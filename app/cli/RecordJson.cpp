#include "cli/RecordJson.h"

#include "core/data/StoredTime.h"
#include "core/rota/AiicNorms.h"

namespace sd {

namespace {

QVariant localTime(const QDateTime& time)
{
    return storedLocalTime(time);
}

QVariant instant(const QDateTime& time)
{
    return storedInstant(time);
}

QStringList applicationMethodKeys(const QList<Seminar::ApplicationMethod>& methods)
{
    QStringList keys;
    for (Seminar::ApplicationMethod method : methods)
        keys.append(Seminar::applicationMethodKey(method));
    return keys;
}

QVariant timeOfDay(const QTime& time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant();
}

// The items in order, each with its speakers: what a rota or a booth sheet reads.
QVariantList programmeList(const QList<ProgrammeItem>& programme)
{
    QVariantList items;
    for (const ProgrammeItem& item : programme) {
        QVariantList speakers;
        for (const ProgrammeSpeaker& speaker : item.speakers) {
            speakers.append(QVariant::fromValue(JsonRecord()
                                                    .add(QStringLiteral("name"), speaker.name)
                                                    .add(QStringLiteral("affiliation"), speaker.affiliation)));
        }
        items.append(QVariant::fromValue(JsonRecord()
                                             .add(QStringLiteral("starts_at"), timeOfDay(item.startsAt))
                                             .add(QStringLiteral("ends_at"), timeOfDay(item.endsAt))
                                             .add(QStringLiteral("title_ja"), item.titleJa)
                                             .add(QStringLiteral("title_en"), item.titleEn)
                                             .add(QStringLiteral("language"), item.language)
                                             .add(QStringLiteral("kind"), ProgrammeItem::kindKey(item.kind))
                                             .add(QStringLiteral("speakers"), speakers)));
    }
    return items;
}

} // namespace

JsonRecord RecordJson::seminar(const Seminar& seminar, const QString& venueName, const QList<ProgrammeItem>& programme)
{
    return JsonRecord()
        .add(QStringLiteral("id"), seminar.id)
        .add(QStringLiteral("title_ja"), seminar.titleJa)
        .add(QStringLiteral("title_en"), seminar.titleEn)
        .add(QStringLiteral("short_title"), seminar.shortTitle)
        .add(QStringLiteral("description_ja"), seminar.descriptionJa)
        .add(QStringLiteral("description_en"), seminar.descriptionEn)
        .add(QStringLiteral("programme"), programmeList(programme))
        .add(QStringLiteral("starts_at"), localTime(seminar.startsAt))
        .add(QStringLiteral("ends_at"), localTime(seminar.endsAt))
        .add(QStringLiteral("venue_id"), seminar.venueId > 0 ? QVariant(seminar.venueId) : QVariant())
        .add(QStringLiteral("venue_name"), venueName)
        .add(QStringLiteral("organiser"), seminar.organiser)
        .add(QStringLiteral("capacity"), seminar.capacity)
        .add(QStringLiteral("languages"), seminar.languages)
        .add(QStringLiteral("status"), Seminar::statusKey(seminar.status))
        .add(QStringLiteral("participation_fee"), seminar.participationFee)
        .add(QStringLiteral("reception_opens"),
             seminar.receptionOpens.isValid() ? QVariant(seminar.receptionOpens.toString(QStringLiteral("HH:mm")))
                                              : QVariant())
        .add(QStringLiteral("registration_deadline"),
             seminar.registrationDeadline.isValid() ? QVariant(seminar.registrationDeadline.toString(Qt::ISODate))
                                                    : QVariant())
        .add(QStringLiteral("registration_url"), seminar.registrationUrl)
        .add(QStringLiteral("registration_email"), seminar.registrationEmail)
        .add(QStringLiteral("application_methods"), applicationMethodKeys(seminar.applicationMethods));
}

JsonRecord RecordJson::attendee(const Attendee& attendee)
{
    return JsonRecord()
        .add(QStringLiteral("id"), attendee.id)
        .add(QStringLiteral("family_name"), attendee.familyName)
        .add(QStringLiteral("given_name"), attendee.givenName)
        .add(QStringLiteral("family_reading"), attendee.familyReading)
        .add(QStringLiteral("given_reading"), attendee.givenReading)
        .add(QStringLiteral("display_name"), attendee.displayName())
        .add(QStringLiteral("latin_name"), attendee.latinName)
        .add(QStringLiteral("badge_name"), attendee.badgeName)
        .add(QStringLiteral("organisation"), attendee.organisation)
        .add(QStringLiteral("position"), attendee.position)
        .add(QStringLiteral("country"), attendee.country)
        .add(QStringLiteral("email"), attendee.email)
        .add(QStringLiteral("phone"), attendee.phone)
        .add(QStringLiteral("preferred_language"), attendee.preferredLanguage)
        .add(QStringLiteral("category"), attendee.category)
        .add(QStringLiteral("notes"), attendee.notes);
}

JsonRecord RecordJson::registration(const RegisteredAttendee& row)
{
    const Registration& registration = row.registration;
    return JsonRecord()
        .add(QStringLiteral("id"), registration.id)
        .add(QStringLiteral("seminar_id"), registration.seminarId)
        .add(QStringLiteral("attendee_id"), registration.attendeeId)
        .add(QStringLiteral("display_name"), row.attendee.displayName())
        .add(QStringLiteral("reading"), row.attendee.name().displayReading())
        .add(QStringLiteral("status"), Registration::statusKey(registration.status))
        .add(QStringLiteral("checkin_code"), registration.checkInCode)
        .add(QStringLiteral("registered_at"), instant(registration.registeredAt))
        .add(QStringLiteral("checked_in_at"), instant(registration.checkedInAt))
        .add(QStringLiteral("receiver_needed"), registration.receiverNeeded)
        .add(QStringLiteral("badge_printed_at"), instant(registration.badgePrintedAt))
        .add(QStringLiteral("source"), registration.source);
}

JsonRecord RecordJson::booth(const StaffedBooth& staffed, int interpretedMinutes,
                             const QList<RotaCheck::Warning>& warnings)
{
    QVariantList shiftList;
    for (const StaffedBooth::Shift& each : staffed.shifts) {
        shiftList.append(QVariant::fromValue(JsonRecord()
                                                 .add(QStringLiteral("contact_id"), each.shift.contactId)
                                                 .add(QStringLiteral("name"), each.interpreterName)
                                                 .add(QStringLiteral("starts_at"), localTime(each.shift.startsAt))
                                                 .add(QStringLiteral("ends_at"), localTime(each.shift.endsAt))));
    }
    QVariantList warningList;
    for (const RotaCheck::Warning& warning : warnings) {
        warningList.append(QVariant::fromValue(JsonRecord()
                                                   .add(QStringLiteral("kind"), RotaCheck::kindKey(warning.kind))
                                                   .add(QStringLiteral("message"), warning.message)));
    }
    const std::optional<int> team = AiicNorms::teamSize(interpretedMinutes);
    const QVariant teamNeeded = team ? QVariant(*team) : QVariant();
    const Booth& booth = staffed.booth;
    return JsonRecord()
        .add(QStringLiteral("id"), booth.id)
        .add(QStringLiteral("seminar_id"), booth.seminarId)
        .add(QStringLiteral("name"), booth.name)
        .add(QStringLiteral("language_pair"), booth.languagePair)
        .add(QStringLiteral("channel"), booth.channel)
        .add(QStringLiteral("notes"), booth.notes)
        .add(QStringLiteral("interpreters"), shiftList)
        .add(QStringLiteral("interpreted_minutes"), interpretedMinutes)
        .add(QStringLiteral("team_needed"), teamNeeded)
        .add(QStringLiteral("warnings"), warningList);
}

JsonRecord RecordJson::contact(const Contact& contact)
{
    return JsonRecord()
        .add(QStringLiteral("id"), contact.id)
        .add(QStringLiteral("kind"), Contact::kindKey(contact.kind))
        .add(QStringLiteral("name"), contact.name)
        .add(QStringLiteral("reading"), contact.reading)
        .add(QStringLiteral("latin_name"), contact.latinName)
        .add(QStringLiteral("role"), contact.role)
        .add(QStringLiteral("organisation"), contact.organisation)
        .add(QStringLiteral("address"), contact.address)
        .add(QStringLiteral("address_en"), contact.addressEn)
        .add(QStringLiteral("postal_code"), contact.postalCode)
        .add(QStringLiteral("tel"), contact.tel)
        .add(QStringLiteral("fax"), contact.fax)
        .add(QStringLiteral("email"), contact.email)
        .add(QStringLiteral("notes"), contact.notes);
}

JsonRecord RecordJson::seminarContact(const SeminarContact& link)
{
    return contact(link.contact).add(QStringLiteral("seminar_role"), Contact::roleKey(link.role));
}

} // namespace sd
