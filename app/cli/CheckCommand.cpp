#include "cli/CheckCommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

#include "core/data/DatabaseCheck.h"
#include "core/data/DatabaseUrl.h"

namespace sd {

QString CheckCommand::summary() const
{
    return tr("Check a database file for damage and broken references, changing nothing.");
}

int CheckCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    int exitCode = 0;
    if (!parse(parser, arguments, out, err, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("seminar-desk check: name the database with --db FILE.") << Qt::endl;
        return 2;
    }
    if (DatabaseUrl::isUrl(databasePath(parser))) {
        err << tr("seminar-desk check: checks SQLite database files. “%1” is a database on a PostgreSQL server, "
                  "which keeps every reference itself and has no file of ours to damage; its administrator checks "
                  "its storage with the server's own pg_amcheck.")
                   .arg(databasePath(parser))
            << Qt::endl;
        return 2;
    }
    const QString path = QDir::toNativeSeparators(databasePath(parser));
    const Result<DatabaseCheck::Report> report = DatabaseCheck::run(databasePath(parser));
    if (!report) {
        err << report.error() << Qt::endl;
        return 1;
    }
    if (report->problems.isEmpty()) {
        out << tr("“%1” is sound: SQLite's integrity check and its check of every reference found nothing wrong "
                  "(data version %2).")
                   .arg(path)
                   .arg(report->version)
            << Qt::endl;
        return 0;
    }
    out << tr("“%1” has %n problem(s):", nullptr, int(report->problems.size())).arg(path) << Qt::endl;
    for (const QString& problem : report->problems)
        out << QStringLiteral("  - ") << problem << Qt::endl;
    if (report->backupCopy.isEmpty()) {
        out << tr("Restore a copy you saved (File ▸ Save a Backup Copy As), and keep the damaged file for now.")
            << Qt::endl;
    } else {
        out << tr("Restore the backup copy “%1” (check it first: seminar-desk check --db “%1”), and keep the "
                  "damaged file for now.")
                   .arg(QDir::toNativeSeparators(report->backupCopy))
            << Qt::endl;
    }
    return 1;
}

} // namespace sd
