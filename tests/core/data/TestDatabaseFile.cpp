#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "core/csv/CsvExporter.h"
#include "core/csv/ExportPreset.h"
#include "core/data/Database.h"
#include "core/data/DatabaseFile.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/DemoSeminar.h"
#include "core/stores/SortKeyRefresh.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

// What a refused file must still be: the same bytes, and nothing beside it.
void requireUntouched(const QString& path, const QByteArray& hash)
{
    CHECK(fileHash(path) == hash);
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        CHECK_FALSE(QFile::exists(path + QLatin1String(suffix)));
}

// An SQLite file with no tables, its text encoding fixed (a table made and dropped fixes it).
QString blankFile(const QTemporaryDir& folder, const QString& encoding)
{
    const QString path = folder.filePath(QStringLiteral("blank.sqlite"));
    writeRawSqlite(path,
                   {QStringLiteral("PRAGMA encoding = '%1'").arg(encoding), QStringLiteral("CREATE TABLE t (x)"),
                    QStringLiteral("DROP TABLE t")});
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    return path;
}

} // namespace

TEST_CASE("Another program's SQLite file is refused byte for byte intact, whatever its user_version",
          "[database][refusal]")
{
    QTemporaryDir folder;
    const int version = GENERATE(0, 1, 2, 3, 4, 99);
    const QString path = folder.filePath(QStringLiteral("other-%1.sqlite").arg(version));
    // Even tables named like ours do not make it ours: only our application id does.
    writeRawSqlite(path,
                   {QStringLiteral("CREATE TABLE attendee (id INTEGER PRIMARY KEY, name TEXT)"),
                    QStringLiteral("INSERT INTO attendee (name) VALUES ('Someone else''s')"),
                    QStringLiteral("PRAGMA user_version = %1").arg(version)});
    const QByteArray before = fileHash(path);

    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(path));
    CHECK(opened.error().contains(QStringLiteral("another program")));
    requireUntouched(path, before);
}

TEST_CASE("Another program's database in WAL mode is read without leaving a journal beside it", "[database][refusal]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("wal.sqlite"));
    writeRawSqlite(path,
                   {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("CREATE TABLE songs (title TEXT)")});
    const QByteArray before = fileHash(path);
    REQUIRE_FALSE(Database::open(path).ok());
    requireUntouched(path, before);
}

TEST_CASE("A blank SQLite file of another program, or ours without its tables, is refused", "[database][refusal]")
{
    QTemporaryDir folder;
    const QString theirs = folder.filePath(QStringLiteral("theirs.sqlite"));
    // A table made and dropped gives the file its first page, where the application id is kept.
    writeRawSqlite(theirs,
                   {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("DROP TABLE t"),
                    QStringLiteral("PRAGMA application_id = 1234")});
    const QByteArray theirsBefore = fileHash(theirs);
    auto opened = Database::open(theirs);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("another program")));
    requireUntouched(theirs, theirsBefore);

    const QString hollow = folder.filePath(QStringLiteral("hollow.sqlite"));
    writeRawSqlite(hollow,
                   {QStringLiteral("CREATE TABLE venue (id INTEGER PRIMARY KEY)"),
                    QStringLiteral("PRAGMA user_version = 2"),
                    QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)});
    const QByteArray hollowBefore = fileHash(hollow);
    auto refused = Database::open(hollow);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(hollow));
    CHECK(refused.error().contains(QStringLiteral("lacks its tables")));
    requireUntouched(hollow, hollowBefore);
}

