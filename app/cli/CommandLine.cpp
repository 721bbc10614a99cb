#include "cli/CommandLine.h"

#include <QTextStream>

#include "cli/AttendanceCommand.h"
#include "cli/BadgesCommand.h"
#include "cli/BoothSheetCommand.h"
#include "cli/CheckCommand.h"
#include "cli/CheckInCommand.h"
#include "cli/Command.h"
#include "cli/CopyDatabaseCommand.h"
#include "cli/DemoCommand.h"
#include "cli/EraseCommand.h"
#include "cli/ExportCsvCommand.h"
#include "cli/ExportXlsxCommand.h"
#include "cli/FlyerCommand.h"
#include "cli/ImportCsvCommand.h"
#include "cli/ListCommand.h"
#include "cli/ReceiversCommand.h"
#include "cli/ReceptionListCommand.h"
#include "cli/SheetsCommand.h"
#include "core/data/Database.h"

namespace sd {

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<ListCommand>());
    m_commands.push_back(std::make_unique<BadgesCommand>());
    m_commands.push_back(std::make_unique<SheetsCommand>());
    m_commands.push_back(std::make_unique<FlyerCommand>());
    m_commands.push_back(std::make_unique<ExportCsvCommand>());
    m_commands.push_back(std::make_unique<ExportXlsxCommand>());
    m_commands.push_back(std::make_unique<ImportCsvCommand>());
    m_commands.push_back(std::make_unique<CheckInCommand>());
    m_commands.push_back(std::make_unique<ReceiversCommand>());
    m_commands.push_back(std::make_unique<ReceptionListCommand>());
    m_commands.push_back(std::make_unique<BoothSheetCommand>());
    m_commands.push_back(std::make_unique<AttendanceCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<CopyDatabaseCommand>());
    m_commands.push_back(std::make_unique<EraseCommand>());
}

CommandLine::~CommandLine() = default;

bool CommandLine::wantsCommand(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString& first = arguments.at(1);
    const QStringList ownOptions
        = {QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("-v"), QStringLiteral("--version")};
    return ownOptions.contains(first) || !first.startsWith(QLatin1Char('-'));
}

bool CommandLine::needsGui(const QStringList& arguments) const
{
    for (const auto& command : m_commands) {
        if (command->name() == arguments.value(1))
            return command->needsGui();
    }
    return false;
}

void CommandLine::printHelp(QTextStream& out) const
{
    out << tr("Usage: seminar-desk [--db FILE|URL]\n"
              "       seminar-desk COMMAND [OPTIONS]\n\n"
              "Without a command, opens the desk's window on FILE, on the database at URL on a PostgreSQL "
              "server (postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]; the password from PGPASSWORD or "
              "~/.pgpass, or typed in the window), or on the default database (%1).\n\n"
              "Commands:\n")
               .arg(Database::defaultPath());
    for (const auto& command : m_commands)
        out << QStringLiteral("  %1  %2\n").arg(command->name(), -14).arg(command->summary());
    out << tr("\nRun “seminar-desk COMMAND --help” for a command's options.") << Qt::endl;
}

int CommandLine::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString word = arguments.value(1);
    if (word == QLatin1String("--help") || word == QLatin1String("-h")) {
        printHelp(out);
        return 0;
    }
    if (word == QLatin1String("--version") || word == QLatin1String("-v")) {
        out << QStringLiteral("seminar-desk %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return 0;
    }
    for (const auto& command : m_commands) {
        if (command->name() == word)
            return command->run(arguments.mid(1), out, err);
    }
    err << tr("seminar-desk: “%1” is not a command. Run “seminar-desk --help” for the list.").arg(word) << Qt::endl;
    return 2;
}

} // namespace sd
