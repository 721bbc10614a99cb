#include "core/data/Database.h"

#include <atomic>
#include <cstdio>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <libpq-fe.h>
#include <sqlite3.h>

#include "core/data/BackupCopies.h"
#include "core/data/BulkStatement.h"
#include "core/data/CopyOutStatement.h"
#include "core/data/CopyStatement.h"
#include "core/data/DatabaseFile.h"
#include "core/data/DatabaseUrl.h"
#include "core/data/MigrationStep.h"
#include "core/data/SqlStatement.h"
#include "core/data/SqliteStatement.h"
#include "core/data/Transaction.h"
#include "core/files/FileProblem.h"

namespace sd {

namespace {

struct Migration
{
    int version;
    QString path;
};

// Migrations are numbered resources, in one folder per dialect with the same numbers:
// ":/migrations/001_initial.sql", ":/migrations/postgresql/001_initial.sql", ...
QList<Migration> migrations(const SqlDialect& dialect)
{
    static const QRegularExpression numbered(QStringLiteral("^(\\d+)_.*\\.sql$"));
    QList<Migration> list;
    const QString folder = dialect.migrationFolder();
    const QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const auto match = numbered.match(name);
        if (match.hasMatch())
            list.append({match.captured(1).toInt(), folder + QLatin1Char('/') + name});
    }
    return list;
}

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("seminar-desk-%1").arg(++counter);
}

// The driver's words for ERROR on one line (libpq's run over several, indented).
QString driverText(const QSqlError& error)
{
    return (error.databaseText().isEmpty() ? error.text() : error.databaseText()).simplified();
}

} // namespace

Database::Database(QString connectionName, QString path, SqlDialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_dialect(dialect)
{
}

Database::~Database()
{
    // Rows queued outside a transaction are written as they would have been at the next statement.
    const Status written = writeQueuedRows();
    Q_UNUSED(written);
    m_copyStatements.clear();
    m_insertStatements.clear(); // finalized before the connection closes, or it would stay open
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, IfMissing ifMissing)
{
    auto file = DatabaseFile::inspect(path);
    if (!file)
        return fail(file.error());
    if (file->kind() == DatabaseFile::Kind::Missing) {
        if (ifMissing == IfMissing::Refuse) {
            return fail(tr("“%1” does not exist. Check the name, or create a new database (File ▸ New Database, or "
                           "seminar-desk demo FILE).")
                            .arg(path));
        }
        if (Status created = create(path); !created)
            return fail(created.error());
        return open(path, IfMissing::Refuse);
    }
    // A blank file becomes a database of personal data: only its owner may read it, from the first
    // row on.
    if (file->kind() == DatabaseFile::Kind::Blank && !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner))
        return fail(FileProblem::readOnly(path));

    auto database = connect(path);
    if (!database)
        return database;
    // The copy comes first: a database that cannot keep one is left exactly as it was.
    const int version = file->version();
    if (version > 0 && version < latestSchemaVersion()) {
        if (Status kept = (*database)->keepBackupCopy(version); !kept)
            return fail(kept.error());
    }
    if (Status configured = (*database)->configure(file->isEmpty()); !configured)
        return fail(configured.error());
    if (Status migrated = (*database)->migrate(version); !migrated)
        return fail(migrated.error());
    return database;
}

