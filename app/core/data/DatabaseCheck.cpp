#include "core/data/DatabaseCheck.h"

#include <QDir>
#include <QMap>

#include "core/data/BackupCopies.h"
#include "core/data/DatabaseFile.h"
#include "core/data/ReadOnlyConnection.h"

namespace sd {

namespace {

constexpr int reportedDamage = 20; // SQLite's integrity check lists at most this many findings

} // namespace

Result<DatabaseCheck::Report> DatabaseCheck::run(const QString& path)
{
    auto file = DatabaseFile::inspect(path);
    if (!file)
        return fail(file.error());
    const QString shown = QDir::toNativeSeparators(path);
    if (file->kind() == DatabaseFile::Kind::Missing)
        return fail(tr("“%1” does not exist.").arg(shown));
    if (file->kind() == DatabaseFile::Kind::Blank)
        return fail(tr("“%1” holds no database yet: there is nothing to check.").arg(shown));

    ReadOnlyConnection connection(path);
    if (Status opened = connection.open(); !opened)
        return fail(opened.error());
    Report report;
    report.version = file->version();
    report.backupCopy = BackupCopies::existing(path).value(0);
    auto integrity = connection.rows(QStringLiteral("PRAGMA integrity_check(%1)").arg(reportedDamage));
    if (!integrity)
        return fail(integrity.error());
    for (const QStringList& row : *integrity) {
        if (row.value(0) != QLatin1String("ok"))
            report.problems.append(tr("SQLite's integrity check found damage: %1").arg(row.value(0)));
    }
    // Each row of the foreign-key check is one row whose reference leads nowhere: counted by table.
    auto references = connection.rows(QStringLiteral("SELECT \"table\", parent FROM pragma_foreign_key_check"));
    if (!references)
        return fail(references.error());
    QMap<QPair<QString, QString>, int> dangling;
    for (const QStringList& row : *references)
        ++dangling[{row.value(0), row.value(1)}];
    for (auto it = dangling.cbegin(); it != dangling.cend(); ++it) {
        report.problems.append(
            tr("%n row(s) of the table “%1” refer to rows of “%2” that are not there.", nullptr, it.value())
                .arg(it.key().first, it.key().second));
    }
    return report;
}

} // namespace sd
