#include <catch2/catch.hpp>

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QStringDecoder>
#include <QTemporaryDir>

#include "core/print/BadgeStyle.h"
#include "core/print/PdfFile.h"
#include "core/print/PdfToUnicodeRepair.h"
#include "support/CatchQt.h"
#include "support/PdfTools.h"

using namespace sd;

namespace {

// The 6,879 characters of JIS X 0208 (rows 1-8 and 16-84), row by row, as Windows' code page 932
// maps them to Unicode (1-33 is ～ U+FF5E, 1-29 ― U+2015, 1-61 － U+FF0D).
QStringList jisX0208Rows()
{
    QStringList rows;
    for (int row = 1; row <= 84; ++row) {
        if (row > 8 && row < 16)
            continue;
        QString characters;
        for (int cell = 1; cell <= 94; ++cell) {
            const int lead = ((row - 1) >> 1) + (row <= 62 ? 0x81 : 0xC1);
            const int trail = row % 2 == 1 ? cell + (cell <= 63 ? 0x3F : 0x40) : cell + 0x9E;
            const char pair[] = {char(lead), char(trail)};
            const QByteArray bytes(pair, 2);
            // A decoder a character: after an unassigned cell one would stay in error.
            QStringDecoder cp932("windows-31j");
            REQUIRE(cp932.isValid());
            const QString decoded = cp932.decode(bytes);
            if (!cp932.hasError() && decoded.size() == 1 && decoded != QStringLiteral("\uFFFD"))
                characters += decoded;
        }
        rows.append(characters);
    }
    return rows;
}

// Draws LINES into a PDF at PATH in the badges' font, one under the other.
void drawLines(const QString& path, const QStringList& lines)
{
    REQUIRE(PdfFile::write(path, QStringLiteral("Characters"), [&lines](QPdfWriter& writer) -> Status {
                QPainter painter(&writer);
                QFont font = BadgeStyle::font();
                font.setPointSizeF(5);
                painter.setFont(font);
                const qreal pt = writer.logicalDpiY() / 72.0;
                qreal y = 40 * pt;
                for (const QString& line : lines) {
                    painter.drawText(QPointF(40 * pt, y), line);
                    y += 9.5 * pt;
                }
                return {};
            }).ok());
}

// Whether TEXT holds LINE as a line of its own, character for character.
bool hasLine(const QString& text, const QString& line)
{
    return text.split(QLatin1Char('\n')).contains(line);
}

} // namespace

TEST_CASE("Of characters sharing a glyph, the one people write names it", "[pdf]")
{
    CHECK(PdfToUnicodeRepair::writtenForm({0x0009, 0x0020, 0x00A0}) == u' ');
    CHECK(PdfToUnicodeRepair::writtenForm({0x2012, 0x2013}) == u'–');
    CHECK(PdfToUnicodeRepair::writtenForm({0x301C, 0xFF5E}) == u'～');
    CHECK(PdfToUnicodeRepair::writtenForm({0x2027, 0x30FB}) == u'・');
    CHECK(PdfToUnicodeRepair::writtenForm({0x02BB, 0x2018}) == u'‘');
    CHECK(PdfToUnicodeRepair::writtenForm({0x2F00, 0x4E00}) == u'一');
    CHECK(PdfToUnicodeRepair::writtenForm({0x2003, 0x3000}) == u'\u3000');
}

TEST_CASE("Noto Sans CJK's shared glyphs get the characters people write", "[pdf]")
{
    const PdfToUnicodeRepair::CharacterMap map
        = PdfToUnicodeRepair::characterMap(QRawFont::fromFont(BadgeStyle::font()));
    const QList<std::pair<char16_t, char16_t>> expected {
        {0x0009, u' '},  {0x2027, u'・'}, {0x301C, u'～'}, {0x2215, u'／'}, {0x2329, u'〈'},
        {0x232A, u'〉'}, {0x2035, u'｀'}, {0x02BB, u'‘'},  {0x2012, u'–'},  {0x2003, 0x3000},
        {0x2F00, u'一'}, {0x2F2D, u'山'}, {0x2F65, u'田'}};
    for (const auto& [written, meant] : expected) {
        INFO(std::hex << int(written));
        CHECK(map.value(written) == meant);
    }
    CHECK_FALSE(map.contains(u'山'));
    CHECK(PdfToUnicodeRepair::printFont("NotoSansCJKjp-Regular"));
    CHECK(PdfToUnicodeRepair::printFont("NotoSansCJKjp-Bold"));
    CHECK_FALSE(PdfToUnicodeRepair::printFont("SomeOtherFont"));
}

