#include "core/stores/SortKeyRefresh.h"

#include "core/data/Database.h"
#include "core/data/DatabasePropertyStore.h"
#include "core/data/Transaction.h"
#include "core/records/ReadingCollator.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/ContactStore.h"

namespace sd {

namespace {

const QString collationProperty = QStringLiteral("collation_version");

// How the stored keys are made, beside the collation that makes them: raised whenever sort keys or
// search text are made another way, so that every row is made again the new way. 2: a person's
// family part sorts before the given part; search text folds accents and holds the reading in romaji.
constexpr int keysRevision = 2;

QString keysVersion()
{
    return QStringLiteral("%1 keys %2").arg(ReadingCollator::version()).arg(keysRevision);
}

} // namespace

Status SortKeyRefresh::applyIfNeeded(const Database& database)
{
    DatabasePropertyStore properties(database);
    auto stored = properties.value(collationProperty);
    if (!stored)
        return fail(stored.error());
    if (*stored == keysVersion())
        return {};
    Transaction transaction(database);
    if (!transaction.begun())
        return fail(transaction.errorText());
    if (Status refreshed = AttendeeStore(database).refreshKeys(); !refreshed)
        return refreshed;
    if (Status refreshed = ContactStore(database).refreshKeys(); !refreshed)
        return refreshed;
    if (Status saved = properties.setValue(collationProperty, keysVersion()); !saved)
        return saved;
    if (Status committed = transaction.commit(); !committed)
        return fail(tr("Could not re-sort the names for this computer's collation: %1").arg(committed.error()));
    return {};
}

namespace {

Result<std::unique_ptr<Database>> refreshed(Result<std::unique_ptr<Database>> opened)
{
    if (!opened)
        return opened;
    if (Status applied = SortKeyRefresh::applyIfNeeded(**opened); !applied)
        return fail(applied.error());
    return opened;
}

} // namespace

Result<std::unique_ptr<Database>> openForWork(const QString& path, Database::IfMissing ifMissing)
{
    return refreshed(Database::open(path, ifMissing));
}

Result<std::unique_ptr<Database>> openForWork(const DatabaseUrl& url, const QString& password)
{
    return refreshed(Database::open(url, password));
}

Status createForWork(const QString& path, const std::function<Status(const Database&)>& fill)
{
    return Database::create(path, [&fill](const Database& database) -> Status {
        if (Status refreshed = SortKeyRefresh::applyIfNeeded(database); !refreshed)
            return refreshed;
        return fill ? fill(database) : Status();
    });
}

} // namespace sd
