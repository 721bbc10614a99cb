#include "core/data/DatabasePropertyStore.h"

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"

namespace sd {

DatabasePropertyStore::DatabasePropertyStore(const Database& database)
    : m_database(database)
{
}

Result<QString> DatabasePropertyStore::value(const QString& name) const
{
    auto rows = selectRows<QString>(m_database, QStringLiteral("SELECT value FROM database_property WHERE name = ?"),
                                    {name}, [](const SqlStatement& row) { return row.value(0).toString(); });
    if (!rows)
        return fail(rows.error());
    return rows->isEmpty() ? QString() : rows->constFirst();
}

Status DatabasePropertyStore::setValue(const QString& name, const QString& value)
{
    SqlStatement statement(m_database,
                           QStringLiteral("INSERT INTO database_property (name, value) VALUES (?, ?) "
                                          "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    return statement.exec({name, value});
}

} // namespace sd
