#include <catch2/catch.hpp>

#include "core/data/SchemaDescription.h"
#include "core/data/SqlStatement.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

QStringList linesOf(const Database& database)
{
    auto description = SchemaDescription::read(database);
    INFO(description.error().toStdString());
    REQUIRE(description.ok());
    return description->lines();
}

} // namespace

TEST_CASE("SchemaDescription reads an SQLite database's columns, keys, indexes and checks")
{
    TestDatabaseFile file;
    const QStringList lines = linesOf(file.database());
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    for (const char* line : {
             "table registration",
             "registration column id: integer, not null, identity",
             "registration column checkin_code: text bytewise, not null",
             "registration column checked_in_at: text bytewise",
             "attendee column sort_key: blob, not null, default",
             // a key that is another table's id is not made by the engine
             "receiver_inventory column seminar_id: integer, not null",
             "receiver_inventory primary key (seminar_id)",
             "database_property column name: text bytewise, not null",
             "seminar_contact primary key (seminar_id, contact_id, role)",
             "registration foreign key (attendee_id) references attendee (id) on delete cascade",
             "seminar foreign key (venue_id) references venue (id) on delete restrict",
             "checkin_log foreign key (attendee_id) references attendee (id) on delete set null",
             "registration unique constraint (checkin_code)",
             "registration unique constraint (seminar_id, attendee_id)",
             "registration index registration_attendee (attendee_id)",
             "attendee index attendee_sort (sort_key, id, search_text)",
             "receiver_loan unique index receiver_loan_out_serial (seminar_id, serial) where (returned_at, serial)",
             "seminar check on (ends_at, starts_at)",
             "seminar check on (title_en, title_ja)",
             "registration check on (status)",
         }) {
        CHECK(lines.contains(QString::fromUtf8(line)));
    }
    // The comments inside CREATE TABLE checkin_log ("check_in and walk_in: ...") are no checks.
    CHECK(lines.filter(QStringLiteral("checkin_log check"))
          == QStringList {QStringLiteral("checkin_log check on (action)")});
    CHECK(lines.filter(QStringLiteral("attendee_email")).isEmpty());
    CHECK(lines.filter(QStringLiteral("seminar column")).filter(QStringLiteral(" programme:")).isEmpty());
}

TEST_CASE("SchemaDescription names what differs between two schemas")
{
    TestDatabaseFile one;
    TestDatabaseFile other;
    auto a = SchemaDescription::read(one.database());
    auto b = SchemaDescription::read(other.database());
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->differencesFrom(*b).isEmpty());

    REQUIRE(runStatement(other.database(), QStringLiteral("ALTER TABLE venue ADD COLUMN floor INTEGER")).ok());
    REQUIRE(runStatement(other.database(), QStringLiteral("DROP INDEX seminar_starts")).ok());
    auto changed = SchemaDescription::read(other.database());
    REQUIRE(changed.ok());
    CHECK(a->differencesFrom(*changed)
          == QStringList {QStringLiteral("- seminar index seminar_starts (starts_at)"),
                          QStringLiteral("- venue columns in order (id, name, name_en, address, address_en, "
                                         "postal_code, access_notes, version)"),
                          QStringLiteral("+ venue column floor: integer"),
                          QStringLiteral("+ venue columns in order (id, name, name_en, address, address_en, "
                                         "postal_code, access_notes, version, floor)")});
}
