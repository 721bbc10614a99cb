#include <catch2/catch.hpp>

#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include "core/print/BadgeStyle.h"
#include "core/print/PdfFile.h"
#include "core/print/PdfToUnicodeRepair.h"
#include "support/CatchQt.h"
#include "support/PdfTools.h"

using namespace sd;

TEST_CASE("The radicals of the CJK font are known with the kanji that share their glyphs", "[pdf]")
{
    const QHash<char16_t, char16_t>& radicals = PdfToUnicodeRepair::radicalKanji();
    REQUIRE_FALSE(radicals.isEmpty()); // fonts-noto-cjk is among the packages
    CHECK(radicals.value(0x2F00) == u'一');
    CHECK(radicals.value(0x2F2D) == u'山');
    CHECK(radicals.value(0x2F65) == u'田');
    CHECK_FALSE(radicals.contains(u'山'));
}

TEST_CASE("ToUnicode maps get kanji for radicals in place, glyph numbers untouched", "[pdf]")
{
    const QHash<char16_t, char16_t> kanji {{0x2F00, u'一'}, {0x2F2D, u'山'}, {0x2F65, u'田'}};
    const QByteArray head("1 0 obj\n<< /Length 99 >>\nstream\n/CIDInit begin\nbegincmap\n");
    const QByteArray tail("endcmap\nend\nendstream\nendobj\n");
    QByteArray pdf = head
        + "2 beginbfchar\n<2F2D> <2F2D>\n<0005> <2f65>\nendbfchar\n"
          "4 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<0042> <2F2D> <2F65> ]\n"
          "<2F00> <2F00> <2F00>\n<0010> <0019> <2F00>\nendbfrange\n"
        + tail + "<2F2D> outside any map\n";
    const qsizetype size = pdf.size();
    PdfToUnicodeRepair::apply(pdf, kanji);
    CHECK(pdf.size() == size);
    CHECK(pdf.contains("<2F2D> <5C71>\n<0005> <7530>\n"));
    CHECK(pdf.contains("<0001> <0003> [<0042> <5C71> <7530> ]\n"));
    CHECK(pdf.contains("<2F00> <2F00> <4E00>\n"));
    CHECK(pdf.contains("<0010> <0019> <2F00>\n")); // a run of ten: one range that cannot change in place
    CHECK(pdf.endsWith("<2F2D> outside any map\n"));
}

TEST_CASE("Names drawn with kanji that share a radical's glyph are extracted as those kanji", "[pdf]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("names.pdf"));
    const QString names = QStringLiteral("山田一郎 木村力 人見 青山女子大学 日本");
    REQUIRE(PdfFile::write(path, QStringLiteral("Names"), [&names](QPdfWriter& writer) -> Status {
                QPainter painter(&writer);
                painter.setFont(BadgeStyle::font());
                painter.drawText(QPointF(100, 400), names);
                return {};
            }).ok());
    const QString text = PdfTools::text(path);
    INFO(text.toStdString());
    CHECK(text.contains(names));
    for (const QChar character : text)
        CHECK_FALSE((character.unicode() >= 0x2E80 && character.unicode() <= 0x2FDF));
}
