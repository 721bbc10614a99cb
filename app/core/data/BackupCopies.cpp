#include "core/data/BackupCopies.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <sqlite3.h>

#include "core/files/FileProblem.h"

namespace sd {

namespace {

const QString suffix = QStringLiteral(".bak-v");

// The data version of a copy's file name, or -1 when it is not a copy of NAME.
int versionOf(const QString& fileName, const QString& name)
{
    if (!fileName.startsWith(name + suffix))
        return -1;
    bool ok = false;
    const int version = fileName.mid(name.size() + suffix.size()).toInt(&ok);
    return ok && version >= 0 ? version : -1;
}

} // namespace

QString BackupCopies::pathFor(const QString& database, int version)
{
    return database + suffix + QString::number(version);
}

QStringList BackupCopies::existing(const QString& database)
{
    const QFileInfo info(database);
    const QString name = info.fileName();
    QList<std::pair<int, QString>> copies;
    const QStringList files = info.dir().entryList({name + suffix + QLatin1Char('*')}, QDir::Files);
    for (const QString& file : files) {
        if (const int version = versionOf(file, name); version >= 0)
            copies.append({version, info.dir().filePath(file)});
    }
    std::sort(copies.begin(), copies.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList paths;
    for (const auto& copy : copies)
        paths.append(copy.second);
    return paths;
}

Result<QString> BackupCopies::make(sqlite3* source, const QString& database, int version)
{
    const QString target = pathFor(database, version);
    // Made under a temporary name (created readable by its owner only) and renamed when complete:
    // a copy that exists is a whole one.
    QTemporaryFile temporary(target + QStringLiteral(".XXXXXX"));
    if (!temporary.open())
        return fail(FileProblem::ofWrite(temporary, target));
    temporary.close();

    sqlite3* copy = nullptr;
    int result
        = sqlite3_open_v2(QFile::encodeName(temporary.fileName()).constData(), &copy, SQLITE_OPEN_READWRITE, nullptr);
    if (result == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(copy, "main", source, "main");
        if (backup) {
            sqlite3_backup_step(backup, -1);
            result = sqlite3_backup_finish(backup);
        } else {
            result = sqlite3_errcode(copy);
        }
    }
    const QString detail = QString::fromUtf8(sqlite3_errmsg(copy));
    const int systemErrno = sqlite3_system_errno(copy);
    sqlite3_close(copy);
    if (result != SQLITE_OK) {
        QString problem = FileProblem::ofSqlite(result, systemErrno, target, detail, QString());
        if (problem.isEmpty())
            problem = tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(target), detail);
        return fail(problem);
    }
    QFile::remove(target); // a copy left by an upgrade that failed before
    if (!temporary.rename(target))
        return fail(FileProblem::ofWrite(temporary, target));
    temporary.setAutoRemove(false);

    const QStringList copies = existing(database);
    for (qsizetype i = kept; i < copies.size(); ++i)
        QFile::remove(copies.at(i));
    return target;
}

} // namespace sd
