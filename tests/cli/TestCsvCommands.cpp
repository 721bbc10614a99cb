#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "support/CatchQt.h"
#include "support/CliRun.h"
#include "support/WorkbookTool.h"

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

TEST_CASE("export-csv --header ja writes Japanese values, and they import back as the same people", "[cli][csv]")
{
    QTemporaryDir folder;
    const QString demo = CliRun::createDemo(folder, 40);
    const QString out = folder.filePath(QStringLiteral("ja.csv"));
    const CliRun exported
        = CliRun::run({QStringLiteral("export-csv"), QStringLiteral("--db"), demo, QStringLiteral("--seminar"),
                       QStringLiteral("1"), QStringLiteral("--preset"), QStringLiteral("full"),
                       QStringLiteral("--status"), QStringLiteral("registered,waitlisted,cancelled,attended"),
                       QStringLiteral("--header"), QStringLiteral("ja"), QStringLiteral("-o"), out});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QString text = QString::fromUtf8(contents(out));
    for (const char* word : {"国・地域", "申込日時", "申込経路", "申込済み", "一般参加者", "日本語", "英語", ",日本,",
                             ",要,", ",不要,", "093-555-"})
        CHECK(text.contains(QString::fromUtf8(word)));
    CHECK_FALSE(text.contains(QStringLiteral(",participant,")));
    CHECK_FALSE(text.contains(QStringLiteral(",Japan,")));

    // Into a new database with a seminar of its own: the demo's with no attendees.
    const QString copy = folder.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(CliRun::run({QStringLiteral("demo"), copy, QStringLiteral("--attendees"), QStringLiteral("0")}).exitCode
            == 0);
    const CliRun imported = CliRun::run({QStringLiteral("import-csv"), QStringLiteral("--db"), copy,
                                         QStringLiteral("--seminar"), QStringLiteral("1"), out});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const auto registrations = [](const QString& db) {
        const CliRun list
            = CliRun::run({QStringLiteral("list"), QStringLiteral("registrations"), QStringLiteral("--db"), db,
                           QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(list.exitCode == 0);
        return list.jsonArray();
    };
    const auto attendees = [](const QString& db) {
        const CliRun list = CliRun::run({QStringLiteral("list"), QStringLiteral("attendees"), QStringLiteral("--db"),
                                         db, QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(list.exitCode == 0);
        return list.jsonArray();
    };
    // The same people field by field, but their ids and the phone numbers' form (dialled in Japan).
    const auto comparable = [](QJsonArray rows, const QStringList& fields) {
        QStringList lines;
        for (const QJsonValue& row : rows) {
            QStringList values;
            for (const QString& field : fields)
                values.append(row[field].toVariant().toString());
            lines.append(values.join(QLatin1Char('|')));
        }
        return lines;
    };
    const QStringList people {
        QStringLiteral("family_name"),        QStringLiteral("given_name"), QStringLiteral("family_reading"),
        QStringLiteral("given_reading"),      QStringLiteral("latin_name"), QStringLiteral("organisation"),
        QStringLiteral("position"),           QStringLiteral("country"),    QStringLiteral("email"),
        QStringLiteral("preferred_language"), QStringLiteral("category"),   QStringLiteral("notes")};
    CHECK(comparable(attendees(copy), people) == comparable(attendees(demo), people));
    // Registrations get new check-in codes; their status and receiver are kept.
    const QStringList kept {QStringLiteral("display_name"), QStringLiteral("status"),
                            QStringLiteral("receiver_needed")};
    const QStringList copied = comparable(registrations(copy), kept);
    CHECK(copied.size() == 40);
    CHECK(copied == comparable(registrations(demo), kept));
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
                          QStringLiteral("rows"), QStringLiteral("warnings")});
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
    CHECK(duplicates[0].toObject()[QStringLiteral("name")].toString() == QStringLiteral("山田 太郎"));
    CHECK(result[QStringLiteral("errors")].toArray().isEmpty());
    CHECK(result[QStringLiteral("warnings")].toArray().isEmpty());
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
    CHECK(first.out.contains(QStringLiteral("Imported: 4 rows: 3 new attendees, 0 stored attendees completed, "
                                            "3 registrations, 1 duplicate merged.")));
    CHECK(attendeeCount(db) == 8);
    const CliRun second = CliRun::run(arguments);
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("0 new attendees")));
    CHECK(second.out.contains(QStringLiteral("4 duplicates merged")));
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
         fixture("custom-headers.csv"), QStringLiteral("--encoding"), QStringLiteral("ebcdic")});
    CHECK(badEncoding.exitCode == 2);
    CHECK(badEncoding.err.contains(QStringLiteral("ebcdic")));
    CHECK(badEncoding.err.contains(QStringLiteral("windows-1252")));
    const CliRun help = CliRun::run({QStringLiteral("import-csv"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--dry-run")));
}

namespace {

QStringList importArguments(const QString& db, const QString& in, const QStringList& more = {})
{
    return QStringList {QStringLiteral("import-csv"), QStringLiteral("--db"), db,
                        QStringLiteral("--seminar"),  QStringLiteral("1"),    in}
    + more;
}

const QStringList dryRunJson {QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")};

} // namespace

TEST_CASE("import-csv reads standard input, even when its first read is only the BOM", "[cli][csv]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 0);
    const QByteArray bytes = contents(fixture("web-form-ja.csv"));
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    // The BOM alone, then half a character, then the rest: a slow pipe.
    const CliRun dash = CliRun::run(importArguments(db, QStringLiteral("-"), dryRunJson),
                                    {bytes.left(3), bytes.mid(3, 4), bytes.mid(7)});
    INFO(dash.err.toStdString());
    REQUIRE(dash.exitCode == 0);
    const QJsonArray rows = jsonObject(dash)[QStringLiteral("rows")].toArray();
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].toObject()[QStringLiteral("氏名")].toString() == QStringLiteral("山田　太郎"));

    const CliRun devStdin = CliRun::run(importArguments(db, QStringLiteral("/dev/stdin")), {bytes});
    INFO(devStdin.err.toStdString());
    REQUIRE(devStdin.exitCode == 0);
    CHECK(attendeeCount(db) == 3);
    const CliRun list = CliRun::run({QStringLiteral("list"), QStringLiteral("registrations"), QStringLiteral("--db"),
                                     db, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(list.jsonArray().first().toObject()[QStringLiteral("source")].toString() == QStringLiteral("import:stdin"));
}

TEST_CASE("import-csv reads standard input redirected from a CSV file or a workbook", "[cli][csv]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 0);
    // `- < FILE`: standard input is a file, not a pipe, and "-" is no path to open.
    const CliRun csv
        = CliRun::runFromFile(importArguments(db, QStringLiteral("-"), dryRunJson), fixture("web-form-ja.csv"));
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    CHECK(jsonObject(csv)[QStringLiteral("rows")].toArray().size() == 4);

    const QString workbook = folder.filePath(QStringLiteral("staff.xlsx"));
    WorkbookTool::make(QStringLiteral("staff-list"), workbook);
    const CliRun xlsx = CliRun::runFromFile(importArguments(db, QStringLiteral("-")), workbook);
    INFO(xlsx.err.toStdString());
    REQUIRE(xlsx.exitCode == 0);
    CHECK(attendeeCount(db) == 3);
}

TEST_CASE("import-csv names the line of an invalid byte in a pipe whose reads cut a character", "[cli][csv]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 0);
    QByteArray bytes = QStringLiteral("氏名,所属\n").toUtf8();
    for (int line = 2; line <= 30; ++line)
        bytes.append(QStringLiteral("山田 %1,北九州市\n").arg(line).toUtf8());
    bytes.append("bad,\xFF\n"); // line 31
    const qsizetype cut = bytes.indexOf(QStringLiteral("北").toUtf8()) + 1;
    const CliRun run = CliRun::run(importArguments(db, QStringLiteral("-")), {bytes.left(cut), bytes.mid(cut)});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("Line 31:")));
    CHECK(attendeeCount(db) == 0);
}

TEST_CASE("import-csv refuses Western European text taken for CP932 and suggests --encoding windows-1252", "[cli][csv]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 0);
    const CliRun guessed = CliRun::run(importArguments(db, fixture("western-as-cp932.csv")));
    CHECK(guessed.exitCode == 1);
    CHECK(guessed.err.contains(QStringLiteral("Line 3:")));
    CHECK(guessed.err.contains(QStringLiteral("Try --encoding windows-1252.")));
    CHECK(attendeeCount(db) == 0);
    const CliRun western = CliRun::run(importArguments(db, fixture("western-as-cp932.csv"),
                                                       {QStringLiteral("--encoding"), QStringLiteral("windows-1252")}));
    INFO(western.err.toStdString());
    REQUIRE(western.exitCode == 0);
    const QJsonArray attendees
        = CliRun::run({QStringLiteral("list"), QStringLiteral("attendees"), QStringLiteral("--db"), db,
                       QStringLiteral("--format"), QStringLiteral("json")})
              .jsonArray();
    QStringList names;
    for (const QJsonValue& attendee : attendees)
        names.append(attendee.toObject()[QStringLiteral("display_name")].toString());
    CHECK(names.contains(QStringLiteral("João Número")));
}

TEST_CASE("import-csv refuses a stray quote with its line", "[cli][csv]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 0);
    const CliRun run = CliRun::run(importArguments(db, fixture("stray-quote.csv")));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("stray-quote.csv: Line 3:")));
    CHECK(run.err.contains(QStringLiteral("Nothing was imported.")));
}

