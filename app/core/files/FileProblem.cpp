#include "core/files/FileProblem.h"

#include <cerrno>

#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QStorageInfo>

#include <sqlite3.h>

namespace sd {

namespace {

// A write that failed with less than this left on the disk failed because the disk is full:
// the system fills a disk to its last blocks before it refuses a write.
constexpr qint64 nearlyFullBytes = 64 * 1024;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString folderOf(const QString& path)
{
    return QFileInfo(path).absolutePath();
}

bool diskIsFull(const QString& path)
{
    const QStorageInfo storage(folderOf(path));
    return storage.isValid() && storage.bytesAvailable() < nearlyFullBytes;
}

bool cannotWrite(const QString& path)
{
    const QFileInfo file(path);
    const QFileInfo folder(folderOf(path));
    return !folder.isWritable() || (file.exists() && !file.isWritable()) || QStorageInfo(folderOf(path)).isReadOnly();
}

} // namespace

QString FileProblem::anotherWriter(const QString& path)
{
    return tr("Another program is writing to “%1”, and it did not finish within 5 seconds. Nothing was changed: "
              "try again when it has finished.")
        .arg(shown(path));
}

QString FileProblem::diskFull(const QString& path)
{
    return tr("The disk is full: “%1” could not be written. Make room on the disk (%2), then try again.")
        .arg(shown(path), shown(QStorageInfo(folderOf(path)).rootPath()));
}

QString FileProblem::readOnly(const QString& path)
{
    const QFileInfo file(path);
    if (!QFileInfo(folderOf(path)).isWritable() || QStorageInfo(folderOf(path)).isReadOnly()) {
        return tr("“%1” cannot be written: the folder “%2” is read-only. Copy the file to a folder you can write "
                  "to, or ask for write access to this one.")
            .arg(shown(path), shown(folderOf(path)));
    }
    return tr("“%1” cannot be written: the file is read-only. Allow writing to it, or work on a copy.")
        .arg(shown(path));
}

QString FileProblem::damaged(const QString& path, const QString& detail, const QString& backupCopy)
{
    if (backupCopy.isEmpty()) {
        return tr("“%1” is damaged (%2). Restore a copy you saved (File ▸ Save a Backup Copy As), and keep the "
                  "damaged file for now.")
            .arg(shown(path), detail);
    }
    return tr("“%1” is damaged (%2). Restore the backup copy “%3” (rename it to “%4”), and keep the damaged file "
              "for now.")
        .arg(shown(path), detail, shown(backupCopy), QFileInfo(path).fileName());
}

QString FileProblem::ofSqlite(int code, int systemErrno, const QString& path, const QString& detail,
                              const QString& backupCopy)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return anotherWriter(path);
    case SQLITE_FULL:
        return diskFull(path);
    case SQLITE_READONLY:
        return readOnly(path);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return damaged(path, detail, backupCopy);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        if (systemErrno == ENOSPC)
            return diskFull(path);
        if (systemErrno == EROFS || systemErrno == EACCES || cannotWrite(path))
            return readOnly(path);
        if (diskIsFull(path))
            return diskFull(path);
        return tr("“%1” could not be read or written (%2). Check the disk, then run “seminar-desk check --db %1”.")
            .arg(shown(path), detail);
    default:
        return {};
    }
}

QString FileProblem::ofWrite(const QFileDevice& file, const QString& path)
{
    if (!QFileInfo(folderOf(path)).isDir()) {
        return tr("Could not write “%1”: the folder “%2” does not exist.").arg(shown(path), shown(folderOf(path)));
    }
    if (cannotWrite(path))
        return readOnly(path);
    if (diskIsFull(path))
        return diskFull(path);
    return tr("Could not write “%1”: %2").arg(shown(path), file.errorString());
}

} // namespace sd
