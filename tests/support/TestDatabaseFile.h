#pragma once

#include <memory>

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "core/data/Database.h"
#include "core/records/Attendee.h"
#include "core/records/Seminar.h"
#include "support/CatchQt.h"

// A fresh database in a temporary folder of its own, gone when the test ends.
class TestDatabaseFile
{
public:
    TestDatabaseFile();
    sd::Database& database() { return *m_database; }
    QString path() const { return m_path; }
    QString folder() const { return m_folder.path(); }
    // Closes the database (to reopen or inspect the file).
    void close() { m_database.reset(); }
    void reopen();

private:
    QTemporaryDir m_folder;
    QString m_path;
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
