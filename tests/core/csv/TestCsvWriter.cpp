#include <catch2/catch.hpp>

#include "core/csv/CsvWriter.h"
#include "support/CatchQt.h"

using namespace sd;

TEST_CASE("CsvWriter quotes what RFC 4180 says and ends records with CRLF", "[csv]")
{
    const CsvWriter writer;
    QString out;
    writer.appendRecord({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                         QStringLiteral("two\nlines"), QStringLiteral("cr\rhere"), QStringLiteral("crlf\r\nend"),
                         QString(), QStringLiteral("山田 太郎")},
                        out);
    writer.appendRecord({QStringLiteral("last empty"), QString()}, out);
    CHECK(
        out
        == QStringLiteral("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\"crlf\r\nend\",,山田 太郎\r\n"
                          "last empty,\r\n"));
}

TEST_CASE("CsvWriter quotes the delimiter it writes with, not others", "[csv]")
{
    const CsvWriter writer(QLatin1Char(';'));
    QString out;
    writer.appendRecord({QStringLiteral("a,b"), QStringLiteral("c;d")}, out);
    CHECK(out == QStringLiteral("a,b;\"c;d\"\r\n"));
    const CsvWriter tabs(QLatin1Char('\t'));
    CHECK(tabs.cell(QStringLiteral("x\ty")) == QStringLiteral("\"x\ty\""));
}

TEST_CASE("The formula guard prefixes = + - @ tab and CR with a single quote", "[csv]")
{
    const CsvWriter guarded;
    CHECK(guarded.cell(QStringLiteral("=HYPERLINK(\"http://x\")"))
          == QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
    CHECK(guarded.cell(QStringLiteral("+81-93-681-1563")) == QStringLiteral("'+81-93-681-1563"));
    CHECK(guarded.cell(QStringLiteral("-2")) == QStringLiteral("'-2"));
    CHECK(guarded.cell(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(guarded.cell(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(guarded.cell(QStringLiteral("\rx")) == QStringLiteral("\"'\rx\""));
    CHECK(guarded.cell(QStringLiteral("a=b")) == QStringLiteral("a=b"));
    CHECK(guarded.cell(QString()) == QString());
    const CsvWriter unguarded(QLatin1Char(','), false);
    CHECK(unguarded.cell(QStringLiteral("=1+2")) == QStringLiteral("=1+2"));
}

TEST_CASE("A guarded field reads back as it was, and a quote that guards nothing stays", "[csv]")
{
    for (const QString& field : {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+81-93-681-1563"),
                                 QStringLiteral("-2"), QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"),
                                 QStringLiteral("plain"), QStringLiteral("'quoted'"), QString()})
        CHECK(CsvWriter::unguarded(CsvWriter::guarded(field)) == field);
    CHECK(CsvWriter::unguarded(QStringLiteral("'quoted'")) == QStringLiteral("'quoted'"));
    CHECK(CsvWriter::unguarded(QStringLiteral("'")) == QStringLiteral("'"));
}
