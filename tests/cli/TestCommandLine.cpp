#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include "support/CatchQt.h"
#include "support/CliRun.h"

TEST_CASE("--help lists the commands and --version names the version", "[cli]")
{
    const CliRun help = CliRun::run({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("demo")));
    CHECK(help.out.contains(QStringLiteral("list")));
    const CliRun version = CliRun::run({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("seminar-desk " SEMINAR_DESK_VERSION));
}

TEST_CASE("Every command answers --help", "[cli]")
{
    for (const QString& command : {QStringLiteral("demo"), QStringLiteral("list")}) {
        const CliRun help = CliRun::run({command, QStringLiteral("--help")});
        INFO(command.toStdString());
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("seminar-desk ") + command));
        CHECK(help.out.contains(QStringLiteral("--help")));
    }
}

TEST_CASE("Mistakes on the command line are reported on stderr with a non-zero exit", "[cli]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("x.sqlite"));
    const QList<QStringList> mistakes = {
        {QStringLiteral("frobnicate")},
        {QStringLiteral("list")},
        {QStringLiteral("list"), QStringLiteral("visitors"), QStringLiteral("--db"), db},
        {QStringLiteral("list"), QStringLiteral("seminars"), QStringLiteral("--db"), db, QStringLiteral("--format"),
         QStringLiteral("xml")},
        {QStringLiteral("list"), QStringLiteral("registrations"), QStringLiteral("--db"), db,
         QStringLiteral("--seminar"), QStringLiteral("first")},
        {QStringLiteral("list"), QStringLiteral("registrations"), QStringLiteral("--db"), db,
         QStringLiteral("--seminar"), QStringLiteral("42")},
        {QStringLiteral("demo")},
        {QStringLiteral("demo"), db, QStringLiteral("--attendees"), QStringLiteral("-3")},
        {QStringLiteral("list"), QStringLiteral("seminars"), QStringLiteral("--no-such-option")},
    };
    for (const QStringList& arguments : mistakes) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliRun run = CliRun::run(arguments);
        CHECK(run.exitCode != 0);
        CHECK_FALSE(run.err.trimmed().isEmpty());
        CHECK(run.out.isEmpty());
    }
}
