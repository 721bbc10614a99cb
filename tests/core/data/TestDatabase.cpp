#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "core/data/BulkWrite.h"
#include "core/data/MigrationStep.h"
#include "core/data/SqlStatement.h"
#include "core/data/Transaction.h"
#include "core/print/BadgeSelection.h"
#include "core/records/ReadingCollator.h"
#include "core/records/SearchText.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/BoothStore.h"
#include "core/stores/ContactStore.h"
#include "core/stores/ProgrammeStore.h"
#include "core/stores/ReceiverInventoryStore.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "core/stores/SortKeyRefresh.h"
#include "core/stores/VenueStore.h"
#include "support/OtherWriter.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

QVariant pragma(const Database& database, const QString& name)
{
    SqlStatement statement(database, QStringLiteral("PRAGMA ") + name);
    REQUIRE(statement.exec().ok());
    REQUIRE(statement.next());
    return statement.value(0);
}

int rowCount(const Database& database, const QString& table)
{
    SqlStatement statement(database, QStringLiteral("SELECT count(*) FROM ") + table);
    REQUIRE(statement.exec().ok());
    REQUIRE(statement.next());
    return statement.value(0).toInt();
}

// A database file written at data VERSION with ROWS in it, then opened for work: migrated to the
// latest version, which the constructor checks.
class OldDatabase
{
public:
    OldDatabase(int version, const QStringList& rows)
    {
        const QString path = m_folder.filePath(QStringLiteral("v%1.sqlite").arg(version));
        writeOldDatabase(path, version, rows);
        auto opened = openForWork(path);
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        m_database = std::move(*opened);
        CHECK(m_database->schemaVersion() == Database::latestSchemaVersion());
    }

    const Database& database() const { return *m_database; }

private:
    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;
};

} // namespace

