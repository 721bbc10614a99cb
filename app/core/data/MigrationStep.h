// The part of a migration that SQL cannot do, run in C++ after the migration's SQL, in its transaction.
#pragma once

#include "core/Result.h"

namespace sd {

class Database;

class MigrationStep
{
public:
    // Runs the step of data version VERSION on DATABASE, when that version has one.
    static Status apply(const Database& database, int version);

private:
    // Version 6: every stored reading in full-width katakana (see Reading::katakana).
    static Status readingsInKatakana(const Database& database);
    // Version 10: each seminar's programme text as items (see ProgrammeText), then the text goes.
    static Status programmeItems(const Database& database);
};

} // namespace sd
