#pragma once

#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace sd {

class Command;

// The headless side of seminar-desk: picks the command named on the command line and runs it.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();
    ~CommandLine();
    Q_DISABLE_COPY_MOVE(CommandLine)

    // Whether the process's ARGUMENTS (program first) ask for a command rather than the window:
    // a command's name, --help or --version. Options alone (--db FILE) start the window.
    static bool wantsCommand(const QStringList& arguments);
    // Whether the command in ARGUMENTS (program first) needs a QGuiApplication.
    bool needsGui(const QStringList& arguments) const;
    // Runs the command in ARGUMENTS (program first); gives the exit code.
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

private:
    void printHelp(QTextStream& out) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace sd
