#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include "support/CatchQt.h"
#include "support/CliRun.h"
#include "support/TestDatabaseFile.h"

// What kill -9 does at any moment: no half-written import, no database that looks whole but is not.

namespace {

constexpr int trials = 4;

// Starts seminar-desk with ARGUMENTS and kills it (SIGKILL) after AFTER_MS, unless it finished first.
// Gives whether it was killed.
bool killAfter(const QStringList& arguments, int afterMs)
{
    QProcess process;
    process.setProgram(QStringLiteral(SEMINAR_DESK_EXECUTABLE));
    process.setArguments(arguments);
    process.start();
    REQUIRE(process.waitForStarted());
    if (process.waitForFinished(afterMs))
        return false;
    process.kill();
    REQUIRE(process.waitForFinished(10000));
    return true;
}

int elapsedMs(const QStringList& arguments)
{
    QElapsedTimer timer;
    timer.start();
    const CliRun run = CliRun::run(arguments);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return int(timer.elapsed());
}

int count(const QString& db, const QString& table)
{
    return readRawSqlite(db, QStringLiteral("SELECT count(*) FROM ") + table).value(0).toInt();
}

} // namespace

TEST_CASE("An import killed at any moment leaves all of it or none of it", "[cli][crash]")
{
    QTemporaryDir folder;
    constexpr int rows = 20000;
    const QString csv = CliRun::writeRegistrationsCsv(folder, QStringLiteral("many.csv"), rows);
    const QString pristine = CliRun::createDemo(folder, 10);
    const auto importInto = [&csv](const QString& db) {
        return QStringList {QStringLiteral("import-csv"), QStringLiteral("--db"), db,
                            QStringLiteral("--seminar"),  QStringLiteral("1"),    csv};
    };
    // How long a whole import takes here, to kill the others somewhere inside it.
    const QString timed = folder.filePath(QStringLiteral("timed.sqlite"));
    REQUIRE(QFile::copy(pristine, timed));
    const int whole = elapsedMs(importInto(timed));
    REQUIRE(count(timed, QStringLiteral("attendee")) == 10 + rows);

    int killed = 0;
    for (int trial = 0; trial < trials; ++trial) {
        const QString db = folder.filePath(QStringLiteral("trial-%1.sqlite").arg(trial));
        REQUIRE(QFile::copy(pristine, db));
        const int at = QRandomGenerator::global()->bounded(whole / 10, whole);
        INFO("killed after " << at << " ms of " << whole);
        killed += killAfter(importInto(db), at) ? 1 : 0;
        const int attendees = count(db, QStringLiteral("attendee"));
        const int registrations = count(db, QStringLiteral("registration"));
        CHECK((attendees == 10 || attendees == 10 + rows));
        CHECK(registrations == attendees);
        const CliRun check = CliRun::run({QStringLiteral("check"), QStringLiteral("--db"), db});
        INFO(check.out.toStdString() << check.err.toStdString());
        CHECK(check.exitCode == 0);
    }
    CHECK(killed >= trials / 2);
}

TEST_CASE("A demo killed at any moment leaves no database, or a whole one, and demo then works", "[cli][crash]")
{
    QTemporaryDir folder;
    constexpr int attendees = 20000;
    const int whole = elapsedMs({QStringLiteral("demo"), folder.filePath(QStringLiteral("timed.sqlite")),
                                 QStringLiteral("--attendees"), QString::number(attendees)});
    int killed = 0;
    for (int trial = 0; trial < trials; ++trial) {
        const QString db = folder.filePath(QStringLiteral("demo-%1.sqlite").arg(trial));
        const int at = QRandomGenerator::global()->bounded(whole / 10, whole);
        INFO("killed after " << at << " ms of " << whole);
        killed += killAfter({QStringLiteral("demo"), db, QStringLiteral("--attendees"), QString::number(attendees)}, at)
            ? 1
            : 0;
        if (QFile::exists(db)) {
            CHECK(count(db, QStringLiteral("attendee")) == attendees);
        } else {
            const CliRun again
                = CliRun::run({QStringLiteral("demo"), db, QStringLiteral("--attendees"), QString::number(attendees)});
            INFO(again.err.toStdString());
            CHECK(again.exitCode == 0);
            CHECK(count(db, QStringLiteral("attendee")) == attendees);
        }
    }
    CHECK(killed >= trials / 2);
}
