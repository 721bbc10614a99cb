#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "support/CatchQt.h"
#include "support/CliRun.h"

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(SEMINAR_DESK_TEST_DATA "/csv/") + QString::fromLatin1(name);
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QJsonObject jsonObject(const CliRun& run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(error.errorString().toStdString() + " in " + run.out.left(300).toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

int attendeeCount(const QString& db)
{
    const CliRun list = CliRun::run({QStringLiteral("list"), QStringLiteral("attendees"), QStringLiteral("--db"), db,
                                     QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(list.exitCode == 0);
    return int(list.jsonArray().size());
}

} // namespace

TEST_CASE("export-csv writes the venue preset with a BOM and CRLF, and --help explains it", "[cli][csv]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 30);
    const QString out = folder.filePath(QStringLiteral("venue.csv"));
    const CliRun run = CliRun::run({QStringLiteral("export-csv"), QStringLiteral("--db"), db,
                                    QStringLiteral("--seminar"), QStringLiteral("1"), QStringLiteral("--preset"),
                                    QStringLiteral("venue"), QStringLiteral("-o"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QByteArray bytes = contents(out);
    CHECK(bytes.startsWith("\xEF\xBB\xBFName,Name in Latin script,Organisation,Category,Receiver needed\r\n"));
    CHECK_FALSE(bytes.contains("@"));
    CHECK(bytes.count("\r\n") == bytes.count("\n"));

    const CliRun help = CliRun::run({QStringLiteral("export-csv"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--no-formula-guard")));
    CHECK(help.out.contains(QStringLiteral("shift_jis")));
}

TEST_CASE("export-csv takes columns, statuses, delimiter, header language and encoding", "[cli][csv]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 10);
    const QString out = folder.filePath(QStringLiteral("custom.csv"));
    const CliRun run = CliRun::run(
        {QStringLiteral("export-csv"), QStringLiteral("--db"), db, QStringLiteral("--seminar"), QStringLiteral("1"),
         QStringLiteral("--columns"), QStringLiteral("family_name,given_name,status"), QStringLiteral("--status"),
         QStringLiteral("registered,attended,waitlisted,cancelled"), QStringLiteral("--delimiter"),
         QStringLiteral("semicolon"), QStringLiteral("--header"), QStringLiteral("ja"), QStringLiteral("--encoding"),
         QStringLiteral("utf-8"), QStringLiteral("-o"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = QString::fromUtf8(contents(out)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.first() == QStringLiteral("姓;名;状態"));
    CHECK(lines.size() == 11);
}

TEST_CASE("export-csv refuses bad options and unencodable text with a message and no file", "[cli][csv]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 40);
    const QString out = folder.filePath(QStringLiteral("x.csv"));
    const CliRun badPreset = CliRun::run({QStringLiteral("export-csv"), QStringLiteral("--db"), db,
                                          QStringLiteral("--seminar"), QStringLiteral("1"), QStringLiteral("--preset"),
                                          QStringLiteral("press"), QStringLiteral("-o"), out});
    CHECK(badPreset.exitCode == 2);
    CHECK(badPreset.err.contains(QStringLiteral("press")));
    const CliRun noOutput = CliRun::run(
        {QStringLiteral("export-csv"), QStringLiteral("--db"), db, QStringLiteral("--seminar"), QStringLiteral("1")});
    CHECK(noOutput.exitCode == 2);
    // The demo has Korean names, which CP932 cannot hold.
    const CliRun sjis
        = CliRun::run({QStringLiteral("export-csv"), QStringLiteral("--db"), db, QStringLiteral("--seminar"),
                       QStringLiteral("1"), QStringLiteral("--encoding"), QStringLiteral("shift_jis"),
                       QStringLiteral("--preset"), QStringLiteral("full"), QStringLiteral("-o"), out});
    CHECK(sjis.exitCode == 1);
    CHECK(sjis.err.contains(QStringLiteral("Shift_JIS")));
    CHECK(sjis.err.contains(QStringLiteral("column")));
    CHECK(sjis.out.isEmpty());
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("import-csv --dry-run --format json prints rows, records, duplicates and errors", "[cli][csv]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 5);
    const CliRun run = CliRun::run({QStringLiteral("import-csv"), QStringLiteral("--db"), db,
                                    QStringLiteral("--seminar"), QStringLiteral("1"), fixture("web-form-ja.csv"),
                                    QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject result = jsonObject(run);
    CHECK(result.keys()
          == QStringList {QStringLiteral("duplicates"), QStringLiteral("errors"), QStringLiteral("records"),
                          QStringLiteral("rows")});
    const QJsonArray rows = result[QStringLiteral("rows")].toArray();
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].toObject()[QStringLiteral("氏名")].toString() == QStringLiteral("山田　太郎"));
    CHECK(rows[1].toObject()[QStringLiteral("備考")].toString() == QStringLiteral("午後から参加\r\n懇親会も出席"));
    const QJsonArray records = result[QStringLiteral("records")].toArray();
    REQUIRE(records.size() == 4);
    const QJsonObject first = records[0].toObject();
    CHECK(first[QStringLiteral("line")].toInt() == 2);
    CHECK(first[QStringLiteral("action")].toString() == QStringLiteral("add"));
    CHECK(first[QStringLiteral("family_name")].toString() == QStringLiteral("山田"));
    CHECK(first[QStringLiteral("given_name")].toString() == QStringLiteral("太郎"));
    CHECK(first[QStringLiteral("attendee_id")].isNull());
    CHECK(records[3].toObject()[QStringLiteral("action")].toString() == QStringLiteral("merge_in_file"));
    CHECK(records[3].toObject()[QStringLiteral("duplicate_of_line")].toInt() == 2);
    const QJsonArray duplicates = result[QStringLiteral("duplicates")].toArray();
    REQUIRE(duplicates.size() == 1);
    CHECK(duplicates[0].toObject()[QStringLiteral("line")].toInt() == 6);
    CHECK(duplicates[0].toObject()[QStringLiteral("reason")].toString() == QStringLiteral("email"));
    CHECK(result[QStringLiteral("errors")].toArray().isEmpty());
    CHECK(attendeeCount(db) == 5);
}

TEST_CASE("import-csv imports once, the same file again adds nothing", "[cli][csv]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 5);
    const QStringList arguments {QStringLiteral("import-csv"), QStringLiteral("--db"), db,
                                 QStringLiteral("--seminar"),  QStringLiteral("1"),    fixture("web-form-ja.csv")};
    const CliRun first = CliRun::run(arguments);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("3 attendee(s) added")));
    CHECK(attendeeCount(db) == 8);
    const CliRun second = CliRun::run(arguments);
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("0 attendee(s) added")));
    CHECK(attendeeCount(db) == 8);

    const CliRun sjis
        = CliRun::run({QStringLiteral("import-csv"), QStringLiteral("--db"), db, QStringLiteral("--seminar"),
                       QStringLiteral("1"), fixture("web-form-sjis.csv"), QStringLiteral("--encoding"),
                       QStringLiteral("shift_jis"), QStringLiteral("--delimiter"), QStringLiteral("comma")});
    REQUIRE(sjis.exitCode == 0);
    CHECK(attendeeCount(db) == 9);
}

TEST_CASE("import-csv refuses a malformed file with its line and changes nothing", "[cli][csv]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 5);
    const CliRun run
        = CliRun::run({QStringLiteral("import-csv"), QStringLiteral("--db"), db, QStringLiteral("--seminar"),
                       QStringLiteral("1"), fixture("unterminated-quote.csv")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("Line 3")));
    CHECK(run.err.contains(QStringLiteral("Nothing was imported.")));
    CHECK(attendeeCount(db) == 5);

    const CliRun json
        = CliRun::run({QStringLiteral("import-csv"), QStringLiteral("--db"), db, QStringLiteral("--seminar"),
                       QStringLiteral("1"), fixture("unterminated-quote.csv"), QStringLiteral("--dry-run"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(json.exitCode == 1);
    const QJsonArray errors = jsonObject(json)[QStringLiteral("errors")].toArray();
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].toObject()[QStringLiteral("line")].toInt() == 3);
}

TEST_CASE("import-csv reads a mapping file and checks its options", "[cli][csv]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 0);
    const CliRun mapped = CliRun::run({QStringLiteral("import-csv"), QStringLiteral("--db"), db,
                                       QStringLiteral("--seminar"), QStringLiteral("1"), fixture("custom-headers.csv"),
                                       QStringLiteral("--mapping"), fixture("custom-mapping.json")});
    INFO(mapped.err.toStdString());
    REQUIRE(mapped.exitCode == 0);
    CHECK(attendeeCount(db) == 1);
    const CliRun badEncoding = CliRun::run(
        {QStringLiteral("import-csv"), QStringLiteral("--db"), db, QStringLiteral("--seminar"), QStringLiteral("1"),
         fixture("custom-headers.csv"), QStringLiteral("--encoding"), QStringLiteral("latin1")});
    CHECK(badEncoding.exitCode == 2);
    CHECK(badEncoding.err.contains(QStringLiteral("latin1")));
    const CliRun help = CliRun::run({QStringLiteral("import-csv"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--dry-run")));
}
