#include <catch2/catch.hpp>

#include <QFile>

#include "core/checkin/ReceiverForecast.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/BoothStore.h"
#include "core/stores/ContactStore.h"
#include "core/stores/DemoSeminar.h"
#include "core/stores/ReceiverInventoryStore.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "core/stores/VenueStore.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

TEST_CASE("The demo holds the seed seminar, its venue, contacts and booths", "[demo]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 40);
    INFO(seminarId.error().toStdString());
    REQUIRE(seminarId.ok());
    auto seminar = SeminarStore(file.database()).find(*seminarId);
    REQUIRE(seminar.ok());
    CHECK(seminar->titleEn.startsWith(QStringLiteral("Sustainable Society Built by Team Kitakyushu")));
    CHECK(seminar->titleEn.contains(QStringLiteral("Direction of Future International Environmental Cooperation")));
    CHECK(seminar->languages == QStringList {QStringLiteral("ja"), QStringLiteral("en")});
    CHECK(seminar->organiser.contains(QStringLiteral("Kitakyushu Urban Centre")));

    auto venue = VenueStore(file.database()).find(seminar->venueId);
    REQUIRE(venue.ok());
    CHECK(venue->nameEn == QStringLiteral("Kitakyushu Innovation Gallery & Studio (KIGS)"));
    CHECK(venue->addressEn == QStringLiteral("2-2-11 Higashida, Yahatahigashi-ku, Kitakyushu"));
    CHECK(venue->postalCode == QStringLiteral("805-0071"));

    auto enquiries = ContactStore(file.database()).forSeminar(*seminarId, Contact::Role::Enquiries);
    REQUIRE(enquiries.ok());
    REQUIRE(enquiries->size() == 1);
    CHECK(enquiries->first().tel == QStringLiteral("+81-93-681-1563"));
    CHECK(enquiries->first().fax == QStringLiteral("+81-93-681-1564"));
    CHECK(enquiries->first().addressEn.contains(QStringLiteral("1-1-1 Hirano")));
    CHECK(enquiries->first().postalCode == QStringLiteral("805-0062"));
    // The office as announced, its staff fictitious: no real person's name among the contacts.
    CHECK(enquiries->first().organisation.contains(QStringLiteral("(fictitious)")));
    for (const Contact& contact : *ContactStore(file.database()).all()) {
        for (const char* real : {"赤木", "細田", "Akagi", "Hosoda"})
            CHECK_FALSE(contact.name.contains(QString::fromUtf8(real)));
    }

    auto booths = BoothStore(file.database()).forSeminar(*seminarId);
    REQUIRE(booths.ok());
    REQUIRE(booths->size() == 2);
    CHECK(BoothStore(file.database()).shifts(booths->first().id)->size() == 5);
}

TEST_CASE("The demo registers as many fictitious attendees as asked, a realistic mix", "[demo]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 300);
    REQUIRE(seminarId.ok());
    auto rows = RegistrationStore(file.database()).registeredAttendees(*seminarId);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 300);
    int japanese = 0;
    int withReading = 0;
    int receivers = 0;
    for (const RegisteredAttendee& row : *rows) {
        japanese += row.attendee.name().isEastAsian() ? 1 : 0;
        withReading += row.attendee.familyReading.isEmpty() ? 0 : 1;
        receivers += row.registration.receiverNeeded ? 1 : 0;
        CHECK((row.attendee.email.endsWith(QStringLiteral("@example.jp"))
               || row.attendee.email.endsWith(QStringLiteral("@example.org"))));
    }
    CHECK(japanese > 150);
    CHECK(japanese < 300);
    CHECK(withReading > 150);
    CHECK(receivers > 30);
    CHECK(receivers < 200);
}

TEST_CASE("The demo's people hold positions their organisations have, and real bodies are marked", "[demo]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 400);
    REQUIRE(seminarId.ok());
    auto rows = RegistrationStore(file.database()).registeredAttendees(*seminarId);
    REQUIRE(rows.ok());
    // Positions a kind of organisation does not have.
    const QList<QPair<QString, QString>> misplaced {
        {QStringLiteral("市"), QStringLiteral("代表取締役")},
        {QStringLiteral("県"), QStringLiteral("代表取締役")},
        {QStringLiteral("省"), QStringLiteral("代表取締役")},
        {QStringLiteral("株式会社"), QStringLiteral("教授")},
        {QStringLiteral("大学"), QStringLiteral("代表取締役")},
        {QStringLiteral("株式会社"), QStringLiteral("主事")},
        {QStringLiteral("Ministry of Natural Resources"), QStringLiteral("Mayor's Advisor")},
        {QStringLiteral("University"), QStringLiteral("Mayor's Advisor")},
        {QStringLiteral("Bank"), QStringLiteral("Mayor's Advisor")},
    };
    int japanesePhones = 0;
    for (const RegisteredAttendee& row : *rows) {
        const Attendee& a = row.attendee;
        INFO((a.organisation + QLatin1Char(' ') + a.position).toStdString());
        for (const auto& [organisation, position] : misplaced)
            CHECK_FALSE((a.organisation.contains(organisation) && a.position == position));
        // Every organisation is marked: fictitious (架空), or a real body as an example (例, example).
        CHECK((a.organisation.contains(QStringLiteral("（架空）")) || a.organisation.contains(QStringLiteral("（例）"))
               || a.organisation.contains(QStringLiteral("(example)"))
               || a.organisation.contains(QStringLiteral("Example"))));
        if (a.preferredLanguage == QLatin1String("ja")) {
            // Japanese attendees give their number as dialled in Japan, and live in Japan.
            CHECK(a.phone.startsWith(QStringLiteral("093-")));
            CHECK(a.country == QStringLiteral("Japan"));
            ++japanesePhones;
        }
    }
    CHECK(japanesePhones > 200);
}

TEST_CASE("The default demo has receivers enough for its registrations, on channels its system has", "[demo]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), DemoSeminar::defaultAttendees);
    REQUIRE(seminarId.ok());
    auto forecast = ReceiverForecast::forInventories(file.database(), *seminarId);
    REQUIRE(forecast.ok());
    auto inventory = ReceiverInventoryStore(file.database()).read(*seminarId);
    REQUIRE(inventory.ok());
    CHECK(inventory->count == 40);
    const ReceiverForecast demo = (*forecast)(*inventory);
    CHECK(demo.needed() > 20);
    CHECK(demo.warnings().isEmpty());
}

TEST_CASE("The demo is written only to a new file", "[demo]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(DemoSeminar::create(path, 5).ok());
    const QByteArray before = [&] {
        QFile existing(path);
        REQUIRE(existing.open(QIODevice::ReadOnly));
        return existing.readAll();
    }();
    auto again = DemoSeminar::create(path, 5);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("already exists")));
    QFile existing(path);
    REQUIRE(existing.open(QIODevice::ReadOnly));
    CHECK(existing.readAll() == before);
}
