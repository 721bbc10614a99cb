#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "core/data/BulkWriteCache.h"
#include "core/data/MigrationStep.h"
#include "core/data/SqlStatement.h"
#include "core/data/Transaction.h"
#include "core/print/BadgeSelection.h"
#include "core/records/ReadingCollator.h"
#include "core/records/SearchText.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/ContactStore.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "core/stores/SortKeyRefresh.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QVariant pragma(const Database& database, const QString& name)
{
    SqlStatement statement(database, QStringLiteral("PRAGMA ") + name);
    REQUIRE(statement.exec().ok());
    REQUIRE(statement.next());
    return statement.value(0);
}

// Writes a file with the raw SQLite driver, outside Seminar Desk.
void writeRawSqlite(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        for (const QString& sql : statements) {
            QSqlQuery query(raw);
            REQUIRE(query.exec(sql));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

// The statements of the migrations up to data version VERSION, as an older program ran them.
QStringList migrationStatements(int version)
{
    QStringList statements;
    const QStringList files = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() >= version);
    for (const QString& name : files.mid(0, version)) {
        QFile migration(QStringLiteral(":/migrations/") + name);
        REQUIRE(migration.open(QIODevice::ReadOnly));
        for (const QString& statement : QString::fromUtf8(migration.readAll()).split(QStringLiteral(";\n"))) {
            QStringList code;
            for (const QString& line : statement.split(QLatin1Char('\n'))) {
                if (!line.trimmed().startsWith(QStringLiteral("--")))
                    code.append(line);
            }
            if (!code.join(QString()).trimmed().isEmpty())
                statements.append(code.join(QLatin1Char('\n')));
        }
    }
    return statements;
}

int rowCount(const Database& database, const QString& table)
{
    SqlStatement statement(database, QStringLiteral("SELECT count(*) FROM ") + table);
    REQUIRE(statement.exec().ok());
    REQUIRE(statement.next());
    return statement.value(0).toInt();
}

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
        const BulkWriteCache bulk(file.database());
        CHECK(pragma(file.database(), QStringLiteral("cache_size")).toInt() == -BulkWriteCache::kibibytes);
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

TEST_CASE("An empty file becomes a database", "[database]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("empty.sqlite"));
    QFile empty(path);
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    CHECK((*opened)->schemaVersion() == Database::latestSchemaVersion());
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
    QStringList statements = migrationStatements(1);
    statements << QStringLiteral("INSERT INTO venue (name) VALUES ('Old venue')")
               << QStringLiteral("INSERT INTO seminar (id, title_en, starts_at, ends_at) "
                                 "VALUES (7, 'Old seminar', '2026-01-01T10:00', '2026-01-01T12:00')")
               << QStringLiteral("INSERT INTO attendee (id, family_name, updated_at) VALUES (9, 'O''Brien', 'x')")
               << QStringLiteral("INSERT INTO registration (id, seminar_id, attendee_id, status, checkin_code, "
                                 "registered_at, updated_at) VALUES (5, 7, 9, 'waitlisted', 'SD-OLD', 'r', 'u')")
               << QStringLiteral("PRAGMA user_version = 1")
               << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId);
    writeRawSqlite(path, statements);

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
    QStringList statements = migrationStatements(4);
    statements << QStringLiteral("INSERT INTO attendee (id, family_name, given_name, latin_name, updated_at) "
                                 "VALUES (3, '山田', '太郎', 'Taro YAMADA', '2026-01-01T00:00:00Z')")
               << QStringLiteral("PRAGMA user_version = 4")
               << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId);
    writeRawSqlite(path, statements);

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
    QStringList statements = migrationStatements(5);
    statements << QStringLiteral(
        "INSERT INTO attendee (id, family_name, given_name, family_reading, given_reading, sort_key, "
        "search_text, updated_at) VALUES "
        "(1, '山崎', '麻衣', 'やまざき', 'まい', X'01', CAST('山崎' AS BLOB), 'u'), "
        "(2, '山﨑', '聡', 'ﾔﾏｻｷ', 'ｻﾄｼ', X'02', CAST('山﨑' AS BLOB), 'u'), "
        "(3, '山崎', '智子', 'ヤマザキ', 'トモコ', X'03', CAST('山崎' AS BLOB), 'u'), "
        "(4, 'García', 'María', '', '', X'04', CAST('garcía' AS BLOB), 'u')")
               << QStringLiteral("INSERT INTO contact (id, name, reading) VALUES (1, '通訳 一子', 'つうやく かずこ')")
               << QStringLiteral(
                      "INSERT OR REPLACE INTO database_property (name, value) VALUES ('collation_version', '%1')")
                      .arg(ReadingCollator::version())
               << QStringLiteral("PRAGMA user_version = 5")
               << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId);
    writeRawSqlite(path, statements);

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
    QStringList statements = migrationStatements(version);
    statements << QStringLiteral("INSERT INTO seminar (id, title_en, starts_at, ends_at) "
                                 "VALUES (7, 'Old seminar', '2027-02-12T13:30:00', '2027-02-12T17:00:00')")
               << QStringLiteral("INSERT INTO attendee (id, family_name, updated_at) VALUES "
                                 "(1, 'Same', '2027-01-01T00:00:00Z'), (2, 'Edited', '2027-01-03T00:00:00Z')")
               << QStringLiteral("INSERT INTO registration (id, seminar_id, attendee_id, checkin_code, registered_at, "
                                 "badge_printed_at, updated_at) VALUES "
                                 "(1, 7, 1, 'SD-ONE', 'r', '2027-01-02T00:00:00Z', '2027-01-01T00:00:00Z'), "
                                 "(2, 7, 2, 'SD-TWO', 'r', '2027-01-02T00:00:00Z', '2027-01-01T00:00:00Z')")
               << QStringLiteral("INSERT INTO contact (id, name) VALUES (3, 'IGES')")
               << QStringLiteral(
                      "INSERT INTO seminar_contact (seminar_id, contact_id, role) VALUES (7, 3, 'enquiries')")
               << QStringLiteral("PRAGMA user_version = %1").arg(version)
               << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId);
    writeRawSqlite(path, statements);

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
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("v7.sqlite"));
    QStringList statements = migrationStatements(7);
    statements << QStringLiteral("INSERT INTO seminar (id, title_en, starts_at, ends_at) "
                                 "VALUES (3, 'Booths', '2026-01-01T10:00', '2026-01-01T12:00')")
               << QStringLiteral("INSERT INTO seminar (id, title_en, starts_at, ends_at) "
                                 "VALUES (4, 'No receivers', '2026-02-01T10:00', '2026-02-01T12:00')")
               << QStringLiteral("INSERT INTO booth (id, seminar_id, name, channel, receivers_issued) "
                                 "VALUES (1, 3, 'Japanese', 1, 40)")
               << QStringLiteral("INSERT INTO booth (id, seminar_id, name, channel, receivers_issued) "
                                 "VALUES (2, 3, 'English', 2, 25)")
               << QStringLiteral("INSERT INTO booth (id, seminar_id, name, channel, receivers_issued) "
                                 "VALUES (3, 4, 'Japanese', 1, 0)")
               << QStringLiteral("INSERT INTO contact (id, name) VALUES (6, 'Interpreter')")
               << QStringLiteral("INSERT INTO interpreter_shift (id, booth_id, contact_id, starts_at, ends_at) "
                                 "VALUES (8, 1, 6, '2026-01-01T10:00', '2026-01-01T11:00')")
               << QStringLiteral("PRAGMA user_version = 7")
               << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId);
    writeRawSqlite(path, statements);

    auto opened = openForWork(path);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    const Database& database = **opened;
    CHECK(database.schemaVersion() == Database::latestSchemaVersion());
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
