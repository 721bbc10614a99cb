#include <catch2/catch.hpp>

#include <cstring>
#include <optional>

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
    std::optional<CsvEncoding::Kind> suggestedEncoding;
};

struct Reading
{
    CsvEncoding::Kind encoding = CsvEncoding::Kind::Utf8;
    QChar delimiter = QLatin1Char(',');
    qsizetype limit = CsvReader::defaultRecordLimit;
    bool guessed = false;
};

Parsed readAll(QIODevice& device, const Reading& how)
{
    CsvReader reader(device, how.encoding, how.delimiter);
    reader.setRecordLimit(how.limit);
    reader.setEncodingGuessed(how.guessed);
    Parsed parsed;
    QStringList fields;
    for (;;) {
        Result<bool> read = reader.next(fields);
        if (!read) {
            parsed.error = read.error();
            parsed.errorLine = reader.errorLine();
            parsed.suggestedEncoding = reader.suggestedEncoding();
            break;
        }
        if (!*read)
            break;
        parsed.records.append(fields);
        parsed.lines.append(reader.recordLine());
    }
    return parsed;
}

Parsed parse(const QByteArray& bytes, const Reading& how)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readAll(buffer, how);
}

Parsed parse(const QByteArray& bytes, CsvEncoding::Kind encoding = CsvEncoding::Kind::Utf8,
             QChar delimiter = QLatin1Char(','), qsizetype limit = CsvReader::defaultRecordLimit)
{
    return parse(bytes, Reading {encoding, delimiter, limit, false});
}

