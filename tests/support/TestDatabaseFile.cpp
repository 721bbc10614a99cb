#include "support/TestDatabaseFile.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "core/stores/SortKeyRefresh.h"
#include "support/PostgresServer.h"

TestDatabaseFile::TestDatabaseFile()
    : m_path(m_folder.filePath(QStringLiteral("test.sqlite")))
{
    if (onServer())
        m_serverDatabase = PostgresServer::urlOf(PostgresServer::freshDatabase());
    reopen();
}

bool TestDatabaseFile::onServer()
{
    static const bool postgres = qEnvironmentVariable("SEMINAR_DESK_TEST_ENGINE") == QLatin1String("postgresql");
    return postgres;
}

QString TestDatabaseFile::path() const
{
    INFO("a test of the SQLite file itself runs on SQLite only: tag it [file]");
    REQUIRE_FALSE(onServer());
    return m_path;
}

QString TestDatabaseFile::address() const
{
    return m_serverDatabase ? m_serverDatabase->toString() : m_path;
}

sd::Result<std::unique_ptr<sd::Database>> TestDatabaseFile::openAnother() const
{
    return m_serverDatabase ? sd::openForWork(*m_serverDatabase) : sd::openForWork(m_path);
}

void TestDatabaseFile::reopen()
{
    m_database.reset();
    auto opened = openAnother();
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    m_database = std::move(opened).value();
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

void writeRawSqlite(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        for (const QString& sql : statements) {
            QSqlQuery query(raw);
            const bool ran = query.exec(sql);
            INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
            REQUIRE(ran);
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void writeOldDatabase(const QString& path, int version, const QStringList& rows)
{
    QStringList statements;
    const QStringList migrations = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files, QDir::Name);
    for (const QString& name : migrations) {
        if (name.left(3).toInt() > version)
            break;
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
    statements << rows << QStringLiteral("PRAGMA user_version = %1").arg(version)
               << QStringLiteral("PRAGMA application_id = %1").arg(sd::Database::applicationId);
    writeRawSqlite(path, statements);
}

QStringList readRawSqlite(const QString& path, const QString& sql)
{
    QStringList values;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        {
            QSqlQuery query(raw);
            const bool ran = query.exec(sql);
            INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
            REQUIRE(ran);
            while (query.next())
                values.append(query.value(0).toString());
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return values;
}

sd::Attendee makeAttendee(const QString& family, const QString& given, const QString& familyReading,
                          const QString& givenReading)
{
    sd::Attendee attendee;
    attendee.familyName = family;
    attendee.givenName = given;
    attendee.familyReading = familyReading;
    attendee.givenReading = givenReading;
    return attendee;
}

sd::Seminar makeSeminar(const QString& titleEn)
{
    sd::Seminar seminar;
    seminar.titleEn = titleEn;
    seminar.titleJa = QStringLiteral("テストセミナー");
    seminar.startsAt = QDateTime(QDate(2027, 2, 12), QTime(13, 30));
    seminar.endsAt = QDateTime(QDate(2027, 2, 12), QTime(17, 0));
    seminar.capacity = 100;
    return seminar;
}
