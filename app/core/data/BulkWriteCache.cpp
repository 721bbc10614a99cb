#include "core/data/BulkWriteCache.h"

#include "core/data/Database.h"

namespace sd {

BulkWriteCache::BulkWriteCache(const Database& database)
    : m_database(database)
{
    m_database.setCacheSize(kibibytes);
}

BulkWriteCache::~BulkWriteCache()
{
    m_database.setCacheSize(Database::cacheKibibytes);
}

} // namespace sd