TEST_CASE("import-csv reads Excel's UTF-16 Unicode text, qualified headers and tool exports", "[cli][csv]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 0);
    const CliRun unicode = CliRun::run(importArguments(db, fixture("excel-unicode-text.txt"), dryRunJson));
    INFO(unicode.err.toStdString());
    REQUIRE(unicode.exitCode == 0);
    const QJsonArray records = jsonObject(unicode)[QStringLiteral("records")].toArray();
    REQUIRE(records.size() == 2);
    CHECK(records[0].toObject()[QStringLiteral("family_reading")].toString() == QStringLiteral("タカハシ"));

    const CliRun qualified = CliRun::run(importArguments(db, fixture("qualified-headers.csv"), dryRunJson));
    REQUIRE(qualified.exitCode == 0);
    const QJsonObject record = jsonObject(qualified)[QStringLiteral("records")].toArray().first().toObject();
    CHECK(record[QStringLiteral("family_name")].toString() == QStringLiteral("福沢"));
    CHECK(record[QStringLiteral("family_reading")].toString() == QStringLiteral("フクザワ"));
    CHECK(record[QStringLiteral("latin_name")].toString() == QStringLiteral("Shizuku Fukuzawa"));

    const CliRun forms = CliRun::run(importArguments(db, fixture("google-forms-ja.csv")));
    INFO(forms.err.toStdString());
    REQUIRE(forms.exitCode == 0);
    CHECK(forms.out.contains(QStringLiteral("2 rows: 2 new attendees")));
    const QJsonArray attendees
        = CliRun::run({QStringLiteral("list"), QStringLiteral("attendees"), QStringLiteral("--db"), db,
                       QStringLiteral("--format"), QStringLiteral("json")})
              .jsonArray();
    QStringList badgeNames;
    for (const QJsonValue& attendee : attendees)
        badgeNames.append(attendee.toObject()[QStringLiteral("badge_name")].toString());
    CHECK(badgeNames.contains(QStringLiteral("María")));
}

