#include <catch2/catch.hpp>

#include <QBuffer>

#include "core/csv/CsvReader.h"
#include "core/csv/CsvWriter.h"
#include "support/CatchQt.h"

using namespace sd;

namespace {

struct Parsed
{
    QList<QStringList> records;
    QList<qint64> lines;
    QString error;
    qint64 errorLine = 0;
};

Parsed parse(const QByteArray& bytes, CsvEncoding::Kind encoding = CsvEncoding::Kind::Utf8,
             QChar delimiter = QLatin1Char(','), qsizetype limit = CsvReader::defaultRecordLimit)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, encoding, delimiter);
    reader.setRecordLimit(limit);
    Parsed parsed;
    QStringList fields;
    for (;;) {
        Result<bool> read = reader.next(fields);
        if (!read) {
            parsed.error = read.error();
            parsed.errorLine = reader.errorLine();
            break;
        }
        if (!*read)
            break;
        parsed.records.append(fields);
        parsed.lines.append(reader.recordLine());
    }
    return parsed;
}

} // namespace

TEST_CASE("CsvReader reads quoted delimiters, quotes, CR, LF and CRLF inside fields", "[csv]")
{
    const Parsed parsed = parse("name,note\r\n"
                                "\"Yamada, Taro\",\"say \"\"hi\"\"\"\r\n"
                                "a,\"two\nlines\"\r\n"
                                "b,\"cr\rinside\"\r\n"
                                "c,\"crlf\r\ninside\"\r\n"
                                ",\r\n"
                                "d,\r\n");
    REQUIRE(parsed.error.isEmpty());
    REQUIRE(parsed.records.size() == 7);
    CHECK(parsed.records[1] == QStringList {QStringLiteral("Yamada, Taro"), QStringLiteral("say \"hi\"")});
    CHECK(parsed.records[2] == QStringList {QStringLiteral("a"), QStringLiteral("two\nlines")});
    CHECK(parsed.records[3] == QStringList {QStringLiteral("b"), QStringLiteral("cr\rinside")});
    CHECK(parsed.records[4] == QStringList {QStringLiteral("c"), QStringLiteral("crlf\r\ninside")});
    CHECK(parsed.records[5] == QStringList {QString(), QString()});
    CHECK(parsed.records[6] == QStringList {QStringLiteral("d"), QString()});
    CHECK(parsed.lines == QList<qint64> {1, 2, 3, 5, 7, 9, 10});
}

TEST_CASE("CsvReader takes a BOM, LF or CR line ends, blank lines and no final newline", "[csv]")
{
    const Parsed parsed = parse("\xEF\xBB\xBF氏名,所属\n山田 太郎,市役所\n\n佐藤,\"大学\"");
    REQUIRE(parsed.error.isEmpty());
    REQUIRE(parsed.records.size() == 3);
    CHECK(parsed.records[0].first() == QStringLiteral("氏名"));
    CHECK(parsed.records[2] == QStringList {QStringLiteral("佐藤"), QStringLiteral("大学")});
    CHECK(parsed.lines == QList<qint64> {1, 2, 4});
    const Parsed oldMac = parse("a,b\rc,d\r");
    CHECK(
        oldMac.records
        == QList<QStringList> {{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c"), QStringLiteral("d")}});
}

TEST_CASE("What CsvWriter writes CsvReader reads back unchanged", "[csv]")
{
    const QList<QStringList> records {
        {QStringLiteral("a,b"), QStringLiteral("\"q\""), QStringLiteral("x\r\ny"), QString()},
        {QStringLiteral("髙橋"), QStringLiteral("line\n"), QStringLiteral("\r"), QStringLiteral("end")}};
    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        const CsvWriter writer(delimiter, false);
        QString text;
        for (const QStringList& record : records)
            writer.appendRecord(record, text);
        const Parsed parsed = parse(text.toUtf8(), CsvEncoding::Kind::Utf8, delimiter);
        CHECK(parsed.records == records);
    }
}

TEST_CASE("CsvReader reads fields that span its read chunks", "[csv]")
{
    const QString big(CsvReader::chunkBytes + 1000, QChar(0x3042)); // three UTF-8 bytes each
    const QByteArray bytes = QStringLiteral("h1,h2\r\nx,\"%1\"\r\ny,z\r\n").arg(big).toUtf8();
    const Parsed parsed = parse(bytes, CsvEncoding::Kind::Utf8, QLatin1Char(','), 1 << 22);
    REQUIRE(parsed.error.isEmpty());
    REQUIRE(parsed.records.size() == 3);
    CHECK(parsed.records[1].at(1) == big);
    CHECK(parsed.records[2] == QStringList {QStringLiteral("y"), QStringLiteral("z")});
    CHECK(parsed.lines.last() == 3);
}

TEST_CASE("CsvReader refuses malformed input and names the line", "[csv]")
{
    SECTION("an unterminated quote")
    {
        const Parsed parsed = parse("a,b\r\n1,2\r\n3,\"open\r\n4,5\r\n");
        CHECK(parsed.errorLine == 3);
        CHECK(parsed.error.startsWith(QStringLiteral("Line 3:")));
        CHECK(parsed.error.contains(QStringLiteral("never closed")));
    }
    SECTION("bytes that are not UTF-8")
    {
        const Parsed parsed = parse("a,b\r\n1,2\r\n3,\xE5\xB1\r\n");
        CHECK(parsed.errorLine == 3);
        CHECK(parsed.error.contains(QStringLiteral("not valid")));
    }
    SECTION("a character cut off at the end of the file")
    {
        const Parsed parsed = parse("a,b\r\n1,\x82", CsvEncoding::Kind::ShiftJis);
        CHECK(parsed.errorLine == 2);
    }
    SECTION("binary data")
    {
        static const char png[] = "a,b\r\n\x89PNG\r\n\x1a\n\0\0\0";
        const Parsed parsed = parse(QByteArray(png, sizeof png - 1));
        CHECK(parsed.errorLine == 4);
        CHECK(parsed.error.contains(QStringLiteral("binary")));
    }
    SECTION("a row far longer than the others")
    {
        QByteArray bytes = "a,b\r\n1,2\r\n3,4\r\n5,\"";
        bytes.append(QByteArray(5000, 'x'));
        bytes.append("\"\r\n");
        const Parsed parsed = parse(bytes, CsvEncoding::Kind::Utf8, QLatin1Char(','), 1000);
        CHECK(parsed.records.size() == 3);
        CHECK(parsed.errorLine == 4);
        CHECK(parsed.error.contains(QStringLiteral("far longer")));
    }
}

TEST_CASE("The delimiter is detected from the lines", "[csv]")
{
    CHECK(CsvReader::detectDelimiter(QStringLiteral("a,b,c\n1,2,3\n")) == QLatin1Char(','));
    CHECK(CsvReader::detectDelimiter(QStringLiteral("a;b;c\n1;\"2,5\";3\n4;5,1;6\n")) == QLatin1Char(';'));
    CHECK(CsvReader::detectDelimiter(QStringLiteral("a\tb\n1\t2\n")) == QLatin1Char('\t'));
    CHECK(CsvReader::detectDelimiter(QStringLiteral("name\nYamada\n")) == QLatin1Char(','));
}