TEST_CASE("ToUnicode maps get each font's characters in place, glyph numbers untouched", "[pdf]")
{
    const PdfToUnicodeRepair::CharacterMap cjk {{0x2F00, u'一'}, {0x2F2D, u'山'}, {0x2F65, u'田'}, {0x0009, 0x0020}};
    const auto font = [](const QByteArray& name, int map) {
        return "5 0 obj\n<< /Type /Font\n/Subtype /Type0\n/BaseFont /" + name + "\n/ToUnicode "
            + QByteArray::number(map) + " 0 R>>\nendobj\n";
    };
    const QByteArray head("/CIDInit begin\nbegincmap\n");
    const QByteArray tail("endcmap\nend\nendstream\nendobj\n");
    QByteArray pdf = font("NotoSansCJKjp-Regular", 11) + font("SomeOtherFont", 12)
        + "\n11 0 obj\n<< /Length 99 >>\nstream\n" + head
        + "2 beginbfchar\n<2F2D> <2F2D>\n<0005> <2f65>\nendbfchar\n"
          "4 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<0009> <2F2D> <2F65> ]\n"
          "<2F00> <2F00> <2F00>\n<0010> <0019> <2F00>\nendbfrange\n"
        + tail + "\n12 0 obj\n<< /Length 99 >>\nstream\n" + head
        + "1 beginbfchar\n<0001> <2F2D>\n<0002> <0009>\nendbfchar\n" + tail + "<2F2D> outside any map\n";
    const qsizetype size = pdf.size();
    PdfToUnicodeRepair::apply(pdf, {{"NotoSansCJKjp-Regular", cjk}});
    CHECK(pdf.size() == size);
    CHECK(pdf.contains("<2F2D> <5C71>\n<0005> <7530>\n"));
    CHECK(pdf.contains("<0001> <0003> [<0020> <5C71> <7530> ]\n"));
    CHECK(pdf.contains("<2F00> <2F00> <4E00>\n"));
    CHECK(pdf.contains("<0010> <0019> <2F00>\n")); // a run of ten: one range that cannot change in place
    // Another font keeps its radicals (they may be its own glyphs), but never a tab for the space.
    CHECK(pdf.contains("<0001> <2F2D>\n<0002> <0020>\n"));
    CHECK(pdf.endsWith("<2F2D> outside any map\n"));
}

TEST_CASE("The space, the en dash and all of JIS X 0208 come out of a PDF as written", "[pdf]")
{
    const QStringList jis = jisX0208Rows();
    qsizetype count = 0;
    for (const QString& row : jis)
        count += row.size();
    REQUIRE(count == 6879);
    CHECK(jis.first().contains(QChar(0xFF5E)));

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("jis.pdf"));
    const QString written = QStringLiteral("13:30–17:00 参加無料・要申込 ‘quoted’ A/B ～ ／ 〈〉 ｀");
    QStringList lines {written};
    lines.append(jis);
    drawLines(path, lines);

    for (const auto& [tool, text] :
         {std::pair {"pdftotext", PdfTools::rawText(path)}, std::pair {"mutool", PdfTools::mutoolText(path)}}) {
        INFO(tool);
        CHECK_FALSE(text.contains(QLatin1Char('\t')));
        CHECK(hasLine(text, written));
        for (QString row : jis) {
            // Both tools write the ideographic space (1-1) as a space, and pdftotext drops it at
            // the start of a line: the map itself is checked below.
            row.replace(QChar(0x3000), QLatin1Char(' '));
            INFO(row.toStdString());
            CHECK((hasLine(text, row) || hasLine(text, row.trimmed())));
        }
    }
    // The text maps name the ideographic space, not the em space that shares its glyph, and the
    // space glyph by a space, not a tab.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    CHECK(pdf.contains("<3000>"));
    CHECK_FALSE(pdf.contains("<2003>"));
    CHECK_FALSE(pdf.contains("<0009>"));
}

TEST_CASE("Names drawn with kanji that share a radical's glyph are extracted as those kanji", "[pdf]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("names.pdf"));
    const QString names = QStringLiteral("山田一郎 木村力 人見 青山女子大学 日本");
    drawLines(path, {names});
    const QString text = PdfTools::text(path);
    INFO(text.toStdString());
    CHECK(text.contains(names));
    for (const QChar character : text)
        CHECK_FALSE((character.unicode() >= 0x2E80 && character.unicode() <= 0x2FDF));
}