// A device that gives its bytes in the pieces it was made of, one a read, as a pipe does: a read
// may end inside a character or a byte order mark, or give nothing for a while.
class PiecewiseDevice final : public QIODevice
{
public:
    explicit PiecewiseDevice(QList<QByteArray> pieces)
        : m_pieces(std::move(pieces))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool waitForReadyRead(int) override { return !m_pieces.isEmpty(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_pieces.isEmpty())
            return 0;
        QByteArray& piece = m_pieces.first();
        const qint64 size = qMin<qint64>(maxSize, piece.size());
        std::memcpy(data, piece.constData(), size_t(size));
        piece.remove(0, size);
        if (piece.isEmpty())
            m_pieces.removeFirst();
        return size;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QList<QByteArray> m_pieces;
};

Parsed parsePieces(const QList<QByteArray>& pieces, CsvEncoding::Kind encoding = CsvEncoding::Kind::Utf8,
                   QChar delimiter = QLatin1Char(','))
{
    PiecewiseDevice device(pieces);
    return readAll(device, Reading {encoding, delimiter, CsvReader::defaultRecordLimit, false});
}

// BYTES cut into pieces of SIZE bytes.
QList<QByteArray> cut(const QByteArray& bytes, qsizetype size)
{
    QList<QByteArray> pieces;
    for (qsizetype at = 0; at < bytes.size(); at += size)
        pieces.append(bytes.mid(at, size));
    return pieces;
}

QByteArray utf16(const QString& text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
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

TEST_CASE("CsvReader refuses a stray quote inside a quoted field with its line", "[csv]")
{
    // "Hey, I missed " it": taken as text, a quote would be lost or the line would run on.
    const Parsed parsed = parse("name,note\r\nok,\"fine\"\r\n\"Hey, I missed \" it\",x\r\n");
    CHECK(parsed.records.size() == 2);
    CHECK(parsed.errorLine == 3);
    CHECK(parsed.error.startsWith(QStringLiteral("Line 3:")));
    CHECK(parsed.error.contains(QStringLiteral("doubled")));
    // Doubled, or closing the field before the delimiter or the line end, a quote is fine.
    const Parsed fine = parse("a,b\n\"say \"\"hi\"\"\",\"x\"\n\"y\"");
    REQUIRE(fine.error.isEmpty());
    CHECK(fine.records.last() == QStringList {QStringLiteral("y")});
    CHECK(fine.records.at(1) == QStringList {QStringLiteral("say \"hi\""), QStringLiteral("x")});
    const Parsed spaceAfter = parse("a,b\n\"x\" ,y\n");
    CHECK(spaceAfter.errorLine == 2);
}

TEST_CASE("CsvReader reads UTF-16 with a BOM, little and big endian, as Excel's Unicode text", "[csv]")
{
    const QString text = QStringLiteral("氏名\tメールアドレス\r\n山田 太郎\ttaro@example.jp\r\n髙橋 😀\t\"a\tb\"\r\n");
    for (const auto& [encoding, kind] : {std::pair(QStringConverter::Utf16LE, CsvEncoding::Kind::Utf16Le),
                                         std::pair(QStringConverter::Utf16BE, CsvEncoding::Kind::Utf16Be)}) {
        const QByteArray bytes = utf16(text, encoding);
        CAPTURE(CsvEncoding::key(kind));
        CHECK(CsvEncoding::detect(bytes) == kind);
        const Parsed parsed = parse(bytes, kind, QLatin1Char('\t'));
        REQUIRE(parsed.error.isEmpty());
        REQUIRE(parsed.records.size() == 3);
        CHECK(parsed.records[0] == QStringList {QStringLiteral("氏名"), QStringLiteral("メールアドレス")});
        CHECK(parsed.records[2] == QStringList {QStringLiteral("髙橋 😀"), QStringLiteral("a\tb")});
        // Read a byte at a time, halves of characters and of the surrogate pair included.
        CHECK(parsePieces(cut(bytes, 1), kind, QLatin1Char('\t')).records == parsed.records);
    }
    SECTION("a NUL character is still binary data, on its line")
    {
        const QByteArray bytes = utf16(QStringLiteral("a\tb\n1\t2\n3\t\u0000\n"), QStringConverter::Utf16LE);
        const Parsed parsed = parse(bytes, CsvEncoding::Kind::Utf16Le, QLatin1Char('\t'));
        CHECK(parsed.errorLine == 3);
        CHECK(parsed.error.contains(QStringLiteral("binary")));
    }
}

TEST_CASE("CsvReader reads a pipe whose reads cut a BOM, characters and lines anywhere", "[csv]")
{
    const QByteArray bytes
        = QByteArray("\xEF\xBB\xBF") + QStringLiteral("氏名,所属\r\n山田 太郎,\"市役所\r\n環境局\"\r\n").toUtf8();
    const Parsed whole = parse(bytes);
    REQUIRE(whole.error.isEmpty());
    REQUIRE(whole.records.size() == 2);
    CHECK(whole.records[0].first() == QStringLiteral("氏名"));
    SECTION("a first read that gives only the BOM")
    {
        const Parsed parsed = parsePieces({bytes.left(3), bytes.mid(3)});
        CHECK(parsed.error.isEmpty());
        CHECK(parsed.records == whole.records);
        CHECK(parsed.lines == whole.lines);
    }
    SECTION("reads that end inside the BOM, or give nothing")
    {
        const Parsed parsed = parsePieces({bytes.left(1), QByteArray(), bytes.mid(1, 1), bytes.mid(2)});
        CHECK(parsed.error.isEmpty());
        CHECK(parsed.records == whole.records);
    }
    SECTION("reads of one, two and five bytes")
    {
        for (const qsizetype size : {1, 2, 5}) {
            const Parsed parsed = parsePieces(cut(bytes, size));
            CAPTURE(size);
            CHECK(parsed.error.isEmpty());
            CHECK(parsed.records == whole.records);
            CHECK(parsed.lines == whole.lines);
        }
    }
    SECTION("CP932 with a read ending between the two bytes of a kanji")
    {
        QStringEncoder encoder(CsvEncoding::shiftJisName());
        const QByteArray sjis = encoder.encode(QStringLiteral("氏名,所属\r\n髙橋 﨑子,㈱テスト\r\n"));
        for (const qsizetype size : {1, 3}) {
            const Parsed parsed = parsePieces(cut(sjis, size), CsvEncoding::Kind::ShiftJis);
            CAPTURE(size);
            REQUIRE(parsed.error.isEmpty());
            CHECK(parsed.records.last() == QStringList {QStringLiteral("髙橋 﨑子"), QStringLiteral("㈱テスト")});
        }
    }
}

TEST_CASE("An invalid UTF-8 byte is reported on its own line when a character straddles a read", "[csv]")
{
    // Line 6 holds あ, cut by the end of a read; the invalid byte is 20 lines further on.
    QByteArray bytes = "h1,h2\n";
    for (int line = 2; line <= 5; ++line)
        bytes.append("x,1\n");
    const qsizetype cutAt = bytes.size() + 1;
    bytes.append(QStringLiteral("あ,2\n").toUtf8());
    for (int line = 7; line <= 26; ++line)
        bytes.append("y,3\n");
    bytes.append("bad,\xFF\n");
    const Parsed piecewise = parsePieces({bytes.left(cutAt), bytes.mid(cutAt)});
    CHECK(piecewise.errorLine == 27);
    CHECK(piecewise.error.startsWith(QStringLiteral("Line 27:")));

    // The same across the reader's own chunks of a file: the character at the chunk's edge.
    QByteArray big = "h1,h2\n";
    qint64 lines = 1;
    while (big.size() < CsvReader::chunkBytes - 8) {
        big.append("z,12345\n");
        ++lines;
    }
    big.append(QByteArray(CsvReader::chunkBytes - 1 - big.size(), 'w'));
    big.append(QStringLiteral("あ,4\n").toUtf8()); // its first byte ends the chunk
    ++lines;
    for (int i = 0; i < 20; ++i, ++lines)
        big.append("y,3\n");
    big.append("bad,\xC3\x28\n");
    ++lines;
    const Parsed chunked = parse(big);
    CHECK(chunked.errorLine == lines);
    CHECK(chunked.error.startsWith(QStringLiteral("Line %1:").arg(lines)));
}

TEST_CASE("Western European text guessed to be CP932 is refused with its line and windows-1252 suggested",
          "[csv][encoding]")
{
    // "Número" and "Transferência" in Windows-1252: as CP932 they read "N伹ero" and "Transfer麩cia".
    const QByteArray latin = "name,note\r\nAna,ok\r\nN\xFAmero,Transfer\xEAncia\r\n";
    const Parsed guessed
        = parse(latin, Reading {CsvEncoding::Kind::ShiftJis, QLatin1Char(','), CsvReader::defaultRecordLimit, true});
    CHECK(guessed.errorLine == 3);
    CHECK(guessed.error.startsWith(QStringLiteral("Line 3:")));
    CHECK(guessed.error.contains(QStringLiteral("windows-1252")));
    CHECK(guessed.error.contains(QStringLiteral("N伹ero")));
    CHECK(guessed.suggestedEncoding == CsvEncoding::Kind::Windows1252);

    const Parsed western = parse(latin, CsvEncoding::Kind::Windows1252);
    REQUIRE(western.error.isEmpty());
    CHECK(western.records.last() == QStringList {QStringLiteral("Número"), QStringLiteral("Transferência")});

    SECTION("a private-use character")
    {
        const Parsed privateUse
            = parse("a,b\r\nx,\xF0\x40\r\n",
                    Reading {CsvEncoding::Kind::ShiftJis, QLatin1Char(','), CsvReader::defaultRecordLimit, true});
        CHECK(privateUse.errorLine == 2);
        CHECK(privateUse.suggestedEncoding == CsvEncoding::Kind::Windows1252);
    }
    SECTION("bytes CP932 cannot decode, guessed")
    {
        const Parsed undecodable
            = parse("a,b\r\nJos\xE9 Mar\xED, Garc\xED"
                    "a\r\n",
                    Reading {CsvEncoding::Kind::ShiftJis, QLatin1Char(','), CsvReader::defaultRecordLimit, true});
        CHECK(undecodable.errorLine == 2);
        CHECK(undecodable.suggestedEncoding == CsvEncoding::Kind::Windows1252);
    }
    SECTION("Japanese text, guessed, passes; so does Western text declared as Shift_JIS")
    {
        QStringEncoder encoder(CsvEncoding::shiftJisName());
        const QByteArray japanese
            = encoder.encode(QStringLiteral("氏名,所属\r\n髙橋 﨑子,ABC環境㈱\r\nJR九州 太郎,ｶﾅ Co.\r\n"));
        const Parsed parsed = parse(
            japanese, Reading {CsvEncoding::Kind::ShiftJis, QLatin1Char(','), CsvReader::defaultRecordLimit, true});
        CHECK(parsed.error.isEmpty());
        CHECK(parsed.records.size() == 3);
        // Declared, not guessed: the user said what the file is.
        CHECK(parse(latin, CsvEncoding::Kind::ShiftJis).error.isEmpty());
    }
}
