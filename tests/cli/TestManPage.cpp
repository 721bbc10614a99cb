#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>

#include "support/CatchQt.h"
#include "support/CliRun.h"

// The manual page is written by hand: every command the program lists must have its section there,
// so that a new command cannot ship undocumented.
TEST_CASE("The manual page has a section for every command of seminar-desk --help", "[cli][package]")
{
    QFile page(QStringLiteral(SEMINAR_DESK_SOURCE_DIR "/packaging/seminar-desk.1"));
    REQUIRE(page.open(QIODevice::ReadOnly));
    const QString manual = QString::fromUtf8(page.readAll());
    QStringList documented;
    static const QRegularExpression section(QStringLiteral("^\\.SS \"?([a-z][a-z\\\\-]*)"),
                                            QRegularExpression::MultilineOption);
    for (auto match = section.globalMatch(manual); match.hasNext();)
        documented.append(match.next().captured(1).remove(QLatin1Char('\\')));

    const CliRun help = CliRun::run({QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    QStringList commands;
    static const QRegularExpression command(QStringLiteral("^  ([a-z][a-z-]*)  "), QRegularExpression::MultilineOption);
    for (auto match = command.globalMatch(help.out); match.hasNext();)
        commands.append(match.next().captured(1));
    REQUIRE(commands.size() >= 9);
    CHECK(documented == commands);
}
