#include "core/data/ReadOnlyConnection.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include "core/data/BackupCopies.h"
#include "core/data/Database.h"
#include "core/files/FileProblem.h"

namespace sd {

namespace {

bool hasContent(const QString& path)
{
    const QFileInfo file(path);
    return file.exists() && file.size() > 0;
}

} // namespace

ReadOnlyConnection::ReadOnlyConnection(QString path)
    : m_path(std::move(path))
{
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    sqlite3_close_v2(m_handle);
}

Status ReadOnlyConnection::open()
{
    // Without a journal beside it the file alone holds every committed change, and SQLite may read it
    // as immutable: it then makes no -wal or -shm file, which a read-only connection to a database in
    // WAL mode would otherwise leave behind. With a journal, another program is (or was) writing to
    // it: read it the ordinary way, so that what it committed is seen.
    const bool journal
        = hasContent(m_path + QStringLiteral("-wal")) || QFileInfo::exists(m_path + QStringLiteral("-journal"));
    QUrl uri = QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath());
    uri.setQuery(journal ? QStringLiteral("mode=ro") : QStringLiteral("mode=ro&immutable=1"));
    const int result
        = sqlite3_open_v2(uri.toEncoded().constData(), &m_handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (result != SQLITE_OK)
        return failure();
    // A program writing at the same moment holds its lock for milliseconds: wait for it as the
    // read-write connections do, rather than call the file busy at once.
    sqlite3_busy_timeout(m_handle, Database::busyTimeoutMs);
    return {};
}

Result<QList<QStringList>> ReadOnlyConnection::rows(const QString& sql)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK)
        return failure();
    QList<QStringList> rows;
    int result = SQLITE_ROW;
    while ((result = sqlite3_step(statement)) == SQLITE_ROW) {
        QStringList row;
        for (int column = 0; column < sqlite3_column_count(statement); ++column) {
            const auto* value = static_cast<const char16_t*>(sqlite3_column_text16(statement, column));
            row.append(value ? QString::fromUtf16(value, sqlite3_column_bytes16(statement, column) / 2) : QString());
        }
        rows.append(row);
    }
    if (result != SQLITE_DONE) {
        Error error = failure();
        sqlite3_finalize(statement);
        return error;
    }
    sqlite3_finalize(statement);
    return rows;
}

Error ReadOnlyConnection::failure() const
{
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_handle));
    const QString problem = FileProblem::ofSqlite(sqlite3_extended_errcode(m_handle), sqlite3_system_errno(m_handle),
                                                  m_path, detail, BackupCopies::existing(m_path).value(0));
    if (!problem.isEmpty())
        return fail(problem);
    return fail(tr("Could not read “%1”: %2").arg(m_path, detail));
}

} // namespace sd
