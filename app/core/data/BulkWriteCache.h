#pragma once

#include <QtGlobal>

namespace sd {

class Database;

// While it lives, the database keeps a page cache large enough for the indexes that bulk inserts
// write all over (an import, the demo): with less, each insert reads its pages again. Reading a
// list, an export or a search passes over each page once, and the operating system's file cache
// serves them as well, so the database otherwise keeps a small cache (and a small footprint).
class BulkWriteCache
{
public:
    explicit BulkWriteCache(const Database& database);
    ~BulkWriteCache();
    Q_DISABLE_COPY_MOVE(BulkWriteCache)

    static constexpr int kibibytes = 32 * 1024;

private:
    const Database& m_database;
};

} // namespace sd
