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

QStringList SqlDialect::beginWrite() const
{
    if (m_engine == Engine::Sqlite)
        return {QStringLiteral("BEGIN IMMEDIATE")};
    return {QStringLiteral("BEGIN"), migrationLock()};
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

QString SqlDialect::announceChange() const
{
    if (m_engine == Engine::Sqlite)
        return {};
    return QStringLiteral("NOTIFY %1").arg(changeChannel());
}

QString SqlDialect::changeChannel()
{
    return QStringLiteral("seminar_desk_changes");
}

QString SqlDialect::returningId() const
{
    return m_engine == Engine::PostgreSql ? QStringLiteral(" RETURNING id") : QString();
}

bool SqlDialect::broke(Constraint constraint, const QString& code, const QString& errorText, const QString& table,
                       const QStringList& columns) const
{
    if (m_engine == Engine::PostgreSql) {
        static const QString codes[] = {QStringLiteral("23505"), QStringLiteral("23503"), QStringLiteral("23514")};
        if (code != codes[int(constraint)])
            return false;
        return columns.isEmpty()
            || errorText.contains(QStringLiteral("Key (%1)=").arg(columns.join(QStringLiteral(", "))));
    }
    static const QString kinds[] = {QStringLiteral("UNIQUE"), QStringLiteral("FOREIGN KEY"), QStringLiteral("CHECK")};
    const QString failed = kinds[int(constraint)] + QStringLiteral(" constraint failed");
    if (columns.isEmpty())
        return errorText.contains(failed);
    QStringList qualified;
    for (const QString& column : columns)
        qualified.append(table + QLatin1Char('.') + column);
    return errorText.contains(failed + QStringLiteral(": ") + qualified.join(QStringLiteral(", ")));
}

QString SqlDialect::joinInThisOrder() const
{
    return m_engine == Engine::PostgreSql ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
}

QString SqlDialect::containsBytes(const QString& column) const
{
    if (m_engine == Engine::PostgreSql)
        return QStringLiteral("position(? in %1) > 0").arg(column);
    return QStringLiteral("instr(%1, ?) > 0").arg(column);
}

} // namespace sd
