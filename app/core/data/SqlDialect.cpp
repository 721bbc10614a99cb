#include "core/data/SqlDialect.h"

#include "core/data/Database.h"

namespace sd {

namespace {

// The name of the PostgreSQL data version in database_property.
constexpr char versionProperty[] = "data_version";

} // namespace

QString SqlDialect::migrationFolder() const
{
    return m_engine == Engine::PostgreSql ? QStringLiteral(":/migrations/postgresql") : QStringLiteral(":/migrations");
}

QString SqlDialect::beginWrite() const
{
    return m_engine == Engine::PostgreSql ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::readVersion() const
{
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("PRAGMA user_version");
    return QStringLiteral("SELECT CAST(value AS integer) FROM database_property WHERE name = '%1'")
        .arg(QLatin1String(versionProperty));
}

// PRAGMA takes no bound values: the numbers are written into the text, and both are ours.
QStringList SqlDialect::writeVersion(int version) const
{
    if (m_engine == Engine::Sqlite) {
        return {QStringLiteral("PRAGMA user_version = %1").arg(version),
                QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)};
    }
    return {QStringLiteral("INSERT INTO database_property (name, value) VALUES ('%1', '%2') "
                           "ON CONFLICT (name) DO UPDATE SET value = excluded.value")
                .arg(QLatin1String(versionProperty))
                .arg(version)};
}

QString SqlDialect::tableExists() const
{
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
    return QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND "
                          "tablename = ?");
}

QString SqlDialect::countTables() const
{
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("SELECT count(*) FROM sqlite_master");
    return QStringLiteral(
        "SELECT count(*) FROM pg_catalog.pg_class WHERE relnamespace = current_schema()::regnamespace");
}

QString SqlDialect::migrationLock() const
{
    if (m_engine == Engine::Sqlite)
        return {};
    // The lock's number is our own: SQLite's application id, "SDk1".
    return QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(Database::applicationId);
}

QString SqlDialect::returningId() const
{
    return m_engine == Engine::PostgreSql ? QStringLiteral(" RETURNING id") : QString();
}

} // namespace sd
