// No command: the desk's window. A command: run it headless and exit.
#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

#include "cli/CommandLine.h"
#include "core/data/Database.h"
#include "core/settings/AppSettings.h"
#include "core/settings/Translations.h"
#include "gui/MainWindow.h"

namespace {

QStringList rawArguments(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("seminar-desk"));
    QCoreApplication::setApplicationName(QStringLiteral("seminar-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEMINAR_DESK_VERSION));
}

int runCommand(int argc, char* argv[])
{
    sd::CommandLine commandLine;
    std::unique_ptr<QCoreApplication> app;
    if (commandLine.needsGui(rawArguments(argc, argv))) {
        // Commands draw badges and flyers without a screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    describeApplication();
    sd::Translations::install();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return commandLine.run(app->arguments(), out, err);
}

int runWindow(int argc, char* argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Seminar Desk"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/seminar-desk.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("seminar-desk"));
    sd::Translations::install(sd::AppSettings().language());

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("The database file, or postgresql:// address, to open."),
                      QStringLiteral("FILE|URL")});
    if (!parser.parse(app.arguments())) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return 2;
    }
    sd::MainWindow window;
    window.show();
    window.openInitialDatabase(parser.value(QStringLiteral("db")));
    return app.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    if (sd::CommandLine::wantsCommand(rawArguments(argc, argv)))
        return runCommand(argc, argv);
    return runWindow(argc, argv);
}
