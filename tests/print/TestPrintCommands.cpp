// badges, flyer, reception-list and booth-sheet print headless with --print, --printer and --copies on the
// tests' own CUPS daemon, as a user's shell runs them.
#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>

#include "support/CatchQt.h"
#include "support/CliRun.h"
#include "support/PdfTools.h"
#include "support/PrintSystem.h"

namespace {

struct Demo
{
    QTemporaryDir folder;
    QString database = CliRun::createDemo(folder, 12);

    CliRun run(const QString& command, const QStringList& options) const
    {
        return CliRun::run(
            QStringList {command, QStringLiteral("--db"), database, QStringLiteral("--seminar"), QStringLiteral("1")}
            + options);
    }
    // Whether any badge is still unprinted: badges --only unprinted finds some to write.
    bool anyUnprinted() const
    {
        return run(QStringLiteral("badges"),
                   {QStringLiteral("--only"), QStringLiteral("unprinted"), QStringLiteral("-o"),
                    folder.filePath(QStringLiteral("check.pdf"))})
                   .exitCode
            == 0;
    }
};

} // namespace

TEST_CASE("badges --print prints on the default queue with --copies and marks the badges printed", "[cli][print]")
{
    Demo demo;
    PrintSystem::clearOutput(QStringLiteral("office"));
    const CliRun printed = demo.run(QStringLiteral("badges"),
                                    {QStringLiteral("--print"), QStringLiteral("--copies"), QStringLiteral("2")});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.out.contains(QStringLiteral("“office”")));
    const QString pdf = PrintSystem::waitForOutput(QStringLiteral("office"), PrintSystem::jobIdIn(printed.out));
    // Two copies of every sheet the command counted.
    const QRegularExpressionMatch sheets = QRegularExpression(QStringLiteral("on (\\d+) sheet")).match(printed.out);
    REQUIRE(sheets.hasMatch());
    CHECK(PdfTools::pageCount(pdf) == 2 * sheets.captured(1).toInt());
    CHECK_FALSE(demo.anyUnprinted());
}

TEST_CASE("badges --printer on a queue that rejects jobs fails by name and marks nothing printed", "[cli][print]")
{
    Demo demo;
    const CliRun refused
        = demo.run(QStringLiteral("badges"), {QStringLiteral("--printer"), QStringLiteral("rejecting")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("“rejecting”")));
    CHECK(refused.err.contains(QStringLiteral("Out of labels")));
    CHECK(demo.anyUnprinted());
}

TEST_CASE("flyer and reception-list --printer print on that queue", "[cli][print]")
{
    Demo demo;
    PrintSystem::clearOutput(QStringLiteral("office"));
    const CliRun flyer = demo.run(QStringLiteral("flyer"), {QStringLiteral("--printer"), QStringLiteral("office")});
    INFO(flyer.err.toStdString());
    REQUIRE(flyer.exitCode == 0);
    const QString flyerPdf = PrintSystem::waitForOutput(QStringLiteral("office"), PrintSystem::jobIdIn(flyer.out));
    CHECK(PdfTools::pageSize(flyerPdf).toSize() == QSize(595, 842));

    PrintSystem::clearOutput(QStringLiteral("office"));
    const CliRun list = demo.run(QStringLiteral("reception-list"), {QStringLiteral("--print")});
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    const QString listPdf = PrintSystem::waitForOutput(QStringLiteral("office"), PrintSystem::jobIdIn(list.out));
    CHECK(PdfTools::squeezedText(listPdf).contains(QStringLiteral("Reception")));
}

TEST_CASE("booth-sheet --printer prints a page a booth on that queue with --copies", "[cli][print][boothsheet]")
{
    Demo demo;
    PrintSystem::clearOutput(QStringLiteral("office"));
    const CliRun sheet = demo.run(
        QStringLiteral("booth-sheet"),
        {QStringLiteral("--printer"), QStringLiteral("office"), QStringLiteral("--copies"), QStringLiteral("2")});
    INFO(sheet.err.toStdString());
    REQUIRE(sheet.exitCode == 0);
    const QString pdf = PrintSystem::waitForOutput(QStringLiteral("office"), PrintSystem::jobIdIn(sheet.out));
    CHECK(PdfTools::pageSize(pdf).toSize() == QSize(595, 842));
    CHECK(PdfTools::pageCount(pdf) == 4); // two booths, twice
    CHECK(PdfTools::squeezedText(pdf).contains(PdfTools::squeezed(QStringLiteral("Channel 2: English → Japanese"))));
}

TEST_CASE("A paused printer takes the job and the command says it waits", "[cli][print]")
{
    Demo demo;
    const CliRun waiting = demo.run(QStringLiteral("flyer"), {QStringLiteral("--printer"), QStringLiteral("paused")});
    REQUIRE(waiting.exitCode == 0);
    CHECK(waiting.out.contains(QStringLiteral("paused")));
    CHECK(PrintSystem::isWaiting(PrintSystem::jobIdIn(waiting.out)));
}

TEST_CASE("Printing options are checked before anything is printed", "[cli][print]")
{
    Demo demo;
    const CliRun both
        = demo.run(QStringLiteral("flyer"), {QStringLiteral("--print"), QStringLiteral("-o"), QStringLiteral("x.pdf")});
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains(QStringLiteral("not both")));
    const CliRun neither = demo.run(QStringLiteral("flyer"), {});
    CHECK(neither.exitCode == 2);
    CHECK(neither.err.contains(QStringLiteral("--print")));
    const CliRun copies = demo.run(QStringLiteral("flyer"),
                                   {QStringLiteral("--print"), QStringLiteral("--copies"), QStringLiteral("0")});
    CHECK(copies.exitCode == 2);
    CHECK(copies.err.contains(QStringLiteral("--copies")));
    const CliRun unknown = demo.run(QStringLiteral("flyer"), {QStringLiteral("--printer"), QStringLiteral("basement")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("“basement”")));
}

TEST_CASE("With no printer set up the command says so", "[cli][print]")
{
    Demo demo;
    const CliRun none
        = CliRun::runWithEnvironment({QStringLiteral("flyer"), QStringLiteral("--db"), demo.database,
                                      QStringLiteral("--seminar"), QStringLiteral("1"), QStringLiteral("--print")},
                                     {QStringLiteral("CUPS_SERVER=%1/no-such-server.sock").arg(demo.folder.path())});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("No printer is set up")));
}

TEST_CASE("badges on a printer without the sheet's paper fails naming it, unless --nearest-paper", "[cli][print]")
{
    Demo demo;
    const QStringList card {QStringLiteral("--calibration"), QStringLiteral("--sheet"), QStringLiteral("Card A6"),
                            QStringLiteral("--printer"), QStringLiteral("no-a6")};
    const CliRun refused = demo.run(QStringLiteral("badges"), card);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("A6 (105 × 148 mm)")));
    CHECK(refused.err.contains(QStringLiteral("not line up")));

    PrintSystem::clearOutput(QStringLiteral("no-a6"));
    const CliRun nearest = demo.run(QStringLiteral("badges"), card + QStringList {QStringLiteral("--nearest-paper")});
    INFO(nearest.err.toStdString());
    REQUIRE(nearest.exitCode == 0);
    const QString pdf = PrintSystem::waitForOutput(QStringLiteral("no-a6"), PrintSystem::jobIdIn(nearest.out));
    CHECK(PdfTools::pageCount(pdf) == 1);
}
