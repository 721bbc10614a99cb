#pragma once

#include <QCoreApplication>

#include "Result.h"

namespace sd {

class Database;

// Stored sort keys are ICU collation keys: when the ICU on the machine sorts differently from the
// one that made them (an operating system upgrade), they are made again, so lists stay in
// gojuon order and in step with new entries.
class SortKeyRefresh
{
    Q_DECLARE_TR_FUNCTIONS(SortKeyRefresh)

public:
    static Status applyIfNeeded(const Database& database);
};

} // namespace sd
