#include "core/data/BulkStatement.h"

#include "core/data/CopyOutStatement.h"
#include "core/data/Database.h"
#include "core/data/DriverStatement.h"
#include "core/data/SqliteStatement.h"

namespace sd {

std::unique_ptr<BulkStatement> BulkStatement::forInsert(const Database& database, const QString& sql)
{
    if (database.dialect().engine() == SqlDialect::Engine::Sqlite)
        return std::make_unique<SqliteStatement>(database, sql);
    return std::make_unique<DriverStatement>(database, sql + database.dialect().returningId());
}

std::unique_ptr<BulkStatement> BulkStatement::forSelect(const Database& database, const QString& sql)
{
    if (database.dialect().engine() == SqlDialect::Engine::Sqlite)
        return std::make_unique<SqliteStatement>(database, sql);
    return std::make_unique<DriverStatement>(database, sql);
}

std::unique_ptr<BulkStatement> BulkStatement::forLargeSelect(const Database& database, const QString& sql,
                                                             ReadPlan plan)
{
    if (database.dialect().engine() == SqlDialect::Engine::Sqlite)
        return std::make_unique<SqliteStatement>(database, sql);
    return std::make_unique<CopyOutStatement>(database, sql, plan);
}

} // namespace sd
