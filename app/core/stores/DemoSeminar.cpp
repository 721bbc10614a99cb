#include "core/stores/DemoSeminar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include "core/data/BulkWrite.h"
#include "core/data/Database.h"
#include "core/data/Transaction.h"
#include "core/rota/RotaProposal.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/BoothStore.h"
#include "core/stores/ContactStore.h"
#include "core/stores/ProgrammeStore.h"
#include "core/stores/ReceiverInventoryStore.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "core/stores/SortKeyRefresh.h"
#include "core/stores/VenueStore.h"

namespace sd {

namespace {

QJsonObject demoData()
{
    QFile file(QStringLiteral(":/demo/demo-seminar.json"));
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT(opened);
    Q_UNUSED(opened);
    return QJsonDocument::fromJson(file.readAll()).object();
}

Venue venueFrom(const QJsonObject& json)
{
    Venue venue;
    venue.name = json[QLatin1String("name")].toString();
    venue.nameEn = json[QLatin1String("nameEn")].toString();
    venue.address = json[QLatin1String("address")].toString();
    venue.addressEn = json[QLatin1String("addressEn")].toString();
    venue.postalCode = json[QLatin1String("postalCode")].toString();
    venue.accessNotes = json[QLatin1String("accessNotes")].toString();
    return venue;
}

Seminar seminarFrom(const QJsonObject& json, qint64 venueId)
{
    Seminar seminar;
    seminar.titleJa = json[QLatin1String("titleJa")].toString();
    seminar.titleEn = json[QLatin1String("titleEn")].toString();
    seminar.shortTitle = json[QLatin1String("shortTitle")].toString();
    seminar.descriptionJa = json[QLatin1String("descriptionJa")].toString();
    seminar.descriptionEn = json[QLatin1String("descriptionEn")].toString();
    seminar.startsAt = QDateTime::fromString(json[QLatin1String("startsAt")].toString(), Qt::ISODate);
    seminar.endsAt = QDateTime::fromString(json[QLatin1String("endsAt")].toString(), Qt::ISODate);
    seminar.venueId = venueId;
    seminar.organiser = json[QLatin1String("organiser")].toString();
    seminar.capacity = json[QLatin1String("capacity")].toInt();
    seminar.languages.clear();
    for (const QJsonValue& language : json[QLatin1String("languages")].toArray())
        seminar.languages.append(language.toString());
    seminar.status = Seminar::statusFromKey(json[QLatin1String("status")].toString()).value_or(Seminar::Status::Open);
    seminar.participationFee = json[QLatin1String("participationFee")].toInt();
    seminar.receptionOpens
        = QTime::fromString(json[QLatin1String("receptionOpens")].toString(), QStringLiteral("H:mm"));
    seminar.registrationDeadline
        = QDate::fromString(json[QLatin1String("registrationDeadline")].toString(), Qt::ISODate);
    seminar.registrationUrl = json[QLatin1String("registrationUrl")].toString();
    seminar.registrationEmail = json[QLatin1String("registrationEmail")].toString();
    for (const QJsonValue& method : json[QLatin1String("applicationMethods")].toArray()) {
        if (const auto known = Seminar::applicationMethodFromKey(method.toString()))
            seminar.applicationMethods.append(*known);
    }
    return seminar;
}

QList<ProgrammeItem> programmeFrom(const QJsonArray& json)
{
    QList<ProgrammeItem> items;
    for (const QJsonValue& value : json) {
        const QJsonObject object = value.toObject();
        ProgrammeItem item;
        item.startsAt = QTime::fromString(object[QLatin1String("startsAt")].toString(), QStringLiteral("H:mm"));
        item.endsAt = QTime::fromString(object[QLatin1String("endsAt")].toString(), QStringLiteral("H:mm"));
        item.titleJa = object[QLatin1String("titleJa")].toString();
        item.titleEn = object[QLatin1String("titleEn")].toString();
        item.language = object[QLatin1String("language")].toString();
        item.kind = ProgrammeItem::kindFromKey(object[QLatin1String("kind")].toString())
                        .value_or(ProgrammeItem::Kind::Session);
        for (const QJsonValue& speaker : object[QLatin1String("speakers")].toArray()) {
            item.speakers.append(
                {speaker[QLatin1String("name")].toString(), speaker[QLatin1String("affiliation")].toString()});
        }
        items.append(item);
    }
    return items;
}

Contact contactFrom(const QJsonObject& json)
{
    Contact contact;
    contact.kind = Contact::kindFromKey(json[QLatin1String("kind")].toString());
    contact.name = json[QLatin1String("name")].toString();
    contact.reading = json[QLatin1String("reading")].toString();
    contact.latinName = json[QLatin1String("latinName")].toString();
    contact.role = json[QLatin1String("role")].toString();
    contact.organisation = json[QLatin1String("organisation")].toString();
    contact.address = json[QLatin1String("address")].toString();
    contact.addressEn = json[QLatin1String("addressEn")].toString();
    contact.postalCode = json[QLatin1String("postalCode")].toString();
    contact.tel = json[QLatin1String("tel")].toString();
    contact.fax = json[QLatin1String("fax")].toString();
    contact.email = json[QLatin1String("email")].toString();
    return contact;
}

// One name from a pool of the demo data.
struct PoolName
{
    QString name;
    QString reading;
    QString latin;
    QString country;
};

QList<PoolName> poolNames(const QJsonArray& array, const char* nameKey)
{
    QList<PoolName> names;
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        names.append({object[QLatin1String(nameKey)].toString(), object[QLatin1String("reading")].toString(),
                      object[QLatin1String("latin")].toString(), object[QLatin1String("country")].toString()});
    }
    return names;
}

QStringList poolStrings(const QJsonArray& array)
{
    QStringList strings;
    for (const QJsonValue& value : array)
        strings.append(value.toString());
    return strings;
}

// An organisation of the demo data and the positions its people hold: a city office has no
// 代表取締役, a company no Mayor's Advisor.
struct PoolOrganisation
{
    QString name;
    QStringList positions;
};

// ORGANISATIONS with their positions from POSITIONS ({"government": [...], ...}), by their kind.
QList<PoolOrganisation> poolOrganisations(const QJsonArray& organisations, const QJsonObject& positions)
{
    QList<PoolOrganisation> pool;
    for (const QJsonValue& value : organisations) {
        const QJsonObject organisation = value.toObject();
        const QString kind = organisation[QLatin1String("kind")].toString();
        pool.append({organisation[QLatin1String("name")].toString(), poolStrings(positions[kind].toArray())});
        Q_ASSERT(!pool.constLast().positions.isEmpty());
    }
    return pool;
}

// Draws fictitious people from the name pools of the demo data (read once: the demo can hold
// 100,000 of them).
class AttendeeGenerator
{
public:
    AttendeeGenerator(const QJsonObject& data, quint32 seed)
        : m_japaneseFamilies(poolNames(data[QLatin1String("japaneseFamilyNames")].toArray(), "name"))
        , m_japaneseGivens(poolNames(data[QLatin1String("japaneseGivenNames")].toArray(), "name"))
        , m_internationalFamilies(poolNames(data[QLatin1String("internationalNames")].toArray(), "family"))
        , m_internationalGivens(poolNames(data[QLatin1String("internationalNames")].toArray(), "given"))
        , m_eastAsianFamilies(poolNames(data[QLatin1String("eastAsianNames")].toArray(), "family"))
        , m_eastAsianGivens(poolNames(data[QLatin1String("eastAsianNames")].toArray(), "given"))
        , m_japaneseOrganisations(poolOrganisations(data[QLatin1String("japaneseOrganisations")].toArray(),
                                                    data[QLatin1String("positions")][QLatin1String("ja")].toObject()))
        , m_internationalOrganisations(
              poolOrganisations(data[QLatin1String("internationalOrganisations")].toArray(),
                                data[QLatin1String("positions")][QLatin1String("en")].toObject()))
        , m_random(seed)
    {
    }

