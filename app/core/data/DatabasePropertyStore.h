#pragma once

#include <QString>

#include "core/Result.h"

namespace sd {

class Database;

// Named facts about the database file itself (table database_property).
class DatabasePropertyStore
{
public:
    explicit DatabasePropertyStore(const Database& database);

    // The value of NAME; empty when it was never set.
    Result<QString> value(const QString& name) const;
    Status setValue(const QString& name, const QString& value);

private:
    const Database& m_database;
};

} // namespace sd
