#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "core/data/Database.h"
#include "core/data/DatabaseUrl.h"
#include "core/records/Attendee.h"
#include "core/records/Seminar.h"
#include "support/CatchQt.h"

// A fresh database of the test's own: an SQLite file in a temporary folder, gone when the test
// ends; or, in the two-engine tests' PostgreSQL run (SEMINAR_DESK_TEST_ENGINE=postgresql), a fresh
// database on the tests' own server (support/PostgresServer). Tests of the file itself (its bytes,
// its journal, its path) are tagged [file] and run on SQLite only.
class TestDatabaseFile
{
public:
    TestDatabaseFile();
    // Whether this run's databases are on the PostgreSQL server.
    static bool onServer();
    sd::Database& database() { return *m_database; }
    // The file's path (SQLite only: a [file] test).
    QString path() const;
    // The file's path or the server database's address, as --db takes it (another process's way in).
    QString address() const;
    // A folder of the test's own for other files (exports, PDFs), on either engine.
    QString folder() const { return m_folder.path(); }
    // Another connection to the same database, as a second desk or program has it. Asserts
    // nothing, so that a test's threads may call it (Catch's assertions are for the test's thread).
    sd::Result<std::unique_ptr<sd::Database>> openAnother() const;
    // Closes the database (to reopen or inspect the file).
    void close() { m_database.reset(); }
    void reopen();

private:
    QTemporaryDir m_folder;
    QString m_path;
    std::optional<sd::DatabaseUrl> m_serverDatabase;
    std::unique_ptr<sd::Database> m_database;
};

// The SHA-256 of a file's bytes: whether a refused file was left byte for byte as it was.
QByteArray fileHash(const QString& path);
// Writes a file with the raw SQLite driver, outside Seminar Desk.
void writeRawSqlite(const QString& path, const QStringList& statements);
// Writes a Seminar Desk database of an older data VERSION with the raw SQLite driver (its migrations
// as they were, stamped as ours), then runs ROWS in it.
void writeOldDatabase(const QString& path, int version, const QStringList& rows);
// Runs SQL on a file with the raw SQLite driver and gives the first column of each row.
QStringList readRawSqlite(const QString& path, const QString& sql);

// A valid attendee with the given names.
sd::Attendee makeAttendee(const QString& family, const QString& given, const QString& familyReading = {},
                          const QString& givenReading = {});
// A valid seminar: 2027-02-12, 13:30 to 17:00, 100 seats.
sd::Seminar makeSeminar(const QString& titleEn = QStringLiteral("Test seminar"));
