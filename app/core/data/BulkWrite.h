#pragma once

#include <QtGlobal>

namespace sd {

class Database;

// While it lives, the database is set for inserts that come by the hundred thousand (an import,
// the demo). On SQLite it keeps a page cache large enough for the indexes that they write all over:
// with less, each insert reads its pages again. Reading a list, an export or a search passes over
// each page once, and the operating system's file cache serves them as well, so the database
// otherwise keeps a small cache (and a small footprint). On PostgreSQL the rows of
// Database::insertStatement() are queued and sent by COPY (see CopyStatement), instead of one round
// trip to the server each.
class BulkWrite
{
public:
    explicit BulkWrite(const Database& database);
    ~BulkWrite();
    Q_DISABLE_COPY_MOVE(BulkWrite)

    static constexpr int cacheKibibytes = 32 * 1024;

private:
    const Database& m_database;
};

} // namespace sd
