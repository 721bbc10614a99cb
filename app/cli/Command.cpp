#include "cli/Command.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include "core/data/Database.h"
#include "core/data/DatabaseUrl.h"
#include "core/data/ServerPassword.h"
#include "core/stores/SortKeyRefresh.h"

namespace sd {

bool Command::parse(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out, QTextStream& err,
                    int& exitCode) const
{
    parser.setApplicationDescription(summary());
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err << tr("seminar-desk %1: %2").arg(name(), parser.errorText()) << Qt::endl;
        exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        out << parser.helpText().replace(QCoreApplication::applicationFilePath(),
                                         QStringLiteral("seminar-desk %1").arg(name()));
        exitCode = 0;
        return false;
    }
    return true;
}

void Command::addDatabaseOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("db"),
                      tr("The database: a file, or postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE] on a "
                         "PostgreSQL server, its password from PGPASSWORD or ~/.pgpass (default: %1).")
                          .arg(Database::defaultPath()),
                      tr("FILE|URL")});
}

QString Command::databasePath(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath();
}

std::unique_ptr<Database> Command::openDatabase(const QCommandLineParser& parser, QTextStream& err)
{
    if (DatabaseUrl::isUrl(databasePath(parser)))
        return openSharedDatabase(databasePath(parser), err);
    const bool named = parser.isSet(QStringLiteral("db"));
    auto database
        = openForWork(databasePath(parser), named ? Database::IfMissing::Refuse : Database::IfMissing::Create);
    if (!database) {
        err << database.error() << Qt::endl;
        return nullptr;
    }
    if (!(*database)->notice().isEmpty())
        err << (*database)->notice() << Qt::endl;
    return std::move(database).value();
}

std::unique_ptr<Database> Command::openSharedDatabase(const QString& address, QTextStream& err)
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(address);
    if (!url) {
        err << url.error() << Qt::endl;
        return nullptr;
    }
    // The password comes from libpq's own places only: a command line is seen by every user of the machine.
    auto database = openForWork(*url);
    if (!database) {
        err << (ServerPassword::isMissing(*url) ? ServerPassword::commandMessage(*url) : database.error()) << Qt::endl;
        return nullptr;
    }
    return std::move(database).value();
}

bool Command::readId(const QCommandLineParser& parser, const QString& name, qint64& id, QTextStream& err)
{
    bool ok = false;
    id = parser.value(name).toLongLong(&ok);
    if (!ok || id <= 0) {
        err << tr("--%1 needs a number such as 1, not “%2”.").arg(name, parser.value(name)) << Qt::endl;
        return false;
    }
    return true;
}

} // namespace sd
