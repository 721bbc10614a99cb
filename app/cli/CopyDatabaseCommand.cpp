#include "cli/CopyDatabaseCommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

#include "core/data/DatabaseCopy.h"
#include "core/data/DatabaseUrl.h"
#include "core/stores/SortKeyRefresh.h"

namespace sd {

namespace {

// Opens the database NAME names: an address on a PostgreSQL server (its password read by libpq
// from ~/.pgpass or PGPASSWORD), or an SQLite file, which must exist.
Result<std::unique_ptr<Database>> openNamed(const QString& name)
{
    if (!DatabaseUrl::isUrl(name))
        return openForWork(name, Database::IfMissing::Refuse);
    auto url = DatabaseUrl::parse(name);
    if (!url)
        return fail(url.error());
    return openForWork(*url);
}

} // namespace

QString CopyDatabaseCommand::summary() const
{
    return tr("Copy a whole database between an SQLite file and an empty PostgreSQL database, and check the copy.");
}

int CopyDatabaseCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FROM"), tr("The database copied: a file or a postgresql:// address."));
    parser.addPositionalArgument(QStringLiteral("TO"),
                                 tr("The copy: a new file, or an empty database named by a postgresql:// address."));
    int exitCode = 0;
    if (!parse(parser, arguments, out, err, exitCode))
        return exitCode;
    const QStringList names = parser.positionalArguments();
    if (names.size() != 2) {
        err << tr("seminar-desk copy-db: name the database to copy and where the copy goes: copy-db FROM TO.")
            << Qt::endl;
        return 2;
    }
    const auto source = openNamed(names[0]);
    if (!source) {
        err << source.error() << Qt::endl;
        return 1;
    }
    qint64 tables = 0;
    qint64 rows = 0;
    const DatabaseCopy::Progress progress = [&](const QString& table, qint64 count) {
        ++tables;
        rows += count;
        err << tr("Copied %n row(s) of the table %1.", nullptr, int(count)).arg(table) << Qt::endl;
    };
    Status copied;
    if (DatabaseUrl::isUrl(names[1])) {
        const auto target = openNamed(names[1]);
        if (!target) {
            err << target.error() << Qt::endl;
            return 1;
        }
        copied = DatabaseCopy::copy(**source, **target, progress);
    } else {
        copied = DatabaseCopy::copyToFile(**source, names[1], progress);
    }
    if (!copied) {
        err << copied.error() << Qt::endl;
        return 1;
    }
    out << tr("Copied “%1” into “%2”: %3 tables, %4 rows, checked.")
               .arg((*source)->path(), DatabaseUrl::isUrl(names[1]) ? names[1] : QDir::toNativeSeparators(names[1]))
               .arg(tables)
               .arg(rows)
        << Qt::endl;
    return 0;
}

} // namespace sd