Status Database::create(const QString& path, const std::function<Status(const Database&)>& fill)
{
    if (QFileInfo::exists(path))
        return fail(tr("“%1” already exists; a new database is only made as a new file.").arg(path));
    // QTemporaryFile makes the file readable by its owner only, with a name no other run can take.
    QTemporaryFile temporary(path + QStringLiteral(".XXXXXX.new"));
    if (!temporary.open())
        return fail(FileProblem::ofWrite(temporary, path));
    temporary.close();
    const QString building = temporary.fileName();
    const auto abandon = [&building](const QString& message) {
        QFile::remove(building + QStringLiteral("-wal"));
        QFile::remove(building + QStringLiteral("-shm"));
        return fail(message);
    };
    {
        auto database = connect(building);
        if (!database)
            return abandon(database.error());
        if (Status configured = (*database)->configure(true); !configured)
            return abandon(configured.error());
        if (Status migrated = (*database)->migrate(0); !migrated)
            return abandon(migrated.error());
        if (fill) {
            if (Status filled = fill(**database); !filled)
                return abandon(filled.error());
        }
    }
    // Closing wrote the log back into the file and deleted it. A log still there (the disk filled
    // up) would not follow the file to its name: the database is not finished.
    if (QFileInfo::exists(building + QStringLiteral("-wal"))) {
        return abandon(tr("Could not finish “%1”: its journal could not be written back into it. Check that the "
                          "disk has room, then try again.")
                           .arg(path));
    }
    // QFile::rename never replaces a file: one made meanwhile under the same name stays.
    if (!QFile::rename(building, path)) {
        if (QFileInfo::exists(path))
            return fail(tr("“%1” already exists; a new database is only made as a new file.").arg(path));
        return fail(FileProblem::ofWrite(temporary, path));
    }
    temporary.setAutoRemove(false);
    return {};
}

