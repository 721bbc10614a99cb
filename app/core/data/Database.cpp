#include "core/data/Database.h"

#include <atomic>
#include <cstdio>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

#include "core/data/MigrationStep.h"
#include "core/data/SqlStatement.h"
#include "core/data/SqliteStatement.h"
#include "core/data/Transaction.h"

namespace sd {

namespace {

const char sqliteMagic[] = "SQLite format 3"; // followed by a NUL in the 16-byte header

struct Migration
{
    int version;
    QString path;
};

// Migrations are numbered resources: ":/migrations/001_initial.sql", ...
QList<Migration> migrations()
{
    static const QRegularExpression numbered(QStringLiteral("^(\\d+)_.*\\.sql$"));
    QList<Migration> list;
    const QStringList names = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const auto match = numbered.match(name);
        if (match.hasMatch())
            list.append({match.captured(1).toInt(), QStringLiteral(":/migrations/") + name});
    }
    return list;
}

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("seminar-desk-%1").arg(++counter);
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{
}

Database::~Database()
{
    m_insertStatements.clear(); // finalized before the connection closes, or it would stay open
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, IfMissing ifMissing)
{
    const QFileInfo info(path);
    if (!info.exists() && ifMissing == IfMissing::Refuse) {
        return fail(tr("“%1” does not exist. Check the name, or create a new database (File ▸ New Database, or "
                       "seminar-desk demo FILE).")
                        .arg(path));
    }
    if (info.exists()) {
        if (!info.isFile())
            return fail(tr("“%1” is not a file.").arg(path));
        if (Status header = checkFileHeader(path); !header)
            return fail(header.error());
    } else if (Status created = createEmptyPrivateFile(path); !created) {
        return fail(created.error());
    }

    std::unique_ptr<Database> database(new Database(nextConnectionName(), info.absoluteFilePath()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(database->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(tr("Could not open “%1”: %2").arg(path, db.lastError().text()));
    if (Status identity = database->checkIdentity(); !identity)
        return fail(identity.error());
    if (Status configured = database->configure(); !configured)
        return fail(configured.error());
    if (Status migrated = database->migrate(); !migrated)
        return fail(migrated.error());
    return database;
}

Status Database::checkFileHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read “%1”: %2").arg(path, file.errorString()));
    if (file.size() == 0)
        return {}; // SQLite treats an empty file as an empty database
    const QByteArray header = file.read(16);
    if (header != QByteArray(sqliteMagic, sizeof sqliteMagic))
        return fail(tr("“%1” is not a Seminar Desk database: it is not an SQLite file.").arg(path));
    return {};
}

Status Database::createEmptyPrivateFile(const QString& path)
{
    // The database holds personal data: only its owner may read it, from the first byte on.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(tr("Could not create “%1”: %2").arg(path, file.errorString()));
    file.close();
    if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return fail(tr("Could not restrict the permissions of “%1”: %2").arg(path, file.errorString()));
    return {};
}

// Reads only: a refused file must stay byte for byte as it was.
Status Database::checkIdentity() const
{
    SqlStatement versionQuery(*this, QStringLiteral("PRAGMA user_version"));
    if (!versionQuery.exec() || !versionQuery.next())
        return fail(tr("“%1” is not a Seminar Desk database: %2").arg(m_path, versionQuery.errorText()));
    const int version = versionQuery.value(0).toInt();
    if (version > latestSchemaVersion()) {
        return fail(tr("“%1” was written by a newer version of Seminar Desk (data version %2; this version "
                       "understands up to %3). Open it with a newer Seminar Desk.")
                        .arg(m_path)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    }
    SqlStatement idQuery(*this, QStringLiteral("PRAGMA application_id"));
    if (!idQuery.exec() || !idQuery.next())
        return fail(tr("“%1” is not a Seminar Desk database: %2").arg(m_path, idQuery.errorText()));
    const int id = idQuery.value(0).toInt();
    SqlStatement tables(*this, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables.exec() || !tables.next())
        return fail(tr("“%1” is not a Seminar Desk database: %2").arg(m_path, tables.errorText()));
    const bool foreign = (id != 0 && id != applicationId) || (version == 0 && tables.value(0).toInt() > 0);
    if (foreign)
        return fail(tr("“%1” is an SQLite database of another program, not of Seminar Desk.").arg(m_path));
    return {};
}

Status Database::configure() const
{
    // Page size and text encoding are fixed when a file is created and ignored after. UTF-16:
    // Qt hands SQLite UTF-16, so nothing is converted on the way in or out, and Japanese text
    // takes 2 bytes, not 3. 16 KiB pages: fewer, shallower index pages for 100,000 attendees.
    const QStringList pragmas
        = {QStringLiteral("PRAGMA page_size = 16384"), QStringLiteral("PRAGMA encoding = 'UTF-16le'"),
           QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
           QStringLiteral("PRAGMA synchronous = NORMAL")};
    for (const QString& pragma : pragmas) {
        SqlStatement statement(*this, pragma);
        if (!statement.exec())
            return fail(tr("Could not prepare “%1”: %2").arg(m_path, statement.errorText()));
    }
    setCacheSize(cacheKibibytes);
    return {};
}

void Database::setCacheSize(int kibibytes) const
{
    // A negative size is in KiB; PRAGMA takes no bound values, and the number is ours. A cache
    // that could not be resized makes the work slower, never wrong: nothing to report.
    const Status resized = SqlStatement(*this, QStringLiteral("PRAGMA cache_size = -%1").arg(kibibytes)).exec();
    Q_UNUSED(resized);
}

Status Database::migrate() const
{
    const int current = schemaVersion();
    for (const Migration& migration : migrations()) {
        if (migration.version <= current)
            continue;
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Migration %1 is missing from this program.").arg(migration.version));
        if (Status applied = applyMigration(migration.version, QString::fromUtf8(file.readAll())); !applied)
            return applied;
    }
    return {};
}

// One transaction per migration: a failed step leaves the file at the previous version.
Status Database::applyMigration(int version, const QString& sql) const
{
    Transaction transaction(*this);
    if (!transaction.begun())
        return fail(transaction.errorText());
    // Statements end with a semicolon at the end of a line; our migrations keep to that.
    static const QRegularExpression statementEnd(QStringLiteral(";\\s*\\n"));
    static const QRegularExpression commentLine(QStringLiteral("^\\s*--[^\\n]*\\n"),
                                                QRegularExpression::MultilineOption);
    const QString code = QString(sql + QLatin1Char('\n')).remove(commentLine);
    const QStringList statements = code.split(statementEnd, Qt::SkipEmptyParts);
    for (const QString& text : statements) {
        if (text.trimmed().isEmpty())
            continue;
        SqlStatement statement(*this, text);
        if (!statement.exec())
            return fail(tr("Could not upgrade “%1” to data version %2: %3")
                            .arg(m_path)
                            .arg(version)
                            .arg(statement.errorText()));
    }
    if (Status stepped = MigrationStep::apply(*this, version); !stepped)
        return fail(tr("Could not upgrade “%1” to data version %2: %3").arg(m_path).arg(version).arg(stepped.error()));
    // PRAGMA takes no bound values; both numbers are ours, not the user's.
    for (const QString& pragma : {QStringLiteral("PRAGMA user_version = %1").arg(version),
                                  QStringLiteral("PRAGMA application_id = %1").arg(applicationId)}) {
        SqlStatement statement(*this, pragma);
        if (!statement.exec())
            return fail(tr("Could not upgrade “%1” to data version %2: %3")
                            .arg(m_path)
                            .arg(version)
                            .arg(statement.errorText()));
    }
    return transaction.commit();
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/seminar-desk.sqlite");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

SqliteStatement& Database::insertStatement(const QString& sql) const
{
    std::unique_ptr<SqliteStatement>& statement = m_insertStatements[sql];
    if (!statement)
        statement = std::make_unique<SqliteStatement>(*this, sql);
    return *statement;
}

sqlite3* Database::sqliteHandle() const
{
    const QVariant handle = connection().driver()->handle();
    return qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
}

int Database::schemaVersion() const
{
    SqlStatement statement(*this, QStringLiteral("PRAGMA user_version"));
    if (!statement.exec() || !statement.next())
        return 0;
    return statement.value(0).toInt();
}

int Database::latestSchemaVersion()
{
    const QList<Migration> list = migrations();
    return list.isEmpty() ? 0 : list.constLast().version;
}

Status Database::saveCopyAs(const QString& target) const
{
    // VACUUM INTO refuses an existing file, so write beside it and rename over the old copy.
    const QString temporary = target + QStringLiteral(".part");
    QFile::remove(temporary);
    SqlStatement statement(*this, QStringLiteral("VACUUM INTO ?"));
    if (!statement.exec({temporary})) {
        QFile::remove(temporary);
        return fail(tr("Could not write a copy to “%1”: %2").arg(target, statement.errorText()));
    }
    QFile::setPermissions(temporary, QFile::ReadOwner | QFile::WriteOwner);
    // rename(2) replaces the old copy in one step, so a reader never sees half a file.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temporary);
        return fail(tr("Could not write a copy to “%1”.").arg(target));
    }
    return {};
}

} // namespace sd
