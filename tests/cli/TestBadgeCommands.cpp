#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "core/data/Database.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SortKeyRefresh.h"
#include "support/CatchQt.h"
#include "support/CliRun.h"
#include "support/PdfTools.h"

namespace {

QString createDemo(const QTemporaryDir& folder, int attendees)
{
    const QString path = folder.filePath(QStringLiteral("demo.sqlite"));
    const CliRun demo
        = CliRun::run({QStringLiteral("demo"), path, QStringLiteral("--attendees"), QString::number(attendees)});
    REQUIRE(demo.exitCode == 0);
    return path;
}

// The registrations that get a badge (registered or attended) and how many were printed.
struct Counts
{
    int printable = 0;
    int printed = 0;
};

Counts counts(const QString& path)
{
    auto database = sd::openForWork(path);
    REQUIRE(database.ok());
    Counts result;
    for (const sd::Registration& registration : *sd::RegistrationStore(**database).forSeminar(1)) {
        if (registration.status == sd::Registration::Status::Registered
            || registration.status == sd::Registration::Status::Attended)
            ++result.printable;
        if (registration.badgePrintedAt.isValid())
            ++result.printed;
    }
    return result;
}

} // namespace

TEST_CASE("badges writes one page per sheet from the skipped labels on, and marks them printed", "[cli][badges]")
{
    QTemporaryDir folder;
    const QString db = createDemo(folder, 45);
    const int n = counts(db).printable;
    const QString pdf = folder.filePath(QStringLiteral("badges.pdf"));
    const CliRun run = CliRun::run({QStringLiteral("badges"), QStringLiteral("--db"), db, QStringLiteral("--seminar"),
                                    QStringLiteral("1"), QStringLiteral("--sheet"), QStringLiteral("A-One 51002"),
                                    QStringLiteral("--skip"), QStringLiteral("4"), QStringLiteral("-o"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QString::number(n)));
    CHECK(PdfTools::pageCount(pdf) == (4 + n + 9) / 10);
    CHECK(PdfTools::allFontsEmbedded(pdf));
    CHECK(counts(db).printed == n);

    // Nothing left unprinted: the next "unprinted" run says so and fails without a file.
    const QString again = folder.filePath(QStringLiteral("again.pdf"));
    const CliRun unprinted = CliRun::run({QStringLiteral("badges"), QStringLiteral("--db"), db,
                                          QStringLiteral("--seminar"), QStringLiteral("1"), QStringLiteral("--only"),
                                          QStringLiteral("unprinted"), QStringLiteral("-o"), again});
    CHECK(unprinted.exitCode == 1);
    CHECK_FALSE(unprinted.err.isEmpty());
    CHECK_FALSE(QFile::exists(again));
}

TEST_CASE("badges writes no progress line to a stderr that is not a terminal", "[cli][badges][progress]")
{
    QTemporaryDir folder;
    const QString db = createDemo(folder, 1500);
    const QString pdf = folder.filePath(QStringLiteral("badges.pdf"));
    QElapsedTimer clock;
    clock.start();
    const CliRun run = CliRun::run({QStringLiteral("badges"), QStringLiteral("--db"), db, QStringLiteral("--seminar"),
                                    QStringLiteral("1"), QStringLiteral("-o"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(clock.elapsed() > 500); // long enough for a terminal to get the line
    CHECK_FALSE(run.err.contains(QLatin1Char('\r')));
    CHECK_FALSE(run.err.contains(QStringLiteral("Writing badges")));
}

TEST_CASE("badges shows its progress on a terminal's stderr and clears it at the end", "[cli][badges][progress]")
{
    QTemporaryDir folder;
    const QString db = createDemo(folder, 1500);
    const QString pdf = folder.filePath(QStringLiteral("badges.pdf"));
    // script(1) runs the command on a pseudo-terminal and copies what it shows to its stdout.
    QProcess script;
    QStringList command {QStringLiteral(SEMINAR_DESK_EXECUTABLE),
                         QStringLiteral("badges"),
                         QStringLiteral("--db"),
                         db,
                         QStringLiteral("--seminar"),
                         QStringLiteral("1"),
                         QStringLiteral("-o"),
                         pdf};
    QStringList quoted;
    for (const QString& word : command)
        quoted.append(QLatin1Char('\'') + word + QLatin1Char('\''));
    script.start(QStringLiteral("script"),
                 {QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-c"), quoted.join(QLatin1Char(' ')),
                  QStringLiteral("/dev/null")});
    REQUIRE(script.waitForFinished(120000));
    const QString shown = QString::fromUtf8(script.readAllStandardOutput());
    INFO(shown.toStdString());
    REQUIRE(script.exitCode() == 0);
    const qsizetype line = shown.indexOf(QStringLiteral("\rWriting badges… page "));
    REQUIRE(line >= 0);
    // Cleared before the command's own message: blanks, then the start of the line again.
    const qsizetype cleared = shown.indexOf(QRegularExpression(QStringLiteral("\r {20,}\r")), line);
    CHECK(cleared > line);
    CHECK(shown.indexOf(QStringLiteral("Wrote"), cleared) > cleared);
}

TEST_CASE("badges prints chosen registrations on another sheet", "[cli][badges]")
{
    QTemporaryDir folder;
    const QString db = createDemo(folder, 10);
    const QString pdf = folder.filePath(QStringLiteral("three.pdf"));
    const CliRun run
        = CliRun::run({QStringLiteral("badges"), QStringLiteral("--db"), db, QStringLiteral("--seminar"),
                       QStringLiteral("1"), QStringLiteral("--sheet"), QStringLiteral("avery l7418"),
                       QStringLiteral("--registrations"), QStringLiteral("1,2,3"), QStringLiteral("-o"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(counts(db).printed == 3);
    CHECK(PdfTools::pageCount(pdf) == 1);
}

TEST_CASE("badges refuses bad options with a message and leaves nothing printed", "[cli][badges]")
{
    QTemporaryDir folder;
    const QString db = createDemo(folder, 5);
    const QString pdf = folder.filePath(QStringLiteral("x.pdf"));
    const QStringList base {QStringLiteral("badges"), QStringLiteral("--db"), db, QStringLiteral("--seminar"),
                            QStringLiteral("1")};
    const QList<QStringList> wrong {
        {QStringLiteral("--sheet"), QStringLiteral("Avery 99999"), QStringLiteral("-o"), pdf},
        {QStringLiteral("--skip"), QStringLiteral("10"), QStringLiteral("-o"), pdf},
        {QStringLiteral("--only"), QStringLiteral("sometimes"), QStringLiteral("-o"), pdf},
        {QStringLiteral("--registrations"), QStringLiteral("1,x"), QStringLiteral("-o"), pdf},
        {QStringLiteral("--offset"), QStringLiteral("1"), QStringLiteral("-o"), pdf},
        {QStringLiteral("--offset"), QStringLiteral("50,0"), QStringLiteral("-o"), pdf},
        {QStringLiteral("--offset"), QStringLiteral("0,-10.5"), QStringLiteral("-o"), pdf},
        {QStringLiteral("--band"), QStringLiteral("wide"), QStringLiteral("-o"), pdf},
        {},
    };
    for (const QStringList& options : wrong) {
        const CliRun run = CliRun::run(base + options);
        INFO(options.join(QLatin1Char(' ')).toStdString());
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.isEmpty());
    }
    const CliRun far = CliRun::run(
        base + QStringList {QStringLiteral("--offset"), QStringLiteral("50,0"), QStringLiteral("-o"), pdf});
    CHECK(far.err.contains(QStringLiteral("10 mm")));
    CHECK_FALSE(QFile::exists(pdf));
    const CliRun unwritable = CliRun::run(
        base + QStringList {QStringLiteral("-o"), folder.filePath(QStringLiteral("missing/folder/badges.pdf"))});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains(QStringLiteral("badges.pdf")));
    CHECK(counts(db).printed == 0);
}

TEST_CASE("badges on a narrow sheet: an offset of 10 mm, a chosen band, and the shortened badges named",
          "[cli][badges]")
{
    QTemporaryDir folder;
    const QString db = createDemo(folder, 30);
    const QString pdf = folder.filePath(QStringLiteral("narrow.pdf"));
    const CliRun run = CliRun::run({QStringLiteral("badges"), QStringLiteral("--db"), db, QStringLiteral("--seminar"),
                                    QStringLiteral("1"), QStringLiteral("--sheet"), QStringLiteral("JAC F-2048"),
                                    QStringLiteral("--offset"), QStringLiteral("10,-10"), QStringLiteral("--band"),
                                    QStringLiteral("inset"), QStringLiteral("-o"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // Printed all the same; the badges whose organisation was cut are named on stderr.
    CHECK(run.err.contains(QStringLiteral("Warning")));
    CHECK(run.err.contains(QStringLiteral("shortened")));
    CHECK(PdfTools::pageSize(pdf).width() > PdfTools::pageSize(pdf).height());
    CHECK(counts(db).printed == counts(db).printable);
}

TEST_CASE("sheets lists every built-in sheet with its geometry", "[cli][badges]")
{
    const CliRun json = CliRun::run({QStringLiteral("sheets"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray sheets = json.jsonArray();
    QStringList names;
    for (const QJsonValue& value : sheets)
        names.append(value[QStringLiteral("name")].toString());
    for (const char* name : {"A-One 51002", "Avery L4785", "Avery 5395", "Avery L7418", "Card A6"})
        CHECK(names.contains(QString::fromUtf8(name)));
    const QJsonObject first = sheets.first().toObject();
    CHECK(first[QStringLiteral("labelWidthMm")].toDouble() == 91);
    CHECK(first[QStringLiteral("labelsPerSheet")].toInt() == 10);
    CHECK(first[QStringLiteral("layouts")].toArray().first()[QStringLiteral("leftMm")].toDouble() == 14);

    const CliRun table = CliRun::run({QStringLiteral("sheets")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Avery L4785")));
    CHECK(table.out.contains(QStringLiteral("80.0 × 50.0")));
    CHECK(CliRun::run({QStringLiteral("sheets"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode == 2);
}

TEST_CASE("flyer writes the seminar's flyer in the language asked for", "[cli][flyer]")
{
    QTemporaryDir folder;
    const QString db = createDemo(folder, 0);
    const QString pdf = folder.filePath(QStringLiteral("flyer.pdf"));
    const CliRun run = CliRun::run({QStringLiteral("flyer"), QStringLiteral("--db"), db, QStringLiteral("--seminar"),
                                    QStringLiteral("1"), QStringLiteral("--language"), QStringLiteral("ja"),
                                    QStringLiteral("-o"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QString text = PdfTools::text(pdf);
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    CHECK(text.contains(QStringLiteral("問い合わせ先")));
    CHECK(text.contains(QStringLiteral("北九州イノベーションギャラリー")));
    CHECK(text.contains(QStringLiteral("093-681-1563")));
    CHECK_FALSE(text.contains(QStringLiteral("FAX申込書")));
    const CliRun withForm = CliRun::run(
        {QStringLiteral("flyer"), QStringLiteral("--db"), db, QStringLiteral("--seminar"), QStringLiteral("1"),
         QStringLiteral("--language"), QStringLiteral("ja"), QStringLiteral("--fax-form"), QStringLiteral("-o"), pdf});
    REQUIRE(withForm.exitCode == 0);
    CHECK(PdfTools::text(pdf).contains(QStringLiteral("FAX申込書")));
    CHECK(CliRun::run({QStringLiteral("flyer"), QStringLiteral("--db"), db, QStringLiteral("--seminar"),
                       QStringLiteral("1"), QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("-o"),
                       pdf})
              .exitCode
          == 2);
    const CliRun missing = CliRun::run({QStringLiteral("flyer"), QStringLiteral("--db"), db,
                                        QStringLiteral("--seminar"), QStringLiteral("99"), QStringLiteral("-o"), pdf});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(missing.err.isEmpty());
}

TEST_CASE("badges, sheets and flyer answer --help", "[cli]")
{
    for (const char* command : {"badges", "sheets", "flyer"}) {
        const CliRun help = CliRun::run({QString::fromUtf8(command), QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("--")));
    }
    const CliRun badgesHelp = CliRun::run({QStringLiteral("badges"), QStringLiteral("--help")});
    CHECK(badgesHelp.out.contains(QStringLiteral("--skip")));
    CHECK(badgesHelp.out.contains(QStringLiteral("--sheet")));
}