TEST_CASE("A blank SQLite file becomes a database in its own text encoding, readable by its owner only",
          "[database][encoding]")
{
    QTemporaryDir folder;
    const QString encoding = GENERATE(QStringLiteral("UTF-8"), QStringLiteral("UTF-16le"), QStringLiteral("UTF-16be"));
    const QString path = blankFile(folder, encoding);
    auto inspected = DatabaseFile::inspect(path);
    REQUIRE(inspected.ok());
    CHECK(inspected->kind() == DatabaseFile::Kind::Blank);
    CHECK_FALSE(inspected->isEmpty());
    {
        auto opened = openForWork(path);
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        CHECK((*opened)->schemaVersion() == Database::latestSchemaVersion());
    }
    // SQLite itself finds the file sound, in the encoding it had.
    CHECK(readRawSqlite(path, QStringLiteral("PRAGMA encoding")) == QStringList {encoding});
    CHECK(readRawSqlite(path, QStringLiteral("PRAGMA integrity_check")) == QStringList {QStringLiteral("ok")});
    CHECK(QFile::permissions(path) == ownerOnly);
    auto reopened = DatabaseFile::inspect(path);
    REQUIRE(reopened.ok());
    CHECK(reopened->kind() == DatabaseFile::Kind::SeminarDesk);
}

TEST_CASE("The same desk in UTF-8 and in UTF-16: the same order, search text and export", "[database][encoding]")
{
    QTemporaryDir folder;
    const auto exportOf = [&folder](const QString& encoding) {
        const QString path = encoding == QLatin1String("UTF-16le") ? folder.filePath(QStringLiteral("utf16.sqlite"))
                                                                   : blankFile(folder, encoding);
        auto opened = openForWork(path);
        REQUIRE(opened.ok());
        const Database& database = **opened;
        auto seminar = DemoSeminar::fill(database, 200);
        REQUIRE(seminar.ok());
        QStringList order;
        auto all = AttendeeStore(database).all();
        REQUIRE(all.ok());
        for (const Attendee& attendee : *all)
            order.append(attendee.displayName() + QLatin1Char('|') + AttendeeStore::searchTextOf(attendee));
        CsvExportOptions options;
        options.columns = ExportPreset::columns(ExportPreset::Kind::Full);
        const QString csv = folder.filePath(encoding + QStringLiteral(".csv"));
        REQUIRE(CsvExporter(database, *seminar, options).write(csv).ok());
        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return std::make_pair(order, file.readAll());
    };
    const auto [utf16Order, utf16Csv] = exportOf(QStringLiteral("UTF-16le"));
    const auto [utf8Order, utf8Csv] = exportOf(QStringLiteral("UTF-8"));
    CHECK(readRawSqlite(folder.filePath(QStringLiteral("blank.sqlite")), QStringLiteral("PRAGMA encoding"))
          == QStringList {QStringLiteral("UTF-8")});
    CHECK(utf8Order.size() == 200);
    CHECK(utf8Order == utf16Order);
    // The check-in codes are random; the rest of every line is the same.
    static const QRegularExpression code(QStringLiteral("SD-[0-9A-Z]{10}"));
    CHECK(QString::fromUtf8(utf8Csv).remove(code) == QString::fromUtf8(utf16Csv).remove(code));
}

TEST_CASE("A zero-byte file is adopted as a new database readable by its owner only", "[database]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("empty.sqlite"));
    QFile empty(path);
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    CHECK((*opened)->schemaVersion() == Database::latestSchemaVersion());
    CHECK(QFile::permissions(path) == ownerOnly);
}

TEST_CASE("A damaged database is called damaged, with the backup copy to restore", "[database][refusal]")
{
    TestDatabaseFile file;
    file.close();
    // The schema's page is overwritten past the file header: SQLite finds the schema malformed.
    QFile bytes(file.path());
    REQUIRE(bytes.open(QIODevice::ReadWrite));
    REQUIRE(bytes.seek(100));
    REQUIRE(bytes.write(QByteArray(4000, '\x5a')) == 4000);
    bytes.close();
    const QByteArray before = fileHash(file.path());
    QFile copy(file.path() + QStringLiteral(".bak-v4"));
    REQUIRE(copy.open(QIODevice::WriteOnly));
    copy.close();

    auto opened = Database::open(file.path());
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error().toStdString());
    CHECK(opened.error().contains(QStringLiteral("is damaged")));
    CHECK(opened.error().contains(QDir::toNativeSeparators(file.path() + QStringLiteral(".bak-v4"))));
    CHECK_FALSE(opened.error().contains(QStringLiteral("not a Seminar Desk database")));
    CHECK(fileHash(file.path()) == before);
}
