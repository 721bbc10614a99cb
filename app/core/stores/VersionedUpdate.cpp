#include "core/stores/VersionedUpdate.h"

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"

namespace sd {

VersionedUpdate::VersionedUpdate(const Database& database, QString table, const QString& assignments, QString key)
    : m_database(database)
    , m_table(std::move(table))
    , m_key(std::move(key))
    , m_statement(std::make_unique<SqlStatement>(database,
                                                 QStringLiteral("UPDATE %1 SET %2, %3 WHERE %4 = ? AND version = ?")
                                                     .arg(m_table, assignments, versionCountedUp(), m_key)))
{
}

VersionedUpdate::~VersionedUpdate() = default;

QString VersionedUpdate::versionCountedUp()
{
    return QStringLiteral("version = version + 1");
}

Status VersionedUpdate::exec(QVariantList values, qint64 id, qint64 version, const QString& gone)
{
    values.append(id);
    values.append(version);
    if (Status ran = m_statement->exec(values); !ran)
        return ran;
    if (m_statement->rowsAffected() == 0)
        return fail(whyUnchanged(id, version, gone));
    return {};
}

QString VersionedUpdate::whyUnchanged(qint64 id, qint64 version, const QString& gone) const
{
    // Whoever saved first keeps their change: the editor reads the record again and lets the user
    // choose between both versions.
    SqlStatement stored(m_database, QStringLiteral("SELECT version FROM %1 WHERE %2 = ?").arg(m_table, m_key));
    if (Status ran = stored.exec({id}); !ran)
        return ran.error();
    if (!stored.next())
        return gone;
    return tr("someone else changed it since it was opened here (their version %1, this one %2).")
        .arg(stored.value(0).toLongLong())
        .arg(version);
}

} // namespace sd