Result<std::unique_ptr<Database>> Database::connect(const QString& path)
{
    std::unique_ptr<Database> database(
        new Database(nextConnectionName(), QFileInfo(path).absoluteFilePath(), SqlDialect(SqlDialect::Engine::Sqlite)));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(database->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        const QString problem
            = FileProblem::ofSqlite(error.nativeErrorCode().toInt(), 0, path, error.databaseText(), QString());
        return fail(problem.isEmpty() ? tr("Could not open “%1”: %2").arg(path, error.text()) : problem);
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url, const QString& password)
{
    auto database = connect(url, password);
    if (!database)
        return database;
    auto version = (*database)->serverVersion();
    if (!version)
        return fail(version.error());
    if (*version < latestSchemaVersion()) {
        if (Status allowed = (*database)->checkMayMigrate(*version, url.userName()); !allowed)
            return fail(allowed.error());
    }
    if (Status migrated = (*database)->migrate(*version); !migrated)
        return fail(migrated.error());
    return database;
}

Result<std::unique_ptr<Database>> Database::connect(const DatabaseUrl& url, const QString& password)
{
    std::unique_ptr<Database> database(
        new Database(nextConnectionName(), url.toString(), SqlDialect(SqlDialect::Engine::PostgreSql)));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
    if (!db.isValid()) {
        return fail(tr("Could not open “%1”: Qt's PostgreSQL driver is not installed (on Debian, the package "
                       "libqt6sql6-psql).")
                        .arg(database->m_path));
    }
    url.applyTo(db);
    db.setPassword(password);
    if (!db.open()) {
        const QString reason = driverText(db.lastError());
        // libpq's words for a certificate that does not match say nothing of what to do about it.
        if (url.sslMode().startsWith(QLatin1String("verify")) && reason.contains(QLatin1String("certificate"))) {
            const QString rootCertificate = url.sslRootCertificate().isEmpty()
                ? QStringLiteral("~/.postgresql/root.crt")
                : url.sslRootCertificate();
            return fail(tr("Could not connect to “%1”: the server's certificate could not be verified with “%2” "
                           "(%3). Get the certificate of the server from its administrator and name it with "
                           "sslrootcert=, and write the server's name in the address as its certificate does.")
                            .arg(database->m_path, rootCertificate, reason));
        }
        return fail(tr("Could not connect to “%1”: %2").arg(database->m_path, reason));
    }
    return database;
}

Status Database::checkMayMigrate(int version, const QString& role) const
{
    // Creating tables takes the schema's CREATE right; altering and dropping them, their
    // ownership: a member of the owning role has it, and so has a superuser.
    SqlStatement rights(*this,
                        QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE') AND NOT EXISTS "
                                       "(SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                                       "AND NOT pg_has_role(tableowner, 'USAGE'))"));
    if (Status ran = rights.exec(); !ran || !rights.next())
        return fail(tr("Could not read “%1”: %2").arg(m_path, rights.errorText()));
    if (rights.value(0).toBool())
        return {};
    if (version == 0) {
        return fail(tr("“%1” is not yet a Seminar Desk database, and the role “%2” may not create its tables: it "
                       "may only read and write rows. Nothing was changed. Open it once as the database's owner "
                       "role (README: “A shared database on PostgreSQL”, “Setting up the server”); after that, "
                       "the desks can open it.")
                        .arg(m_path, role));
    }
    return fail(tr("“%1” holds data version %2 and this Seminar Desk works with data version %3: it must be "
                   "upgraded first, and the role “%4” may not change its tables: it may only read and write rows. "
                   "Nothing was changed. Open it once as the database's owner role with this Seminar Desk "
                   "(README: “A shared database on PostgreSQL”, “Setting up the server”); after that, the desks "
                   "can open it.")
                    .arg(m_path)
                    .arg(version)
                    .arg(latestSchemaVersion())
                    .arg(role));
}

// On a server the version is kept in the table database_property (see SqlDialect::readVersion):
// without it, the database must be empty, not another program's. Read in the migrations' turn:
// another program's first migration is either not begun or committed, never half seen.
Result<int> Database::serverVersion() const
{
    Transaction transaction(*this, Transaction::Intent::Read);
    if (!transaction.begun())
        return fail(transaction.errorText());
    if (Status locked = runStatement(*this, m_dialect.migrationLock()); !locked)
        return fail(tr("Could not read “%1”: %2").arg(m_path, locked.error()));
    const QString foreign = tr("“%1” holds tables of another program, not a Seminar Desk database: give Seminar "
                               "Desk an empty database of its own.")
                                .arg(m_path);
    if (!hasTable(QStringLiteral("database_property"))) {
        SqlStatement tables(*this, m_dialect.countTables());
        if (Status ran = tables.exec(); !ran || !tables.next())
            return fail(tr("Could not read “%1”: %2").arg(m_path, tables.errorText()));
        if (tables.value(0).toInt() > 0)
            return fail(foreign);
        return 0;
    }
    SqlStatement version(*this, m_dialect.readVersion());
    if (Status ran = version.exec(); !ran)
        return fail(tr("Could not read “%1”: %2").arg(m_path, version.errorText()));
    if (!version.next())
        return fail(foreign);
    if (version.value(0).toInt() > latestSchemaVersion())
        return fail(DatabaseFile::newerVersion(m_path, version.value(0).toInt()));
    return version.value(0).toInt();
}

bool Database::hasTable(const QString& name) const
{
    SqlStatement table(*this, m_dialect.tableExists());
    return table.exec({name}) && table.next() && table.value(0).toInt() > 0;
}

Status Database::configure(bool newFile) const
{
    QStringList pragmas;
    if (newFile) {
        // Page size and text encoding are fixed when a file is made, and only then may they be chosen:
        // an existing file keeps its own (SQLite would write a UTF-16 schema into a UTF-8 file and
        // damage it). UTF-16: Qt hands SQLite UTF-16, so nothing is converted on the way in or out,
        // and Japanese text takes 2 bytes, not 3. 16 KiB pages: fewer, shallower index pages for
        // 100,000 attendees.
        pragmas << QStringLiteral("PRAGMA page_size = 16384") << QStringLiteral("PRAGMA encoding = 'UTF-16le'");
    }
    // secure_delete: what is deleted is overwritten, not only unlinked, so an erased person leaves
    // the file (Debian's SQLite has it on already; other builds may not).
    pragmas << QStringLiteral("PRAGMA foreign_keys = ON") << QStringLiteral("PRAGMA secure_delete = ON")
            << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = NORMAL");
    for (const QString& pragma : pragmas) {
        SqlStatement statement(*this, pragma);
        if (!statement.exec())
            return fail(failureText(tr("Could not prepare “%1”: %2").arg(m_path, statement.errorText())));
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

Status Database::migrate(int fromVersion) const
{
    for (const Migration& migration : migrations(m_dialect)) {
        if (migration.version <= fromVersion)
            continue;
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Migration %1 is missing from this program.").arg(migration.version));
        if (Status applied = applyMigration(migration.version, QString::fromUtf8(file.readAll())); !applied)
            return applied;
    }
    return {};
}

Status Database::keepBackupCopy(int version)
{
    auto copy = BackupCopies::make(sqliteHandle(), m_path, version);
    if (!copy) {
        return fail(tr("Before upgrading “%1” a backup copy must be kept, and it could not be: %2 The database was "
                       "left as it was.")
                        .arg(m_path, copy.error()));
    }
    m_notice = tr("“%1” was upgraded from data version %2 to %3; a copy of it as it was is kept in “%4”.")
                   .arg(QDir::toNativeSeparators(m_path))
                   .arg(version)
                   .arg(latestSchemaVersion())
                   .arg(QDir::toNativeSeparators(*copy));
    return {};
}

// One transaction per migration: a failed step leaves the database at the previous version.
Status Database::applyMigration(int version, const QString& sql) const
{
    Transaction transaction(*this);
    if (!transaction.begun())
        return fail(transaction.errorText());
    const auto failed = [this, version](const QString& reason) {
        return fail(
            failureText(tr("Could not upgrade “%1” to data version %2: %3").arg(m_path).arg(version).arg(reason)));
    };
    // Another program opening the same server database may have taken this step while we waited.
    if (const QString lock = m_dialect.migrationLock(); !lock.isEmpty()) {
        if (Status locked = runStatement(*this, lock); !locked)
            return failed(locked.error());
        if (schemaVersion() >= version)
            return transaction.commit();
    }
    // Statements end with a semicolon at the end of a line; our migrations keep to that.
    static const QRegularExpression statementEnd(QStringLiteral(";\\s*\\n"));
    static const QRegularExpression commentLine(QStringLiteral("^\\s*--[^\\n]*\\n"),
                                                QRegularExpression::MultilineOption);
    const QString code = QString(sql + QLatin1Char('\n')).remove(commentLine);
    const QStringList statements = code.split(statementEnd, Qt::SkipEmptyParts);
    // Run unprepared: PostgreSQL prepares no change of the schema.
    for (const QString& text : statements) {
        if (text.trimmed().isEmpty())
            continue;
        if (Status ran = runStatement(*this, text); !ran)
            return failed(ran.error());
    }
    if (Status stepped = MigrationStep::apply(*this, version); !stepped)
        return fail(tr("Could not upgrade “%1” to data version %2: %3").arg(m_path).arg(version).arg(stepped.error()));
    for (const QString& text : m_dialect.writeVersion(version)) {
        if (Status written = runStatement(*this, text); !written)
            return failed(written.error());
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
    // A transaction's BEGIN, savepoints and COMMIT go through here: queued rows are written before
    // them, and when they could not be, the transaction has ended on the server and its commit
    // fails with why (see noteFailure()).
    if (Status written = prepareToRun(); !written)
        m_queuedRowsFailure = written.error();
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::prepareToRun() const
{
    if (m_copyOut)
        m_copyOut->readRest();
    reconnectIfLost();
    return writeQueuedRows();
}

Status Database::writeQueuedRows() const
{
    if (m_writingQueuedRows || m_copyStatements.empty())
        return {};
    const QScopedValueRollback<bool> writing(m_writingQueuedRows, true);
    const auto queued = [this](const QString& table) {
        for (const auto& [sql, statement] : m_copyStatements) {
            if (statement->table() == table && statement->hasQueuedRows())
                return true;
        }
        return false;
    };
    for (;;) {
        // The first queue none of whose parent tables has rows queued; with none such (a cycle of
        // references, which our tables do not have), the first queue.
        CopyStatement* next = nullptr;
        for (const auto& entry : m_copyStatements) {
            CopyStatement* statement = entry.second.get();
            if (!statement->hasQueuedRows())
                continue;
            if (!next)
                next = statement;
            const QStringList& parents = statement->referencedTables();
            if (std::none_of(parents.cbegin(), parents.cend(),
                             [&](const QString& parent) { return parent != statement->table() && queued(parent); })) {
                next = statement;
                break;
            }
        }
        if (!next)
            return {};
        if (Status written = next->writeQueuedRows(); !written) {
            // The transaction has ended on the server: the other queued rows go with it.
            for (const auto& [sql, statement] : m_copyStatements)
                statement->forget();
            // Rows written long before are refused: the statement about to run is not to blame.
            m_fileProblem = written.error();
            return written;
        }
    }
}

void Database::reconnectIfLost() const
{
    // Inside a transaction, its statements must fail until it ends: a new connection would run
    // them, and commit them, without the ones lost with the old.
    if (!m_connectionLost || m_transactionDepth > 0)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
    // Rows queued for the lost connection went with its transaction.
    for (const auto& [sql, statement] : m_copyStatements)
        statement->forget();
    if (db.open()) {
        m_connectionLost = false;
        m_reconnectFailure.clear();
        ++m_connectionNumber;
        return;
    }
    m_reconnectFailure = driverText(db.lastError());
}

bool Database::serverConnectionLost() const
{
    if (!m_connectionLost) {
        PGconn* server = serverHandle();
        m_connectionLost = !server || PQstatus(server) == CONNECTION_BAD;
    }
    return m_connectionLost;
}

QString Database::serverProblem() const
{
    if (m_connectionLost && !m_reconnectFailure.isEmpty()) {
        return tr("The database server of “%1” cannot be reached (%2). Nothing was saved. Check that the server "
                  "is running and the network is up, then try again.")
            .arg(m_path, m_reconnectFailure);
    }
    PGconn* server = serverHandle();
    if (!m_connectionLost && server && PQstatus(server) != CONNECTION_BAD)
        return {};
    m_connectionLost = true;
    const QString reason
        = server ? QString::fromLocal8Bit(PQerrorMessage(server)).section(QLatin1Char('\n'), 0, 0) : QString();
    return tr("The connection to the database server of “%1” was lost (%2). What was being saved was not saved; "
              "Seminar Desk connects again at the next step.")
        .arg(m_path, reason.simplified());
}

BulkStatement& Database::insertStatement(const QString& sql) const
{
    if (m_bulkWrites > 0 && m_dialect.engine() == SqlDialect::Engine::PostgreSql) {
        for (const auto& [copySql, statement] : m_copyStatements) {
            if (copySql == sql)
                return *statement;
        }
        m_copyStatements.emplace_back(sql, std::make_unique<CopyStatement>(*this, sql));
        return *m_copyStatements.back().second;
    }
    std::unique_ptr<BulkStatement>& statement = m_insertStatements[sql];
    if (!statement)
        statement = BulkStatement::forInsert(*this, sql);
    return *statement;
}

QSqlDatabase Database::currentConnection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

PGconn* Database::serverHandle() const
{
    const QVariant handle = currentConnection().driver()->handle();
    // Qt's PostgreSQL driver names the handle's type by libpq's struct (pg_conn*), not its typedef.
    const bool libpq = qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0;
    return libpq ? *static_cast<PGconn* const*>(handle.constData()) : nullptr;
}

QString Database::serverMessage(const PGresult* result) const
{
    const char* message = result ? PQresultErrorMessage(result) : PQerrorMessage(serverHandle());
    return QString::fromUtf8(message).simplified();
}

sqlite3* Database::sqliteHandle() const
{
    const QVariant handle = connection().driver()->handle();
    return qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
}

int Database::schemaVersion() const
{
    // A new server database has no table to keep it in yet (a failed statement would end the
    // transaction it ran in).
    if (m_dialect.engine() == SqlDialect::Engine::PostgreSql && !hasTable(QStringLiteral("database_property")))
        return 0;
    SqlStatement statement(*this, m_dialect.readVersion());
    if (!statement.exec() || !statement.next())
        return 0;
    return statement.value(0).toInt();
}

int Database::latestSchemaVersion()
{
    const QList<Migration> list = migrations(SqlDialect(SqlDialect::Engine::Sqlite));
    return list.isEmpty() ? 0 : list.constLast().version;
}

Status Database::saveCopyAs(const QString& target) const
{
    // VACUUM INTO writes only into a new or empty file: an empty one made readable by its owner
    // only (QTemporaryFile does) beside the target, renamed over any older copy when complete.
    QTemporaryFile temporary(target + QStringLiteral(".XXXXXX"));
    if (!temporary.open())
        return fail(FileProblem::ofWrite(temporary, target));
    temporary.close();
    SqlStatement statement(*this, QStringLiteral("VACUUM INTO ?"));
    if (!statement.exec({temporary.fileName()}))
        return fail(failureText(tr("Could not write a copy to “%1”: %2").arg(target, statement.errorText())));
    // rename(2) replaces the old copy in one step, so a reader never sees half a file.
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(), QFile::encodeName(target).constData()) != 0)
        return fail(FileProblem::ofWrite(temporary, target));
    temporary.setAutoRemove(false);
    return {};
}

const QString& Database::noteFailure() const
{
    if (m_dialect.engine() == SqlDialect::Engine::PostgreSql) {
        m_fileProblem = serverProblem();
        if (m_fileProblem.isEmpty())
            m_fileProblem = std::exchange(m_queuedRowsFailure, QString());
        return m_fileProblem;
    }
    sqlite3* handle = sqliteHandle();
    if (!handle) {
        m_fileProblem.clear();
        return m_fileProblem;
    }
    const int code = sqlite3_extended_errcode(handle);
    const bool damaged = (code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB;
    m_fileProblem
        = FileProblem::ofSqlite(code, sqlite3_system_errno(handle), m_path, QString::fromUtf8(sqlite3_errmsg(handle)),
                                damaged ? BackupCopies::existing(m_path).value(0) : QString());
    return m_fileProblem;
}

QString Database::failureText(const QString& message) const
{
    return m_fileProblem.isEmpty() ? message : m_fileProblem;
}

Status Database::clearJournal() const
{
    // A server's write-ahead log and dead rows are the server's to recycle (see
    // PersonalDataErasure::promise()): a desk's role may not vacuum.
    if (m_dialect.engine() == SqlDialect::Engine::PostgreSql)
        return {};
    if (m_transactionDepth > 0) {
        m_clearJournalAfterCommit = true;
        return {};
    }
    SqlStatement checkpoint(*this, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!checkpoint.exec() || !checkpoint.next()) {
        m_clearJournalAfterCommit = true; // tried again after the next commit
        return fail(failureText(tr("Could not clear the journal of “%1”: %2").arg(m_path, checkpoint.errorText())));
    }
    // The first column is 1 when another connection's reading kept the log from being emptied.
    m_clearJournalAfterCommit = checkpoint.value(0).toInt() != 0;
    if (m_clearJournalAfterCommit) {
        return fail(
            tr("Another program is reading “%1”: its journal “%2” keeps the pages as they were until that "
               "program closes the database.")
                .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(m_path + QStringLiteral("-wal"))));
    }
    return {};
}

} // namespace sd
