// SQLite's own read-only connection to a file that leaves the file and its folder exactly as they
// were (no journal or shared-memory file is made beside it): what decides what a file is before
// anything is written to it, and what checks a database.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/Result.h"

struct sqlite3;

namespace sd {

class ReadOnlyConnection
{
    Q_DECLARE_TR_FUNCTIONS(ReadOnlyConnection)

public:
    explicit ReadOnlyConnection(QString path);
    ~ReadOnlyConnection();
    Q_DISABLE_COPY_MOVE(ReadOnlyConnection)

    Status open();
    // Runs SQL, a statement of ours with no values to bind, and gives its rows with every column as text.
    Result<QList<QStringList>> rows(const QString& sql);

private:
    Error failure() const;

    QString m_path;
    sqlite3* m_handle = nullptr;
};

} // namespace sd
