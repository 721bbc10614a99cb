#include <catch2/catch.hpp>

#include "core/xlsx/SheetXmlScanner.h"
#include "support/CatchQt.h"

using namespace sd;
using Token = SheetXmlScanner::Token;

namespace {

// The tokens of XML fed in chunks of CHUNK bytes, one line each: "<row r=2>", "</row>", "'text'",
// and at the end "END", "MORE" (it wants more) or "INVALID line N: message".
QStringList tokens(const QByteArray& xml, qsizetype chunk)
{
    SheetXmlScanner scanner;
    QStringList seen;
    qsizetype fed = 0;
    for (;;) {
        const Token token = scanner.readNext();
        if (token == Token::NeedMoreData) {
            if (fed >= xml.size()) {
                seen.append(QStringLiteral("MORE"));
                return seen;
            }
            scanner.addData(QByteArrayView(xml).sliced(fed, qMin(chunk, xml.size() - fed)));
            fed += chunk;
        } else if (token == Token::StartElement) {
            QString start = QStringLiteral("<") + QString::fromUtf8(scanner.name());
            for (const char* attribute : {"r", "t", "ref"}) {
                if (const QByteArray value = scanner.attribute(attribute); !value.isEmpty())
                    start += QStringLiteral(" %1=%2").arg(QLatin1String(attribute), QString::fromUtf8(value));
            }
            seen.append(start + QLatin1Char('>'));
        } else if (token == Token::EndElement) {
            seen.append(QStringLiteral("</%1>").arg(QString::fromUtf8(scanner.name())));
        } else if (token == Token::Characters) {
            seen.append(QLatin1Char('\'') + scanner.text() + QLatin1Char('\''));
        } else if (token == Token::EndDocument) {
            seen.append(QStringLiteral("END"));
            return seen;
        } else {
            seen.append(QStringLiteral("INVALID line %1: %2").arg(scanner.lineNumber()).arg(scanner.errorString()));
            return seen;
        }
    }
}

const QByteArray sheet(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- written by hand -->
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row r="2"><x:c r="A2" t='inlineStr'><x:is><x:t xml:space="preserve">山田 &amp; &#22826;&#x90CE; &lt;b&gt;</x:t></x:is></x:c><x:c r="B2"/>
<x:c r="C2" t="str"><x:f>A2&amp;"x"</x:f><x:v><![CDATA[a<b & c]]></x:v></x:c></x:row>
</x:sheetData><x:mergeCells><x:mergeCell ref="A3:B3"/></x:mergeCells></x:worksheet>
trailing comment or white space is not read)");

const QStringList sheetTokens {QStringLiteral("<worksheet>"),
                               QStringLiteral("<sheetData>"),
                               QStringLiteral("'\n'"),
                               QStringLiteral("<row r=2>"),
                               QStringLiteral("<c r=A2 t=inlineStr>"),
                               QStringLiteral("<is>"),
                               QStringLiteral("<t>"),
                               QStringLiteral("'山田 & 太郎 <b>'"),
                               QStringLiteral("</t>"),
                               QStringLiteral("</is>"),
                               QStringLiteral("</c>"),
                               QStringLiteral("<c r=B2>"),
                               QStringLiteral("</c>"),
                               QStringLiteral("'\n'"),
                               QStringLiteral("<c r=C2 t=str>"),
                               QStringLiteral("<f>"),
                               QStringLiteral("'A2&\"x\"'"),
                               QStringLiteral("</f>"),
                               QStringLiteral("<v>"),
                               QStringLiteral("'a<b & c'"),
                               QStringLiteral("</v>"),
                               QStringLiteral("</c>"),
                               QStringLiteral("</row>"),
                               QStringLiteral("'\n'"),
                               QStringLiteral("</sheetData>"),
                               QStringLiteral("<mergeCells>"),
                               QStringLiteral("<mergeCell ref=A3:B3>"),
                               QStringLiteral("</mergeCell>"),
                               QStringLiteral("</mergeCells>"),
                               QStringLiteral("</worksheet>"),
                               QStringLiteral("END")};

} // namespace

TEST_CASE("A sheet's XML reads the same whole and cut anywhere into chunks", "[xlsx][xml]")
{
    CHECK(tokens(sheet, sheet.size()) == sheetTokens);
    // Every cut falls somewhere: inside a name, an attribute, a reference, a UTF-8 character, CDATA.
    for (const qsizetype chunk : {1, 2, 3, 5, 7, 64})
        CHECK(tokens(sheet, chunk) == sheetTokens);
}

TEST_CASE("A sheet's XML that is not well formed is refused, naming what and the line", "[xlsx][xml]")
{
    struct Case
    {
        QByteArray xml;
        QString expected;
    };
    const QList<Case> cases {
        {"<a>\n<b></a>", QStringLiteral("INVALID line 2: </a> ends <b> too early")},
        {"<a></a></b>", QStringLiteral("END")}, // what follows the document's end is not read
        {"</a>", QStringLiteral("INVALID line 1: </a> ends an element that was never started")},
        {"<a>x &nbsp; y</a>", QStringLiteral("INVALID line 1: an “&” starts no known character reference")},
        {"<a>x &#0; y</a>", QStringLiteral("INVALID line 1: an “&” starts no known character reference")},
        {"<a>\n\n\xff</a>", QStringLiteral("INVALID line 3: its text is not in UTF-8")},
        {"<a>\xc0\xaf</a>", QStringLiteral("INVALID line 1: its text is not in UTF-8")}, // an overlong '/'
        {"<a b=c></a>", QStringLiteral("INVALID line 1: the attributes of <a> are malformed")},
        {"<a b=\"c\"d=\"e\"></a>", QStringLiteral("INVALID line 1: the attributes of <a> are malformed")},
        {"< a></a>", QStringLiteral("INVALID line 1: a “<” is not followed by the name of an element")},
        {"text<a/>", QStringLiteral("INVALID line 1: text stands outside the document's element")},
        {"<!DOCTYPE a [<!ENTITY b \"c\">]><a/>",
         QStringLiteral("INVALID line 1: it declares a document type, which no workbook does")},
        {"<a><b>cut off", QStringLiteral("MORE")},
    };
    for (const Case& refused : cases) {
        INFO(refused.xml.toStdString());
        CHECK(tokens(refused.xml, refused.xml.size()).last() == refused.expected);
        CHECK(tokens(refused.xml, 1).last() == refused.expected);
    }
}

TEST_CASE("A '>' in an attribute's value does not end its tag, and either quote may be used", "[xlsx][xml]")
{
    CHECK(tokens(R"(<a r='x>y' t="it's"/>)", 3)
          == QStringList {QStringLiteral("<a r=x>y t=it's>"), QStringLiteral("</a>"), QStringLiteral("END")});
}
