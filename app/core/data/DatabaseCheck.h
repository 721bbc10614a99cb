// Checks a Seminar Desk database as SQLite sees it, changing nothing (not even upgrading it): every
// page and index whole, and every row's references leading somewhere. Behind `seminar-desk check`.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/Result.h"

namespace sd {

class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    struct Report
    {
        int version = 0; // the file's data version
        QStringList problems; // in words; none: the file is sound
        QString backupCopy; // the newest backup copy beside it, to restore ("" when none)
    };

    // Fails, with a message naming the file, when it cannot be checked at all: missing, not a
    // Seminar Desk database, damaged past reading.
    static Result<Report> run(const QString& path);
};

} // namespace sd
