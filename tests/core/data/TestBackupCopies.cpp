#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "core/data/BackupCopies.h"
#include "core/data/Database.h"
#include "core/stores/SortKeyRefresh.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

const QStringList oldRows
    = {QStringLiteral("INSERT INTO seminar (id, title_en, starts_at, ends_at) "
                      "VALUES (1, 'Old seminar', '2026-01-01T10:00', '2026-01-01T12:00')"),
       QStringLiteral("INSERT INTO attendee (id, family_name, updated_at) VALUES (1, 'Kept', 'x')")};

} // namespace

TEST_CASE("Before an upgrade a backup copy is kept, readable by its owner only, and said", "[database][backup]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("desk.sqlite"));
    writeOldDatabase(path, 4, oldRows);
    const QByteArray before = fileHash(path);
    {
        auto opened = openForWork(path);
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        const QString copy = BackupCopies::pathFor(QFileInfo(path).absoluteFilePath(), 4);
        CHECK(copy.endsWith(QStringLiteral("/desk.sqlite.bak-v4")));
        CHECK((*opened)->notice().contains(QDir::toNativeSeparators(copy)));
        CHECK((*opened)->notice().contains(QStringLiteral("data version 4")));
        REQUIRE(QFile::exists(copy));
        CHECK(QFile::permissions(copy) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
        // The copy is the database as it was: version 4, the same rows, and SQLite finds it sound.
        CHECK(readRawSqlite(copy, QStringLiteral("PRAGMA user_version")) == QStringList {QStringLiteral("4")});
        CHECK(readRawSqlite(copy, QStringLiteral("SELECT family_name FROM attendee"))
              == QStringList {QStringLiteral("Kept")});
        CHECK(readRawSqlite(copy, QStringLiteral("PRAGMA integrity_check")) == QStringList {QStringLiteral("ok")});
    }
    CHECK(fileHash(path) != before);
    // Opened again, it is up to date: no new copy, nothing to say.
    auto again = openForWork(path);
    REQUIRE(again.ok());
    CHECK((*again)->notice().isEmpty());
    CHECK(BackupCopies::existing(path).size() == 1);
}

TEST_CASE("A new database keeps no backup copy", "[database][backup]")
{
    TestDatabaseFile file;
    CHECK(file.database().notice().isEmpty());
    CHECK(BackupCopies::existing(file.path()).isEmpty());
}

TEST_CASE("Only the three newest backup copies are kept", "[database][backup]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("desk.sqlite"));
    for (int version : {1, 2, 3}) {
        QFile older(BackupCopies::pathFor(path, version));
        REQUIRE(older.open(QIODevice::WriteOnly));
    }
    QFile unrelated(folder.filePath(QStringLiteral("desk.sqlite.bak-vx")));
    REQUIRE(unrelated.open(QIODevice::WriteOnly));
    writeOldDatabase(path, 4, oldRows);
    REQUIRE(openForWork(path).ok());
    CHECK(BackupCopies::existing(path)
          == QStringList {BackupCopies::pathFor(path, 4), BackupCopies::pathFor(path, 3),
                          BackupCopies::pathFor(path, 2)});
    CHECK_FALSE(QFile::exists(BackupCopies::pathFor(path, 1)));
    CHECK(QFile::exists(unrelated.fileName()));
}

TEST_CASE("A database that cannot keep its backup copy is not upgraded", "[database][backup]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("desk.sqlite"));
    writeOldDatabase(path, 4, oldRows);
    const QByteArray before = fileHash(path);
    // A folder where the copy would go: it cannot be replaced by a file.
    REQUIRE(QDir(folder.path()).mkdir(QStringLiteral("desk.sqlite.bak-v4")));
    QFile blocker(folder.filePath(QStringLiteral("desk.sqlite.bak-v4/keep")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto opened = openForWork(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("backup copy")));
    CHECK(readRawSqlite(path, QStringLiteral("PRAGMA user_version")) == QStringList {QStringLiteral("4")});
    CHECK(fileHash(path) == before);
}