    Attendee next(int number)
    {
        const int kind = m_random.bounded(100);
        Attendee attendee = kind < 72 ? japanese() : kind < 95 ? international() : eastAsian();
        attendee.category = category();
        // Fictitious addresses at example domains only: never a real person's mailbox.
        const QString local
            = attendee.latinName.toLower().remove(QLatin1Char('\'')).replace(QLatin1Char(' '), QLatin1Char('.'));
        attendee.email = QStringLiteral("%1.%2@%3")
                             .arg(local)
                             .arg(number)
                             .arg(attendee.preferredLanguage == QLatin1String("ja") ? QStringLiteral("example.jp")
                                                                                    : QStringLiteral("example.org"));
        // Japanese attendees give a number as dialled in Japan; visitors a Japanese one in the form
        // dialled from abroad.
        const QString phone = attendee.preferredLanguage == QLatin1String("ja") ? QStringLiteral("093-555-%1")
                                                                                : QStringLiteral("+81-93-555-%1");
        attendee.phone = phone.arg(number % 10000, 4, 10, QLatin1Char('0'));
        return attendee;
    }

    bool needsReceiver(const Attendee& attendee)
    {
        // Those who do not speak Japanese nearly all need one; a few Japanese speakers do too.
        return attendee.preferredLanguage != QLatin1String("ja") ? m_random.bounded(100) < 90
                                                                 : m_random.bounded(100) < 8;
    }

