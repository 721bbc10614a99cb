// The copies a database keeps of itself before an upgrade changes it: NAME.bak-vN beside it, N the
// data version it had, made with SQLite's backup API, readable by its owner only; the newest three
// are kept.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/Result.h"

struct sqlite3;

namespace sd {

class BackupCopies
{
    Q_DECLARE_TR_FUNCTIONS(BackupCopies)

public:
    static constexpr int kept = 3;

    // The copy of DATABASE at data version VERSION.
    static QString pathFor(const QString& database, int version);
    // The copies beside DATABASE, newest (highest version) first.
    static QStringList existing(const QString& database);
    // Copies the open database SOURCE (the file DATABASE, at VERSION) to its copy, then deletes all but
    // the newest three. Gives the copy's path.
    static Result<QString> make(sqlite3* source, const QString& database, int version);
};

} // namespace sd
