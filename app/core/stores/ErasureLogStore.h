#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include "core/Result.h"

namespace sd {

class Database;

// One erasure of personal data past the retention period, or its undoing: counts and the rule,
// never names.
struct ErasureLogEntry
{
    enum class Action { Erased, Restored };
    QDateTime at;
    Action action = Action::Erased;
    int people = 0;
    int registrations = 0;
    int periodMonths = 0;
    QDateTime lastSeminarBefore;
};

// The erasure log (erasure_log).
class ErasureLogStore
{
    Q_DECLARE_TR_FUNCTIONS(ErasureLogStore)

public:
    explicit ErasureLogStore(const Database& database);

    Status add(const ErasureLogEntry& entry);
    // Every entry, oldest first.
    Result<QList<ErasureLogEntry>> all() const;

private:
    const Database& m_database;
};

} // namespace sd
