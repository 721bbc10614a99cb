#pragma once

#include <functional>
#include <memory>

#include <QCoreApplication>

#include "core/Result.h"
#include "core/data/Database.h"
#include "core/data/DatabaseUrl.h"

namespace sd {

// Stored sort keys are ICU collation keys: when the ICU on the machine sorts differently from the
// one that made them (an operating system upgrade), they are made again, so lists stay in
// gojuon order and in step with new entries. So is the search text, and both are made again when
// the program makes them another way (a new revision of the keys).
class SortKeyRefresh
{
    Q_DECLARE_TR_FUNCTIONS(SortKeyRefresh)

public:
    static Status applyIfNeeded(const Database& database);
};

// Opens PATH as Database::open does and brings its sort keys in step with this machine: how the
// desk, the commands and the demo open a database for work. The data layer itself knows nothing
// of the stores.
Result<std::unique_ptr<Database>> openForWork(const QString& path,
                                              Database::IfMissing ifMissing = Database::IfMissing::Create);
// The same for a database on a PostgreSQL server (see Database::open).
Result<std::unique_ptr<Database>> openForWork(const DatabaseUrl& url, const QString& password = QString());
// Makes the new database PATH as Database::create does, its sort keys marked as this machine's
// before FILL runs: how New Database and the demo make a database.
Status createForWork(const QString& path, const std::function<Status(const Database&)>& fill = {});

} // namespace sd
