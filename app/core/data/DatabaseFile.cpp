#include "core/data/DatabaseFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include "core/data/Database.h"
#include "core/data/ReadOnlyConnection.h"

namespace sd {

namespace {

const char sqliteMagic[] = "SQLite format 3"; // followed by a NUL in the 16-byte header

// The tables every data version has had since the first.
const QStringList ourTables = {QStringLiteral("seminar"),      QStringLiteral("venue"),   QStringLiteral("attendee"),
                               QStringLiteral("registration"), QStringLiteral("contact"), QStringLiteral("booth")};

} // namespace

DatabaseFile::DatabaseFile(Kind kind, int version, bool empty)
    : m_kind(kind)
    , m_version(version)
    , m_empty(empty)
{
}

QString DatabaseFile::newerVersion(const QString& shown, int version)
{
    return tr("“%1” was written by a newer version of Seminar Desk (data version %2; this version understands up to "
              "%3). Open it with a newer Seminar Desk.")
        .arg(shown)
        .arg(version)
        .arg(Database::latestSchemaVersion());
}

Result<DatabaseFile> DatabaseFile::inspect(const QString& path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return DatabaseFile(Kind::Missing, 0, true);
    if (!info.isFile())
        return fail(tr("“%1” is not a file.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read “%1”: %2").arg(shown, file.errorString()));
    if (file.size() == 0)
        return DatabaseFile(Kind::Blank, 0, true);
    if (file.read(16) != QByteArray(sqliteMagic, sizeof sqliteMagic))
        return fail(tr("“%1” is not a Seminar Desk database: it is not an SQLite file.").arg(shown));
    file.close();

    ReadOnlyConnection connection(path);
    if (Status opened = connection.open(); !opened)
        return fail(opened.error());
    auto schema = connection.rows(QStringLiteral("SELECT type, name FROM sqlite_master"));
    if (!schema)
        return fail(schema.error());
    auto ids = connection.rows(QStringLiteral("SELECT * FROM pragma_application_id, pragma_user_version"));
    if (!ids)
        return fail(ids.error());
    const int applicationId = ids->value(0).value(0).toInt();
    const int version = ids->value(0).value(1).toInt();
    const bool oursOrNone = applicationId == Database::applicationId || applicationId == 0;
    if (schema->isEmpty() && oursOrNone)
        return DatabaseFile(Kind::Blank, 0, false);
    if (applicationId != Database::applicationId) {
        return fail(tr("“%1” is an SQLite database of another program, not of Seminar Desk.").arg(shown));
    }
    if (version > Database::latestSchemaVersion()) {
        return fail(newerVersion(shown, version));
    }
    QSet<QString> tables;
    for (const QStringList& object : *schema) {
        if (object.value(0) == QLatin1String("table"))
            tables.insert(object.value(1));
    }
    for (const QString& table : ourTables) {
        if (version < 1 || !tables.contains(table)) {
            return fail(tr("“%1” bears Seminar Desk's mark but lacks its tables: another program changed it, or it "
                           "is damaged.")
                            .arg(shown));
        }
    }
    return DatabaseFile(Kind::SeminarDesk, version, false);
}

} // namespace sd
