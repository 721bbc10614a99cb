#include "core/stores/PersonMerge.h"

#include <algorithm>

#include "core/records/Seminar.h"
#include "core/stores/AttendeeStore.h"

namespace sd {

namespace {

// The member of Attendee that holds FIELD.
QString Attendee::*memberOf(PersonMerge::Field field)
{
    switch (field) {
    case PersonMerge::Field::FamilyName:
        return &Attendee::familyName;
    case PersonMerge::Field::GivenName:
        return &Attendee::givenName;
    case PersonMerge::Field::FamilyReading:
        return &Attendee::familyReading;
    case PersonMerge::Field::GivenReading:
        return &Attendee::givenReading;
    case PersonMerge::Field::LatinName:
        return &Attendee::latinName;
    case PersonMerge::Field::BadgeName:
        return &Attendee::badgeName;
    case PersonMerge::Field::Organisation:
        return &Attendee::organisation;
    case PersonMerge::Field::Position:
        return &Attendee::position;
    case PersonMerge::Field::Country:
        return &Attendee::country;
    case PersonMerge::Field::Email:
        return &Attendee::email;
    case PersonMerge::Field::Phone:
        return &Attendee::phone;
    case PersonMerge::Field::PreferredLanguage:
        return &Attendee::preferredLanguage;
    case PersonMerge::Field::Category:
        return &Attendee::category;
    case PersonMerge::Field::Notes:
        return &Attendee::notes;
    }
    Q_UNREACHABLE();
}

Result<PersonMerge::Person> readPerson(const Database& database, qint64 attendeeId)
{
    auto attendee = AttendeeStore(database).find(attendeeId);
    if (!attendee)
        return fail(attendee.error());
    auto registrations = RegistrationStore(database).seminarsOf(attendeeId);
    if (!registrations)
        return fail(registrations.error());
    return PersonMerge::Person {*attendee, *registrations};
}

} // namespace

Result<PersonMerge> PersonMerge::of(const Database& database, qint64 firstId, qint64 secondId)
{
    if (firstId == secondId)
        return fail(tr("Choose two different records to merge."));
    auto first = readPerson(database, firstId);
    if (!first)
        return fail(first.error());
    auto second = readPerson(database, secondId);
    if (!second)
        return fail(second.error());
    return PersonMerge(*first, *second);
}

PersonMerge::PersonMerge(const Person& first, const Person& second)
    : m_kept(first.attendee.id <= second.attendee.id ? first : second)
    , m_other(first.attendee.id <= second.attendee.id ? second : first)
{
    for (Field field : fields())
        m_choices.insert(field, defaultChoice(field));
    findClashes();
}

PersonMerge::Side PersonMerge::defaultChoice(Field field) const
{
    const QString kept = value(m_kept.attendee, field).trimmed();
    const QString other = value(m_other.attendee, field).trimmed();
    if (kept == other || other.isEmpty())
        return Side::Kept;
    if (kept.isEmpty())
        return Side::Other;
    return m_other.attendee.updatedAt > m_kept.attendee.updatedAt ? Side::Other : Side::Kept;
}

void PersonMerge::findClashes()
{
    for (const SeminarRegistration& other : m_other.registrations) {
        for (const SeminarRegistration& kept : m_kept.registrations) {
            if (kept.seminar.id != other.seminar.id)
                continue;
            // A tie keeps the registration of the record kept, whose check-in code may be on a badge.
            const int otherReach = advancement(other.registration.status);
            const int keptReach = advancement(kept.registration.status);
            const bool otherWent = otherReach > keptReach;
            m_clashes.append({kept.seminar, otherWent ? other.registration : kept.registration,
                              otherWent ? Side::Other : Side::Kept, otherWent ? kept.registration : other.registration,
                              otherReach != keptReach});
        }
    }
}

Attendee PersonMerge::merged() const
{
    Attendee merged = m_kept.attendee;
    for (Field field : fields())
        merged.*memberOf(field) = value(person(choice(field)).attendee, field);
    return merged;
}

QList<Registration> PersonMerge::moving() const
{
    const QList<Registration> gone = dropped();
    QList<Registration> moving;
    for (const SeminarRegistration& each : m_other.registrations) {
        const bool lost = std::any_of(gone.cbegin(), gone.cend(), [&each](const Registration& dropped) {
            return dropped.id == each.registration.id;
        });
        if (!lost)
            moving.append(each.registration);
    }
    return moving;
}

QList<Registration> PersonMerge::dropped() const
{
    QList<Registration> dropped;
    for (const Clash& clash : m_clashes)
        dropped.append(clash.dropped);
    return dropped;
}

QList<PersonMerge::Field> PersonMerge::fields()
{
    return {Field::FamilyName, Field::GivenName,         Field::FamilyReading, Field::GivenReading, Field::LatinName,
            Field::BadgeName,  Field::Organisation,      Field::Position,      Field::Country,      Field::Email,
            Field::Phone,      Field::PreferredLanguage, Field::Category,      Field::Notes};
}

QString PersonMerge::fieldName(Field field)
{
    switch (field) {
    case Field::FamilyName:
        return tr("Family name");
    case Field::GivenName:
        return tr("Given name");
    case Field::FamilyReading:
        return tr("Family name reading");
    case Field::GivenReading:
        return tr("Given name reading");
    case Field::LatinName:
        return tr("Latin-script name");
    case Field::BadgeName:
        return tr("Name on the badge");
    case Field::Organisation:
        return tr("Organisation");
    case Field::Position:
        return tr("Position");
    case Field::Country:
        return tr("Country");
    case Field::Email:
        return tr("E-mail");
    case Field::Phone:
        return tr("Phone");
    case Field::PreferredLanguage:
        return tr("Language");
    case Field::Category:
        return tr("Category");
    case Field::Notes:
        return tr("Notes");
    }
    return {};
}

QString PersonMerge::value(const Attendee& attendee, Field field)
{
    return attendee.*memberOf(field);
}

QString PersonMerge::shownValue(const Attendee& attendee, Field field)
{
    switch (field) {
    case Field::PreferredLanguage:
        return Seminar::languageName(attendee.preferredLanguage);
    case Field::Category:
        return Attendee::categoryName(attendee.category);
    default:
        return value(attendee, field);
    }
}

int PersonMerge::advancement(Registration::Status status)
{
    switch (status) {
    case Registration::Status::Cancelled:
        return 0;
    case Registration::Status::Waitlisted:
        return 1;
    case Registration::Status::Registered:
        return 2;
    case Registration::Status::Attended:
        return 3;
    }
    return 0;
}

} // namespace sd
