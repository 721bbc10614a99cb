#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "support/CatchQt.h"
#include "support/CliRun.h"
#include "support/OtherWriter.h"
#include "support/ScratchDisk.h"
#include "support/TestDatabaseFile.h"

namespace {

constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

void writeOldList(const QString& path)
{
    QFile old(path);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("old\n");
    old.close();
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The commands that write personal data to a file, writing to OUT.
QList<QStringList> writers(const QString& db, const QString& out)
{
    const QStringList seminar {QStringLiteral("--db"), db, QStringLiteral("--seminar"), QStringLiteral("1"),
                               QStringLiteral("-o"),   out};
    return {QStringList {QStringLiteral("export-csv"), QStringLiteral("--preset"), QStringLiteral("full")} + seminar,
            QStringList {QStringLiteral("export-xlsx"), QStringLiteral("--preset"), QStringLiteral("full")} + seminar,
            QStringList {QStringLiteral("badges")} + seminar, QStringList {QStringLiteral("flyer")} + seminar};
}

} // namespace

TEST_CASE("CSV and Excel exports, badges and flyers are readable by their owner only, even over an older file",
          "[cli][files]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 20);
    for (const QStringList& command : writers(db, folder.filePath(QStringLiteral("out")))) {
        const QString out = folder.filePath(QStringLiteral("out"));
        writeOldList(out);
        const CliRun run = CliRun::run(command);
        INFO(command.first().toStdString() << ": " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(contents(out) != "old\n");
        CHECK(QFile::permissions(out) == ownerOnly);
    }
}

TEST_CASE("A full disk is named, with the file, by export-csv, export-xlsx, badges and flyer", "[cli][files][disk]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 40);
    ScratchDisk disk(512);
    const QString out = disk.filePath(QStringLiteral("list"));
    writeOldList(out);
    disk.fill();
    for (const QStringList& command : writers(db, out)) {
        const CliRun run = CliRun::run(command);
        INFO(command.first().toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("The disk is full")));
        CHECK(run.err.contains(out));
        CHECK_FALSE(run.err.contains(QStringLiteral("Unknown error")));
        CHECK(contents(out) == "old\n");
    }
}

namespace {

// Makes a demo database with ATTENDEES on DISK.
QString demoOn(const ScratchDisk& disk, int attendees)
{
    const QString db = disk.filePath(QStringLiteral("desk.sqlite"));
    const CliRun demo
        = CliRun::run({QStringLiteral("demo"), db, QStringLiteral("--attendees"), QString::number(attendees)});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    return db;
}

int attendeeCount(const QString& db)
{
    return readRawSqlite(db, QStringLiteral("SELECT count(*) FROM attendee")).value(0).toInt();
}

} // namespace

TEST_CASE("An import that fills the disk says the disk is full, blames no row, and changes nothing", "[cli][csv][disk]")
{
    QTemporaryDir folder;
    const QString csv = CliRun::writeRegistrationsCsv(folder, QStringLiteral("many.csv"), 20000);
    ScratchDisk disk(4096); // room for the demo (about 0.65 MB, more while it is built), not for the import
    const QString db = demoOn(disk, 5);
    const CliRun run = CliRun::run({QStringLiteral("import-csv"), QStringLiteral("--db"), db,
                                    QStringLiteral("--seminar"), QStringLiteral("1"), csv});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("The disk is full")));
    CHECK(run.err.contains(db));
    CHECK_FALSE(run.err.contains(QStringLiteral("Line ")));
    CHECK(run.err.contains(QStringLiteral("Nothing was imported.")));
    CHECK(attendeeCount(db) == 5);
    const CliRun check = CliRun::run({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(check.exitCode == 0);
}

TEST_CASE("A database in a read-only folder is said to be in one, not to be another program's", "[cli][disk]")
{
    ScratchDisk disk(3072); // the demo (about 0.65 MB, more while it is built) and nothing else
    const QString db = demoOn(disk, 5);
    disk.makeReadOnly();
    const CliRun run = CliRun::run({QStringLiteral("list"), QStringLiteral("seminars"), QStringLiteral("--db"), db});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("the folder “%1” is read-only").arg(disk.path())));
    CHECK_FALSE(run.err.contains(QStringLiteral("not a Seminar Desk database")));
}

TEST_CASE("An import waits for another program's write, then says that program is writing", "[cli][csv][busy]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 5);
    const QString csv = CliRun::writeRegistrationsCsv(folder, QStringLiteral("few.csv"), 3);
    OtherWriter other(db, 7000);
    REQUIRE(other.locked());
    const CliRun run = CliRun::run({QStringLiteral("import-csv"), QStringLiteral("--db"), db,
                                    QStringLiteral("--seminar"), QStringLiteral("1"), csv});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("Another program is writing to “%1”").arg(db)));
    CHECK_FALSE(run.err.contains(QStringLiteral("Line ")));
    CHECK(attendeeCount(db) == 5);
}

TEST_CASE("A database upgraded by a command is backed up first, and the command says where", "[cli][backup]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("old.sqlite"));
    writeOldDatabase(db, 4,
                     {QStringLiteral("INSERT INTO seminar (id, title_en, starts_at, ends_at) "
                                     "VALUES (1, 'Old seminar', '2026-01-01T10:00', '2026-01-01T12:00')")});
    const CliRun run = CliRun::run({QStringLiteral("list"), QStringLiteral("seminars"), QStringLiteral("--db"), db});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Old seminar")));
    CHECK(run.err.contains(db + QStringLiteral(".bak-v4")));
    CHECK(QFile::exists(db + QStringLiteral(".bak-v4")));
    const CliRun again = CliRun::run({QStringLiteral("list"), QStringLiteral("seminars"), QStringLiteral("--db"), db});
    CHECK(again.err.isEmpty());
}