    Registration::Status status()
    {
        const int draw = m_random.bounded(100);
        return draw < 86 ? Registration::Status::Registered
            : draw < 94  ? Registration::Status::Waitlisted
                         : Registration::Status::Cancelled;
    }

    int daysBefore() { return m_random.bounded(60); }

private:
    template <typename T> const T& pick(const QList<T>& pool) { return pool.at(m_random.bounded(int(pool.size()))); }

    Attendee japanese()
    {
        const PoolName& family = pick(m_japaneseFamilies);
        const PoolName& given = pick(m_japaneseGivens);
        Attendee attendee;
        attendee.familyName = family.name;
        attendee.givenName = given.name;
        attendee.familyReading = family.reading;
        attendee.givenReading = given.reading;
        attendee.latinName = given.latin + QLatin1Char(' ') + family.latin.toUpper();
        placeAt(attendee, pick(m_japaneseOrganisations));
        attendee.country = QStringLiteral("Japan");
        attendee.preferredLanguage = QStringLiteral("ja");
        return attendee;
    }

    // Given and family names drawn apart: clearly made-up people, in many combinations.
    Attendee international()
    {
        const PoolName& family = pick(m_internationalFamilies);
        Attendee attendee;
        attendee.familyName = family.name;
        attendee.givenName = pick(m_internationalGivens).name;
        attendee.latinName = attendee.givenName + QLatin1Char(' ') + attendee.familyName;
        attendee.country = family.country;
        placeAt(attendee, pick(m_internationalOrganisations));
        attendee.preferredLanguage = QStringLiteral("en");
        return attendee;
    }

    Attendee eastAsian()
    {
        const int index = m_random.bounded(int(m_eastAsianFamilies.size()));
        Attendee attendee;
        attendee.familyName = m_eastAsianFamilies.at(index).name;
        attendee.givenName = m_eastAsianGivens.at(index).name;
        attendee.latinName = m_eastAsianFamilies.at(index).latin;
        attendee.country = m_eastAsianFamilies.at(index).country;
        placeAt(attendee, pick(m_internationalOrganisations));
        attendee.preferredLanguage = QStringLiteral("en");
        return attendee;
    }

    void placeAt(Attendee& attendee, const PoolOrganisation& organisation)
    {
        attendee.organisation = organisation.name;
        attendee.position = pick(organisation.positions);
    }

    QString category()
    {
        const int draw = m_random.bounded(100);
        if (draw < 3)
            return QStringLiteral("speaker");
        if (draw < 6)
            return QStringLiteral("staff");
        if (draw < 8)
            return QStringLiteral("press");
        if (draw < 10)
            return QStringLiteral("vip");
        return QStringLiteral("participant");
    }

