#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include "support/CatchQt.h"
#include "support/CliRun.h"
#include "support/WorkbookTool.h"

namespace {

QStringList exportArguments(const QString& command, const QString& db, const QString& out)
{
    return {command,
            QStringLiteral("--db"),
            db,
            QStringLiteral("--seminar"),
            QStringLiteral("1"),
            QStringLiteral("--preset"),
            QStringLiteral("full"),
            QStringLiteral("--header"),
            QStringLiteral("ja"),
            QStringLiteral("--status"),
            QStringLiteral("registered,attended,waitlisted,cancelled"),
            QStringLiteral("-o"),
            out};
}

int attendeeCount(const QString& db)
{
    const CliRun list = CliRun::run({QStringLiteral("list"), QStringLiteral("attendees"), QStringLiteral("--db"), db,
                                     QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(list.exitCode == 0);
    return int(list.jsonArray().size());
}

} // namespace

TEST_CASE("export-xlsx writes the preset's workbook, owner-only, and --help explains it", "[cli][xlsx]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 30);
    const QString out = folder.filePath(QStringLiteral("venue.xlsx"));
    const CliRun run = CliRun::run({QStringLiteral("export-xlsx"), QStringLiteral("--db"), db,
                                    QStringLiteral("--seminar"), QStringLiteral("1"), QStringLiteral("-o"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("Wrote ")));
    CHECK(QFile(out).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QJsonObject workbook = WorkbookTool::read(out);
    const QJsonArray rows = workbook[QStringLiteral("rows")].toArray();
    REQUIRE(rows.size() > 1);
    QStringList header;
    for (const QJsonValue& cell : rows[0].toArray())
        header.append(cell.toObject()[QStringLiteral("value")].toString());
    CHECK(header
          == QStringList {QStringLiteral("Name"), QStringLiteral("Name in Latin script"),
                          QStringLiteral("Organisation"), QStringLiteral("Category"),
                          QStringLiteral("Receiver needed")});
    CHECK(workbook[QStringLiteral("title")].toString().startsWith(QStringLiteral("Sustainable Society")));

    const CliRun help = CliRun::run({QStringLiteral("export-xlsx"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char* option : {"--preset", "--columns", "--status", "--header", "--output"})
        CHECK(help.out.contains(QLatin1String(option)));
    CHECK_FALSE(help.out.contains(QStringLiteral("--encoding")));

    const CliRun badPreset = CliRun::run({QStringLiteral("export-xlsx"), QStringLiteral("--db"), db,
                                          QStringLiteral("--seminar"), QStringLiteral("1"), QStringLiteral("--preset"),
                                          QStringLiteral("press"), QStringLiteral("-o"), out});
    CHECK(badPreset.exitCode == 2);
    CHECK(badPreset.err.contains(QStringLiteral("press")));
    const CliRun noOutput = CliRun::run(
        {QStringLiteral("export-xlsx"), QStringLiteral("--db"), db, QStringLiteral("--seminar"), QStringLiteral("1")});
    CHECK(noOutput.exitCode == 2);
    CHECK(noOutput.err.contains(QStringLiteral("-o OUT")));
    const CliRun unknown
        = CliRun::run({QStringLiteral("export-xlsx"), QStringLiteral("--db"), db, QStringLiteral("--seminar"),
                       QStringLiteral("9"), QStringLiteral("-o"), folder.filePath(QStringLiteral("none.xlsx"))});
    CHECK(unknown.exitCode == 1);
    CHECK_FALSE(QFile::exists(folder.filePath(QStringLiteral("none.xlsx"))));
}

TEST_CASE("import-csv --dry-run --format json says the same of a workbook as of the CSV of the same rows",
          "[cli][xlsx]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 40);
    const QString xlsx = folder.filePath(QStringLiteral("full.xlsx"));
    const QString csv = folder.filePath(QStringLiteral("full.csv"));
    REQUIRE(CliRun::run(exportArguments(QStringLiteral("export-xlsx"), db, xlsx)).exitCode == 0);
    // Without the guard: a workbook's cells are text and need none, and the quote would be data.
    REQUIRE(CliRun::run(exportArguments(QStringLiteral("export-csv"), db, csv) << QStringLiteral("--no-formula-guard"))
                .exitCode
            == 0);
    const QString empty = folder.filePath(QStringLiteral("empty.sqlite"));
    REQUIRE(CliRun::run({QStringLiteral("demo"), empty, QStringLiteral("--attendees"), QStringLiteral("0")}).exitCode
            == 0);

    const auto dryRun = [&empty](const QString& file) {
        return CliRun::run({QStringLiteral("import-csv"), QStringLiteral("--db"), empty, QStringLiteral("--seminar"),
                            QStringLiteral("1"), file, QStringLiteral("--dry-run"), QStringLiteral("--format"),
                            QStringLiteral("json")});
    };
    const CliRun fromWorkbook = dryRun(xlsx);
    const CliRun fromCsv = dryRun(csv);
    INFO(fromWorkbook.err.toStdString());
    REQUIRE(fromWorkbook.exitCode == 0);
    REQUIRE(fromCsv.exitCode == 0);
    CHECK(fromWorkbook.out == fromCsv.out);
    CHECK(fromWorkbook.out.contains(QStringLiteral("\"レシーバー要否\":\"要\"")));

    const CliRun imported = CliRun::run({QStringLiteral("import-csv"), QStringLiteral("--db"), empty,
                                         QStringLiteral("--seminar"), QStringLiteral("1"), xlsx});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(attendeeCount(empty) == 40);
}

TEST_CASE("import-csv reads the sheet named by --sheet and refuses a bad workbook with nothing changed", "[cli][xlsx]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 5);
    const QString staff = folder.filePath(QStringLiteral("staff.xlsx"));
    WorkbookTool::make(QStringLiteral("staff-list"), staff);
    const CliRun second
        = CliRun::run({QStringLiteral("import-csv"), QStringLiteral("--db"), db, QStringLiteral("--seminar"),
                       QStringLiteral("1"), staff, QStringLiteral("--sheet"), QStringLiteral("Second")});
    INFO(second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    CHECK(attendeeCount(db) == 6);

    const QString merged = folder.filePath(QStringLiteral("merged.xlsx"));
    WorkbookTool::make(QStringLiteral("merged"), merged);
    const CliRun refused = CliRun::run({QStringLiteral("import-csv"), QStringLiteral("--db"), db,
                                        QStringLiteral("--seminar"), QStringLiteral("1"), merged});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("Sheet “Attendees”, cells A3:B3 are merged")));
    CHECK(refused.err.contains(QStringLiteral("Nothing was imported.")));
    CHECK(attendeeCount(db) == 6);

    const QString xls = folder.filePath(QStringLiteral("old.xls"));
    WorkbookTool::make(QStringLiteral("xls"), xls);
    const CliRun old
        = CliRun::run({QStringLiteral("import-csv"), QStringLiteral("--db"), db, QStringLiteral("--seminar"),
                       QStringLiteral("1"), xls, QStringLiteral("--dry-run")});
    CHECK(old.exitCode == 1);
    CHECK(old.err.contains(QStringLiteral(".xlsx")));
    CHECK(attendeeCount(db) == 6);
}