TEST_CASE("A new database file is migrated, private and tuned", "[database]")
{
    TestDatabaseFile file;
    CHECK(file.database().schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 1);
    CHECK(pragma(file.database(), QStringLiteral("foreign_keys")).toInt() == 1);
    CHECK(pragma(file.database(), QStringLiteral("journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(pragma(file.database(), QStringLiteral("encoding")).toString() == QStringLiteral("UTF-16le"));
    CHECK(pragma(file.database(), QStringLiteral("application_id")).toInt() == Database::applicationId);
    CHECK(pragma(file.database(), QStringLiteral("cache_size")).toInt() == -Database::cacheKibibytes);
    {
        const BulkWrite bulk(file.database());
        CHECK(pragma(file.database(), QStringLiteral("cache_size")).toInt() == -BulkWrite::cacheKibibytes);
    }
    CHECK(pragma(file.database(), QStringLiteral("cache_size")).toInt() == -Database::cacheKibibytes);
    CHECK(QFile::permissions(file.path())
          == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    for (const QString& table :
         {QStringLiteral("seminar"), QStringLiteral("venue"), QStringLiteral("attendee"),
          QStringLiteral("registration"), QStringLiteral("booth"), QStringLiteral("interpreter_shift"),
          QStringLiteral("contact"), QStringLiteral("seminar_contact")})
        CHECK(rowCount(file.database(), table) == 0);
}

TEST_CASE("Reopening a database changes nothing", "[database]")
{
    TestDatabaseFile file;
    SqlStatement insert(file.database(), QStringLiteral("INSERT INTO venue (name) VALUES (?)"));
    REQUIRE(insert.exec({QStringLiteral("北九州イノベーションギャラリー")}).ok());
    file.reopen();
    file.reopen();
    CHECK(file.database().schemaVersion() == Database::latestSchemaVersion());
    CHECK(rowCount(file.database(), QStringLiteral("venue")) == 1);
}

TEST_CASE("A file that is not SQLite is refused and left as it was", "[database]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("notes.sqlite"));
    QFile text(path);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("These are my notes, not a database.\n");
    text.close();
    const QByteArray before = fileHash(path);

    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(path));
    CHECK(opened.error().contains(QStringLiteral("not an SQLite file")));
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("A database from a newer version is refused and left as it was", "[database]")
{
    TestDatabaseFile file;
    file.close();
    writeRawSqlite(file.path(), {QStringLiteral("PRAGMA user_version = 99")});
    const QByteArray before = fileHash(file.path());

    auto opened = Database::open(file.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("newer version")));
    CHECK(opened.error().contains(QStringLiteral("99")));
    CHECK(fileHash(file.path()) == before);
}

TEST_CASE("Another program's SQLite database is refused and left as it was", "[database]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("other.sqlite"));
    writeRawSqlite(path,
                   {QStringLiteral("CREATE TABLE songs (title TEXT)"),
                    QStringLiteral("INSERT INTO songs VALUES ('Ue o muite arukou')")});
    const QByteArray before = fileHash(path);
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("another program")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A folder or an unreadable place is refused with its name", "[database]")
{
    QTemporaryDir folder;
    auto opened = Database::open(folder.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(folder.path()));
    auto missing = Database::open(folder.filePath(QStringLiteral("no/such/folder/x.sqlite")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("no/such/folder")));
}

TEST_CASE("Transactions roll back unless committed, and nest", "[database]")
{
    TestDatabaseFile file;
    const Database& database = file.database();
    auto addVenue = [&](const QString& name) {
        SqlStatement insert(database, QStringLiteral("INSERT INTO venue (name) VALUES (?)"));
        REQUIRE(insert.exec({name}).ok());
    };
    {
        Transaction outer(database);
        REQUIRE(outer.begun());
        addVenue(QStringLiteral("kept"));
        {
            Transaction inner(database);
            REQUIRE(inner.begun());
            addVenue(QStringLiteral("rolled back"));
        }
        {
            Transaction inner(database);
            addVenue(QStringLiteral("kept too"));
            REQUIRE(inner.commit().ok());
        }
        REQUIRE(outer.commit().ok());
    }
    {
        Transaction abandoned(database);
        addVenue(QStringLiteral("never"));
    }
    CHECK(rowCount(database, QStringLiteral("venue")) == 2);
    SqlStatement names(database, QStringLiteral("SELECT name FROM venue ORDER BY id"));
    REQUIRE(names.exec().ok());
    QStringList stored;
    while (names.next())
        stored.append(names.value(0).toString());
    CHECK(stored == QStringList {QStringLiteral("kept"), QStringLiteral("kept too")});
}

TEST_CASE("A backup copy is a complete database of its own", "[database]")
{
    TestDatabaseFile file;
    SqlStatement insert(file.database(), QStringLiteral("INSERT INTO venue (name) VALUES (?)"));
    REQUIRE(insert.exec({QStringLiteral("Copy me")}).ok());
    const QString copyPath = file.folder() + QStringLiteral("/copy.sqlite");
    REQUIRE(file.database().saveCopyAs(copyPath).ok());
    REQUIRE(file.database().saveCopyAs(copyPath).ok()); // replaces an older copy
    auto copy = Database::open(copyPath);
    REQUIRE(copy.ok());
    CHECK(rowCount(**copy, QStringLiteral("venue")) == 1);
    CHECK_FALSE(QFile::exists(copyPath + QStringLiteral(".part")));
}

TEST_CASE("A database of an older data version is upgraded in place, keeping its rows", "[database][migration]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("v1.sqlite"));
    writeOldDatabase(path, 1,
                     {QStringLiteral("INSERT INTO venue (name) VALUES ('Old venue')"),
                      QStringLiteral("INSERT INTO seminar (id, title_en, starts_at, ends_at) "
                                     "VALUES (7, 'Old seminar', '2026-01-01T10:00', '2026-01-01T12:00')"),
                      QStringLiteral("INSERT INTO attendee (id, family_name, updated_at) VALUES (9, 'O''Brien', 'x')"),
                      QStringLiteral("INSERT INTO registration (id, seminar_id, attendee_id, status, checkin_code, "
                                     "registered_at, updated_at) VALUES (5, 7, 9, 'waitlisted', 'SD-OLD', 'r', 'u')")});

    auto opened = openForWork(path);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    CHECK((*opened)->schemaVersion() == Database::latestSchemaVersion());
    CHECK(rowCount(**opened, QStringLiteral("venue")) == 1);
    CHECK(rowCount(**opened, QStringLiteral("database_property")) == 1);

    // Version 3 rebuilt the registration table: the row, its index and its checks are there.
    SqlStatement kept(**opened,
                      QStringLiteral("SELECT id, seminar_id, attendee_id, status, checkin_code "
                                     "FROM registration"));
    REQUIRE(kept.exec().ok());
    REQUIRE(kept.next());
    CHECK(kept.value(0).toInt() == 5);
    CHECK(kept.value(1).toInt() == 7);
    CHECK(kept.value(2).toInt() == 9);
    CHECK(kept.value(3).toString() == QStringLiteral("waitlisted"));
    CHECK(kept.value(4).toString() == QStringLiteral("SD-OLD"));
    CHECK_FALSE(kept.next());
    const auto indexCount = [&](const QString& name) {
        SqlStatement index(**opened, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"));
        REQUIRE(index.exec({name}).ok());
        REQUIRE(index.next());
        return index.value(0).toInt();
    };
    CHECK(indexCount(QStringLiteral("registration_attendee")) == 1);
    CHECK(indexCount(QStringLiteral("attendee_email")) == 0); // version 4 dropped it
    CHECK(indexCount(QStringLiteral("attendee_sort")) == 1);
    SqlStatement badStatus(**opened, QStringLiteral("UPDATE registration SET status = 'lost' WHERE id = 5"));
    CHECK_FALSE(badStatus.exec().ok());
    SqlStatement cascade(**opened, QStringLiteral("DELETE FROM attendee WHERE id = 9"));
    REQUIRE(cascade.exec().ok());
    CHECK(rowCount(**opened, QStringLiteral("registration")) == 0);
}

TEST_CASE("Data version 5 gives the attendees of a version 4 file an empty badge name", "[database][migration]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("v4.sqlite"));
    writeOldDatabase(path, 4,
                     {QStringLiteral("INSERT INTO attendee (id, family_name, given_name, latin_name, updated_at) "
                                     "VALUES (3, '山田', '太郎', 'Taro YAMADA', '2026-01-01T00:00:00Z')")});

    auto opened = openForWork(path);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    CHECK((*opened)->schemaVersion() == Database::latestSchemaVersion());
    AttendeeStore attendees(**opened);
    Attendee kept = *attendees.find(3);
    CHECK(kept.displayName() == QStringLiteral("山田 太郎"));
    CHECK(kept.latinName == QStringLiteral("Taro YAMADA"));
    CHECK(kept.badgeName.isEmpty());
    kept.badgeName = QStringLiteral("たろう");
    REQUIRE(attendees.update(kept).ok());
    CHECK(attendees.find(3)->badgeName == QStringLiteral("たろう"));
}

TEST_CASE("Data version 6 stores the readings of a version-5 database in katakana, sorted and found anew",
          "[database][migration]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("v5.sqlite"));
    // A version-5 file as that version left it: readings as typed, keys of the whole reading, search
    // text without romaji, the collation version alone recorded.
    writeOldDatabase(
        path, 5,
        {QStringLiteral("INSERT INTO attendee (id, family_name, given_name, family_reading, given_reading, sort_key, "
                        "search_text, updated_at) VALUES "
                        "(1, '山崎', '麻衣', 'やまざき', 'まい', X'01', CAST('山崎' AS BLOB), 'u'), "
                        "(2, '山﨑', '聡', 'ﾔﾏｻｷ', 'ｻﾄｼ', X'02', CAST('山﨑' AS BLOB), 'u'), "
                        "(3, '山崎', '智子', 'ヤマザキ', 'トモコ', X'03', CAST('山崎' AS BLOB), 'u'), "
                        "(4, 'García', 'María', '', '', X'04', CAST('garcía' AS BLOB), 'u')"),
         QStringLiteral("INSERT INTO contact (id, name, reading) VALUES (1, '通訳 一子', 'つうやく かずこ')"),
         QStringLiteral("INSERT OR REPLACE INTO database_property (name, value) VALUES ('collation_version', '%1')")
             .arg(ReadingCollator::version())});

    auto opened = openForWork(path);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    const Database& database = **opened;
    CHECK(database.schemaVersion() == Database::latestSchemaVersion());
    SqlStatement readings(database,
                          QStringLiteral("SELECT family_reading || ' ' || given_reading FROM attendee "
                                         "ORDER BY sort_key, id"));
    REQUIRE(readings.exec().ok());
    QStringList order;
    while (readings.next())
        order.append(readings.value(0).toString());
    CHECK(order
          == QStringList {QStringLiteral(" "), QStringLiteral("ヤマサキ サトシ"), QStringLiteral("ヤマザキ トモコ"),
                          QStringLiteral("ヤマザキ マイ")});
    SqlStatement contact(database, QStringLiteral("SELECT reading FROM contact WHERE id = 1"));
    REQUIRE(contact.exec().ok());
    REQUIRE(contact.next());
    CHECK(contact.value(0).toString() == QStringLiteral("ツウヤク カズコ"));
    const auto found = [&database](const QString& typed) {
        SqlStatement search(database,
                            QStringLiteral("SELECT id FROM attendee WHERE instr(search_text, ?) > 0 ORDER BY id"));
        REQUIRE(search.exec({SearchText::searchKeys(typed).value(0)}).ok());
        QList<qint64> ids;
        while (search.next())
            ids.append(search.value(0).toLongLong());
        return ids;
    };
    CHECK(found(QStringLiteral("satoshi")) == QList<qint64> {2});
    CHECK(found(QStringLiteral("ヤマザキ")) == QList<qint64> {1, 3});
    CHECK(found(QStringLiteral("garcia")) == QList<qint64> {4});
}

TEST_CASE("A migration's data step runs in its transaction and touches only what changes", "[database][migration]")
{
    TestDatabaseFile file;
    SqlStatement insert(file.database(),
                        QStringLiteral("INSERT INTO attendee (id, family_name, family_reading, given_reading, "
                                       "updated_at) VALUES (1, '青木', 'アオキ', 'あや', 'kept'), "
                                       "(2, '林', 'ハヤシ', 'ケン', 'kept')"));
    REQUIRE(insert.exec().ok());
    SqlStatement changes(file.database(), QStringLiteral("SELECT total_changes()"));
    REQUIRE(changes.exec().ok());
    REQUIRE(changes.next());
    const qint64 before = changes.value(0).toLongLong();
    REQUIRE(MigrationStep::apply(file.database(), 6).ok());
    REQUIRE(changes.exec().ok());
    REQUIRE(changes.next());
    CHECK(changes.value(0).toLongLong() - before == 1); // only 青木's reading was not katakana
    SqlStatement given(file.database(), QStringLiteral("SELECT given_reading FROM attendee ORDER BY id"));
    REQUIRE(given.exec().ok());
    REQUIRE(given.next());
    CHECK(given.value(0).toString() == QStringLiteral("アヤ"));
    CHECK(MigrationStep::apply(file.database(), 5).ok()); // a version without a step: nothing to do
}

TEST_CASE("Data version 7 adds the flyer's fields, contact roles and change counters, keeping the rows",
          "[database][migration]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("v6.sqlite"));
    const int version = 6;
    writeOldDatabase(
        path, version,
        {QStringLiteral("INSERT INTO seminar (id, title_en, starts_at, ends_at) "
                        "VALUES (7, 'Old seminar', '2027-02-12T13:30:00', '2027-02-12T17:00:00')"),
         QStringLiteral("INSERT INTO attendee (id, family_name, updated_at) VALUES "
                        "(1, 'Same', '2027-01-01T00:00:00Z'), (2, 'Edited', '2027-01-03T00:00:00Z')"),
         QStringLiteral("INSERT INTO registration (id, seminar_id, attendee_id, checkin_code, registered_at, "
                        "badge_printed_at, updated_at) VALUES "
                        "(1, 7, 1, 'SD-ONE', 'r', '2027-01-02T00:00:00Z', '2027-01-01T00:00:00Z'), "
                        "(2, 7, 2, 'SD-TWO', 'r', '2027-01-02T00:00:00Z', '2027-01-01T00:00:00Z')"),
         QStringLiteral("INSERT INTO contact (id, name) VALUES (3, 'IGES')"),
         QStringLiteral("INSERT INTO seminar_contact (seminar_id, contact_id, role) VALUES (7, 3, 'enquiries')")});

    auto opened = openForWork(path);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    const Database& database = **opened;
    CHECK(database.schemaVersion() >= 7);

    const Seminar seminar = *SeminarStore(database).find(7);
    CHECK(seminar.titleEn == QStringLiteral("Old seminar"));
    CHECK(seminar.participationFee == 0);
    CHECK_FALSE(seminar.receptionOpens.isValid());
    CHECK_FALSE(seminar.registrationDeadline.isValid());
    CHECK(seminar.applicationMethods.isEmpty());
    const Contact contact = *ContactStore(database).find(3);
    CHECK(contact.latinName.isEmpty());
    CHECK(contact.addressEn.isEmpty());
    CHECK(ContactStore(database).forSeminar(7, Contact::Role::Enquiries)->size() == 1);
    CHECK(ContactStore(database).link(7, 3, Contact::Role::CoOrganiser).ok());
    CHECK(ContactStore(database).link(7, 3, Contact::Role::Supporter).ok());
    SqlStatement unknownRole(database, QStringLiteral("INSERT INTO seminar_contact VALUES (7, 3, 'sponsor')"));
    CHECK_FALSE(unknownRole.exec().ok());

    // Badges printed before: unchanged since is version 1 printed; changed since counts as changed.
    RegistrationStore registrations(database);
    const Registration same = *registrations.find(1);
    CHECK(same.version == 1);
    CHECK(same.badgePrintedVersion == 1);
    CHECK(same.badgePrintedAttendeeVersion == 1);
    const Registration edited = *registrations.find(2);
    CHECK(edited.badgePrintedAttendeeVersion == 0);
    QList<qint64> changed;
    REQUIRE(BadgeSelection::ofKind(BadgeSelection::Kind::ChangedSincePrinted)
                .visit(database, 7, [&](const RegisteredAttendee& row) {
                    changed.append(row.registration.id);
                    return true;
                }));
    CHECK(changed == QList<qint64> {2});
}

TEST_CASE("Data version 8 moves the booths' receivers into the seminar's inventory", "[database][migration]")
{
    const OldDatabase old(
        7,
        {QStringLiteral("INSERT INTO seminar (id, title_en, starts_at, ends_at) "
                        "VALUES (3, 'Booths', '2026-01-01T10:00', '2026-01-01T12:00')"),
         QStringLiteral("INSERT INTO seminar (id, title_en, starts_at, ends_at) "
                        "VALUES (4, 'No receivers', '2026-02-01T10:00', '2026-02-01T12:00')"),
         QStringLiteral("INSERT INTO booth (id, seminar_id, name, channel, receivers_issued) "
                        "VALUES (1, 3, 'Japanese', 1, 40)"),
         QStringLiteral("INSERT INTO booth (id, seminar_id, name, channel, receivers_issued) "
                        "VALUES (2, 3, 'English', 2, 25)"),
         QStringLiteral("INSERT INTO booth (id, seminar_id, name, channel, receivers_issued) "
                        "VALUES (3, 4, 'Japanese', 1, 0)"),
         QStringLiteral("INSERT INTO contact (id, name) VALUES (6, 'Interpreter')"),
         QStringLiteral("INSERT INTO interpreter_shift (id, booth_id, contact_id, starts_at, ends_at) "
                        "VALUES (8, 1, 6, '2026-01-01T10:00', '2026-01-01T11:00')")});
    const Database& database = old.database();
    SqlStatement inventory(database,
                           QStringLiteral("SELECT seminar_id, receiver_count FROM receiver_inventory "
                                          "ORDER BY seminar_id"));
    REQUIRE(inventory.exec().ok());
    REQUIRE(inventory.next());
    CHECK(inventory.value(0).toInt() == 3);
    CHECK(inventory.value(1).toInt() == 65);
    CHECK_FALSE(inventory.next()); // a seminar whose booths issued none has no count
    SqlStatement columns(database,
                         QStringLiteral("SELECT count(*) FROM pragma_table_info('booth') "
                                        "WHERE name = 'receivers_issued'"));
    REQUIRE(columns.exec().ok());
    REQUIRE(columns.next());
    CHECK(columns.value(0).toInt() == 0);
    CHECK(rowCount(database, QStringLiteral("booth")) == 3);
    // The shifts hang on the booths by a cascading key: dropping the column kept them.
    CHECK(rowCount(database, QStringLiteral("interpreter_shift")) == 1);
    CHECK(rowCount(database, QStringLiteral("checkin_log")) == 0);
    CHECK(rowCount(database, QStringLiteral("receiver_loan")) == 0);
    SqlStatement check(database, QStringLiteral("PRAGMA foreign_key_check"));
    REQUIRE(check.exec().ok());
    CHECK_FALSE(check.next());
}

TEST_CASE("Data version 12 gives the receiver inventories unstated channels and a 10 % margin", "[database][migration]")
{
    const OldDatabase old(
        10,
        {QStringLiteral("INSERT INTO seminar (id, title_en, starts_at, ends_at) "
                        "VALUES (3, 'Counted', '2027-02-12T13:30:00', '2027-02-12T17:00:00')"),
         QStringLiteral("INSERT INTO receiver_inventory (seminar_id, receiver_count) VALUES (3, 40)")});
    const Database& database = old.database();
    auto inventory = ReceiverInventoryStore(database).read(3);
    REQUIRE(inventory.ok());
    CHECK(inventory->count == 40);
    CHECK(inventory->systemChannels == 0);
    CHECK(inventory->marginPercent == 10);
    ReceiverInventory changed = *inventory;
    changed.systemChannels = 4;
    changed.marginPercent = 15;
    REQUIRE(ReceiverInventoryStore(database).write(3, changed).ok());
    CHECK(ReceiverInventoryStore(database).read(3)->systemChannels == 4);
    CHECK(ReceiverInventoryStore(database).read(3)->marginPercent == 15);
    changed.marginPercent = 101;
    const Status refused = ReceiverInventoryStore(database).write(3, changed);
    CHECK(refused.error() == QStringLiteral("The margin is a percentage from 0 to 100, not 101."));
}

TEST_CASE("Data version 13 gives seminars, venues, booths and contacts version 1", "[database][migration]")
{
    const OldDatabase old(
        12,
        {QStringLiteral("INSERT INTO venue (id, name) VALUES (2, 'Gallery')"),
         QStringLiteral("INSERT INTO seminar (id, title_en, starts_at, ends_at, venue_id) "
                        "VALUES (3, 'Versioned', '2027-02-12T13:30:00', '2027-02-12T17:00:00', 2)"),
         QStringLiteral("INSERT INTO booth (id, seminar_id, name, channel) VALUES (4, 3, 'English', 1)"),
         QStringLiteral("INSERT INTO contact (id, name) VALUES (5, 'Interpreter')")});
    const Database& database = old.database();
    CHECK(VenueStore(database).find(2)->version == 1);
    CHECK(SeminarStore(database).find(3)->version == 1);
    CHECK(BoothStore(database).find(4)->version == 1);
    CHECK(ContactStore(database).find(5)->version == 1);
    // The first save from a form that read version 1 stands and counts it up.
    Venue venue = *VenueStore(database).find(2);
    venue.nameEn = QStringLiteral("Kitakyushu Innovation Gallery & Studio");
    REQUIRE(VenueStore(database).update(venue).ok());
    CHECK(VenueStore(database).find(2)->version == 2);
}

TEST_CASE("Data version 14 gives the receiver inventories version 1", "[database][migration]")
{
    const OldDatabase old(
        13,
        {QStringLiteral("INSERT INTO seminar (id, title_en, starts_at, ends_at) "
                        "VALUES (3, 'Counted', '2027-02-12T13:30:00', '2027-02-12T17:00:00')"),
         QStringLiteral("INSERT INTO receiver_inventory (seminar_id, receiver_count) VALUES (3, 40)")});
    const Database& database = old.database();
    ReceiverInventory inventory = *ReceiverInventoryStore(database).read(3);
    CHECK(inventory.count == 40);
    CHECK(inventory.version == 1);
    // The first save from a dialog that read version 1 stands and counts it up.
    inventory.count = 45;
    REQUIRE(ReceiverInventoryStore(database).write(3, inventory).ok());
    CHECK(ReceiverInventoryStore(database).read(3)->version == 2);
}

TEST_CASE("A new database appears under its name only when complete", "[database][create]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("new.sqlite"));
    const auto leftovers = [&folder] {
        return QDir(folder.path())
            .entryList({QStringLiteral("*.new*"), QStringLiteral("*-wal"), QStringLiteral("*-shm")}, QDir::Files);
    };

    SECTION("complete")
    {
        Status created = Database::create(path, [&](const Database& database) -> Status {
            CHECK_FALSE(QFile::exists(path)); // still being built under another name
            CHECK(leftovers().size() >= 1);
            SqlStatement insert(database, QStringLiteral("INSERT INTO venue (name) VALUES (?)"));
            return insert.exec({QStringLiteral("Built before it appeared")});
        });
        REQUIRE(created.ok());
        CHECK(leftovers().isEmpty());
        CHECK(QFile::permissions(path) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
        auto opened = Database::open(path, Database::IfMissing::Refuse);
        REQUIRE(opened.ok());
        CHECK(rowCount(**opened, QStringLiteral("venue")) == 1);
        CHECK(pragma(**opened, QStringLiteral("encoding")).toString() == QStringLiteral("UTF-16le"));
    }
    SECTION("interrupted")
    {
        Status created = Database::create(path, [](const Database&) -> Status { return fail(QStringLiteral("stop")); });
        REQUIRE_FALSE(created.ok());
        CHECK(created.error() == QStringLiteral("stop"));
        CHECK_FALSE(QFile::exists(path));
        CHECK(leftovers().isEmpty());
    }
    SECTION("never over an existing file")
    {
        QFile existing(path);
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("mine");
        existing.close();
        Status created = Database::create(path);
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().contains(QStringLiteral("already exists")));
        REQUIRE(existing.open(QIODevice::ReadOnly));
        CHECK(existing.readAll() == "mine");
    }
}

TEST_CASE("A write transaction waits for another program's write, then sees it", "[database][busy]")
{
    TestDatabaseFile file;
    OtherWriter other(file.path(), 1000);
    REQUIRE(other.locked());
    QElapsedTimer timer;
    timer.start();
    // What an import does: read first (who is there), then write.
    Transaction transaction(file.database());
    INFO(transaction.errorText().toStdString());
    REQUIRE(transaction.begun());
    CHECK(timer.elapsed() >= 900);
    CHECK(rowCount(file.database(), QStringLiteral("venue")) == 1);
    SqlStatement insert(file.database(), QStringLiteral("INSERT INTO venue (name) VALUES (?)"));
    REQUIRE(insert.exec({QStringLiteral("Ours")}).ok());
    REQUIRE(transaction.commit().ok());
    CHECK(rowCount(file.database(), QStringLiteral("venue")) == 2);
}

TEST_CASE("When another program keeps writing, the transaction says so and names the file", "[database][busy]")
{
    TestDatabaseFile file;
    OtherWriter other(file.path(), 6500);
    REQUIRE(other.locked());
    Transaction transaction(file.database());
    REQUIRE_FALSE(transaction.begun());
    CHECK(transaction.errorText().contains(QStringLiteral("Another program is writing to")));
    CHECK(transaction.errorText().contains(file.path()));
    CHECK(file.database().fileProblem() == transaction.errorText());
}

TEST_CASE("A read transaction takes no write lock", "[database][busy]")
{
    TestDatabaseFile file;
    Transaction reading(file.database(), Transaction::Intent::Read);
    REQUIRE(reading.begun());
    CHECK(rowCount(file.database(), QStringLiteral("venue")) == 0);
    // Another program can write meanwhile; the reading transaction keeps its view.
    writeRawSqlite(file.path(), {QStringLiteral("INSERT INTO venue (name) VALUES ('Theirs')")});
    CHECK(rowCount(file.database(), QStringLiteral("venue")) == 0);
}

TEST_CASE("Data version 10 turns each seminar's programme text into items, keeping odd lines as text",
          "[database][migration]")
{
    const OldDatabase old(
        9,
        {QStringLiteral("INSERT INTO seminar (id, title_en, starts_at, ends_at, programme) VALUES "
                        "(3, 'With a programme', '2027-02-12T13:30:00', '2027-02-12T17:00:00', "
                        "'13:30 開会挨拶 / Opening remarks\n\n13:40–14:30 基調講演 / Keynote\n"
                        "15:30～15:45 休憩 / Break\n※ 内容は変更になる場合があります\n25:00 Late\n16:55 Closing'), "
                        "(4, 'Without one', '2027-03-01T10:00:00', '2027-03-01T12:00:00', '')")});
    const Database& database = old.database();
    CHECK(Database::latestSchemaVersion() >= 10);

    const QList<ProgrammeItem> items = *ProgrammeStore(database).forSeminar(3);
    REQUIRE(items.size() == 6);
    CHECK(items.at(0).startsAt == QTime(13, 30));
    CHECK_FALSE(items.at(0).endsAt.isValid());
    CHECK(items.at(0).titleJa == QStringLiteral("開会挨拶"));
    CHECK(items.at(0).titleEn == QStringLiteral("Opening remarks"));
    CHECK(items.at(0).kind == ProgrammeItem::Kind::Session);
    CHECK(items.at(0).language.isEmpty());
    CHECK(items.at(1).endsAt == QTime(14, 30));
    CHECK(items.at(2).kind == ProgrammeItem::Kind::Break);
    CHECK(items.at(3).kind == ProgrammeItem::Kind::Text);
    CHECK(items.at(3).titleJa == QStringLiteral("※ 内容は変更になる場合があります"));
    CHECK(items.at(4).kind == ProgrammeItem::Kind::Text);
    CHECK(items.at(4).titleEn == QStringLiteral("25:00 Late"));
    CHECK_FALSE(items.at(4).startsAt.isValid());
    CHECK(items.at(5).titleEn == QStringLiteral("Closing"));
    CHECK(items.at(5).speakers.isEmpty());
    // An empty programme gives no items; the text column is gone.
    CHECK(ProgrammeStore(database).forSeminar(4)->isEmpty());
    SqlStatement columns(database,
                         QStringLiteral("SELECT count(*) FROM pragma_table_info('seminar') "
                                        "WHERE name = 'programme'"));
    REQUIRE(columns.exec().ok());
    REQUIRE(columns.next());
    CHECK(columns.value(0).toInt() == 0);
    CHECK(SeminarStore(database).find(4)->titleEn == QStringLiteral("Without one"));
    SqlStatement check(database, QStringLiteral("PRAGMA foreign_key_check"));
    REQUIRE(check.exec().ok());
    CHECK_FALSE(check.next());
}

TEST_CASE("Data version 11 gives every seminar an interpreter's turn of 30 minutes, kept between 15 and 40",
          "[database][migration]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("v10.sqlite"));
    writeOldDatabase(path, 10,
                     {QStringLiteral("INSERT INTO seminar (id, title_en, starts_at, ends_at) VALUES "
                                     "(5, 'Before turns', '2027-02-12T13:30:00', '2027-02-12T17:00:00')")});

    auto opened = openForWork(path);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    const Database& database = **opened;
    CHECK(database.schemaVersion() >= 11);
    SeminarStore seminars(database);
    Seminar seminar = *seminars.find(5);
    CHECK(seminar.turnMinutes == 30);

    seminar.turnMinutes = 20;
    REQUIRE(seminars.update(seminar).ok());
    CHECK(seminars.find(5)->turnMinutes == 20);
    seminar.turnMinutes = 45;
    const Status refused = seminars.update(seminar);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("45")));
    // The table itself refuses what the form would never send.
    SqlStatement raw(database, QStringLiteral("UPDATE seminar SET turn_minutes = 10 WHERE id = 5"));
    CHECK_FALSE(raw.exec().ok());
    CHECK(seminars.find(5)->turnMinutes == 20);
}