    QList<PoolName> m_japaneseFamilies;
    QList<PoolName> m_japaneseGivens;
    QList<PoolName> m_internationalFamilies;
    QList<PoolName> m_internationalGivens;
    QList<PoolName> m_eastAsianFamilies;
    QList<PoolName> m_eastAsianGivens;
    QList<PoolOrganisation> m_japaneseOrganisations;
    QList<PoolOrganisation> m_internationalOrganisations;
    QRandomGenerator m_random;
};

Status addContactsAndBooths(const Database& database, const QJsonObject& data, const Seminar& seminar)
{
    ContactStore contacts(database);
    BoothStore booths(database);
    QList<qint64> interpreters;
    for (const QJsonValue& value : data[QLatin1String("contacts")].toArray()) {
        const QJsonObject json = value.toObject();
        auto id = contacts.insert(contactFrom(json));
        if (!id)
            return fail(id.error());
        const auto role
            = Contact::roleFromKey(json[QLatin1String("seminarRole")].toString()).value_or(Contact::Role::Partner);
        if (Status linked = contacts.link(seminar.id, *id, role); !linked)
            return linked;
        if (role == Contact::Role::Interpreter)
            interpreters.append(*id);
    }
    QList<StaffedBooth> staffed;
    for (const QJsonValue& value : data[QLatin1String("booths")].toArray()) {
        const QJsonObject json = value.toObject();
        Booth booth;
        booth.seminarId = seminar.id;
        booth.name = json[QLatin1String("name")].toString();
        booth.languagePair = json[QLatin1String("languagePair")].toString();
        booth.channel = json[QLatin1String("channel")].toInt();
        auto boothId = booths.insert(booth);
        if (!boothId)
            return fail(boothId.error());
        booth.id = *boothId;
        staffed.append({booth, {}});
    }
    // The interpreters shared out among the booths, taking turns as the rota proposes.
    auto programme = ProgrammeStore(database).forSeminar(seminar.id);
    if (!programme)
        return fail(programme.error());
    const QList<QList<InterpreterShift>> rotas = RotaProposal::forSeminar(seminar, *programme, staffed, interpreters);
    for (int index = 0; index < staffed.size(); ++index) {
        if (Status replaced = booths.replaceShifts(staffed.at(index).booth.id, rotas.at(index)); !replaced)
            return replaced;
    }
    return {};
}

Status addAttendees(const Database& database, const QJsonObject& data, const Seminar& seminar, int count, quint32 seed)
{
    AttendeeStore attendees(database);
    RegistrationStore registrations(database);
    AttendeeGenerator generator(data, seed);
    const QDateTime opened = seminar.startsAt.addDays(-60).toUTC();
    for (int number = 1; number <= count; ++number) {
        const Attendee attendee = generator.next(number);
        auto attendeeId = attendees.insert(attendee);
        if (!attendeeId)
            return fail(attendeeId.error());
        Registration registration;
        registration.seminarId = seminar.id;
        registration.attendeeId = *attendeeId;
        registration.status = generator.status();
        registration.receiverNeeded = generator.needsReceiver(attendee);
        registration.registeredAt = opened.addDays(generator.daysBefore()).addSecs(number % 86400);
        registration.source = QStringLiteral("demo");
        if (auto registered = registrations.insert(registration); !registered)
            return fail(registered.error());
    }
    return {};
}

} // namespace

Result<qint64> DemoSeminar::fill(const Database& database, int attendees, quint32 seed)
{
    const QJsonObject data = demoData();
    const BulkWrite bulk(database);
    Transaction transaction(database);
    if (!transaction.begun())
        return fail(transaction.errorText());
    auto venueId = VenueStore(database).insert(venueFrom(data[QLatin1String("venue")].toObject()));
    if (!venueId)
        return fail(venueId.error());
    Seminar seminar = seminarFrom(data[QLatin1String("seminar")].toObject(), *venueId);
    auto seminarId = SeminarStore(database).insert(seminar);
    if (!seminarId)
        return fail(seminarId.error());
    seminar.id = *seminarId;
    const QJsonArray programme = data[QLatin1String("seminar")][QLatin1String("programme")].toArray();
    if (Status added = ProgrammeStore(database).replace(seminar.id, programmeFrom(programme)); !added)
        return fail(added.error());
    if (Status added = addContactsAndBooths(database, data, seminar); !added)
        return fail(added.error());
    if (Status added = addAttendees(database, data, seminar, attendees, seed); !added)
        return fail(added.error());
    // Enough receivers, on a system with channels to spare, for the default demo's registrations.
    ReceiverInventory receivers;
    receivers.count = data[QLatin1String("receivers")][QLatin1String("count")].toInt();
    receivers.systemChannels = data[QLatin1String("receivers")][QLatin1String("systemChannels")].toInt();
    if (Status added = ReceiverInventoryStore(database).write(seminar.id, receivers); !added)
        return fail(added.error());
    if (Status committed = transaction.commit(); !committed)
        return fail(committed.error());
    return seminar.id;
}

Status DemoSeminar::create(const QString& path, int attendees)
{
    if (attendees < 0)
        return fail(tr("The number of attendees cannot be negative."));
    if (QFile::exists(path))
        return fail(tr("“%1” already exists; the demo is only written to a new file.").arg(path));
    return createForWork(path, [attendees](const Database& database) -> Status {
        if (Result<qint64> seminar = fill(database, attendees); !seminar)
            return fail(seminar.error());
        return {};
    });
}

QString DemoSeminar::defaultPath()
{
    return QFileInfo(Database::defaultPath()).dir().filePath(QStringLiteral("demo.sqlite"));
}

} // namespace sd
