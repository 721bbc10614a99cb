#include "SortKeyRefresh.h"

#include "AttendeeStore.h"
#include "ContactStore.h"
#include "DatabasePropertyStore.h"
#include "ReadingCollator.h"
#include "Transaction.h"

namespace sd {

namespace {

const QString collationProperty = QStringLiteral("collation_version");

} // namespace

Status SortKeyRefresh::applyIfNeeded(const Database& database)
{
    DatabasePropertyStore properties(database);
    auto stored = properties.value(collationProperty);
    if (!stored)
        return fail(stored.error());
    if (*stored == ReadingCollator::version())
        return {};
    Transaction transaction(database);
    if (!transaction.begun())
        return fail(transaction.errorText());
    if (Status refreshed = AttendeeStore(database).refreshSortKeys(); !refreshed)
        return refreshed;
    if (Status refreshed = ContactStore(database).refreshSortKeys(); !refreshed)
        return refreshed;
    if (Status saved = properties.setValue(collationProperty, ReadingCollator::version()); !saved)
        return saved;
    if (Status committed = transaction.commit(); !committed)
        return fail(tr("Could not re-sort the names for this computer's collation: %1").arg(committed.error()));
    return {};
}

} // namespace sd