TEST_CASE("import-csv --dry-run names both columns that would fill one field and keys every column apart", "[cli][csv]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 0);
    const CliRun run = CliRun::run(importArguments(db, fixture("two-email-columns.csv"), dryRunJson));
    CHECK(run.exitCode == 1);
    const QJsonObject result = jsonObject(run);
    const QJsonArray errors = result[QStringLiteral("errors")].toArray();
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].toObject()[QStringLiteral("line")].isNull());
    const QString message = errors[0].toObject()[QStringLiteral("message")].toString();
    CHECK(message.contains(QStringLiteral("“メール”")));
    CHECK(message.contains(QStringLiteral("“メールアドレス”")));
    // 氏名, メール, メールアドレス, 備考, (empty), 備考: six distinct keys.
    const QJsonObject row = result[QStringLiteral("rows")].toArray().first().toObject();
    CHECK(row.keys().size() == 6);
    CHECK(row[QStringLiteral("備考")].toString() == QStringLiteral("午前"));
    CHECK(row[QStringLiteral("column 5")].toString() == QStringLiteral("x"));
    CHECK(row[QStringLiteral("備考 (2)")].toString() == QStringLiteral("午後"));
    // Raw JSON, not only as a parser keeps it: no key twice.
    CHECK(run.out.count(QStringLiteral("\"備考\"")) == 1);
}

TEST_CASE("import-csv warns of a shared e-mail and imports both people", "[cli][csv]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 0);
    const CliRun run = CliRun::run(importArguments(db, fixture("eventbrite.csv")));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("warning: Line 4: the same e-mail as line 3, but a different name")));
    CHECK(run.out.contains(QStringLiteral("3 rows: 3 new attendees")));
    CHECK(attendeeCount(db) == 3);
    const CliRun json = CliRun::run(importArguments(db, fixture("eventbrite.csv"), dryRunJson));
    const QJsonArray warnings = jsonObject(json)[QStringLiteral("warnings")].toArray();
    REQUIRE(warnings.size() == 0); // all three are stored now: duplicates of themselves
    CHECK(jsonObject(json)[QStringLiteral("duplicates")].toArray().size() == 3);
}
