#include "core/data/BulkWrite.h"

#include "core/data/Database.h"

namespace sd {

BulkWrite::BulkWrite(const Database& database)
    : m_database(database)
{
    ++m_database.m_bulkWrites;
    if (m_database.dialect().engine() == SqlDialect::Engine::Sqlite)
        m_database.setCacheSize(cacheKibibytes);
}

BulkWrite::~BulkWrite()
{
    --m_database.m_bulkWrites;
    if (m_database.dialect().engine() == SqlDialect::Engine::Sqlite)
        m_database.setCacheSize(Database::cacheKibibytes);
}

} // namespace sd
