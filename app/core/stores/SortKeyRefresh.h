#pragma once

#include <memory>

#include <QCoreApplication>

#include "core/Result.h"
#include "core/data/Database.h"

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

} // namespace sd
