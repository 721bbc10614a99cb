#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFontInfo>
#include <QPdfWriter>

#include "core/print/BadgeStyle.h"
#include "core/print/FittedText.h"
#include "support/CatchQt.h"

using namespace sd;

namespace {

// A PDF page at 1200 dpi: what the badges are measured and painted on.
struct PdfDevice
{
    QBuffer buffer;
    QPdfWriter writer {&buffer};
    qreal mm() const { return writer.logicalDpiX() / 25.4; }
};

FittedText::Limits limits(qreal largest, qreal smallest, int lines, bool mayShorten = false, bool balanced = false)
{
    FittedText::Limits l;
    l.largestPt = largest;
    l.smallestPt = smallest;
    l.maxLines = lines;
    l.mayShorten = mayShorten;
    l.balanced = balanced;
    return l;
}

// Whether the lines of TEXT, their hyphens taken off, are ORIGINAL (which has no hyphen).
bool joinedWithoutHyphens(const FittedText& text, const QString& original)
{
    QString joined = text.lines().join(QString());
    return joined.remove(QLatin1Char('-')) == original;
}

} // namespace

TEST_CASE("The badge font is the CJK font, chosen explicitly, with Noto fonts for other scripts", "[badge]")
{
    CHECK(QFontInfo(BadgeStyle::font()).family() == QStringLiteral("Noto Sans CJK JP"));
    CHECK(BadgeStyle::font().families().mid(0, 4)
          == QStringList {QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Sans Thai"),
                          QStringLiteral("Noto Sans Devanagari"), QStringLiteral("Noto Sans Arabic")});
}

TEST_CASE("Short text stays large on one line, long text wraps at its breaks, then shrinks", "[badge]")
{
    PdfDevice pdf;
    const QSizeF box(70 * pdf.mm(), 25 * pdf.mm());
    const QFont font = BadgeStyle::font();
    const FittedText shortText = FittedText::fitted(QStringLiteral("Ana"), font, box, limits(20, 10, 2), &pdf.writer);
    CHECK(shortText.lines() == QStringList {QStringLiteral("Ana")});
    CHECK(shortText.pointSize() == Approx(20));

    // Two lines at the largest size rather than one line smaller: filled, or of even length.
    const QString name = QStringLiteral("Rodríguez de la Cruz-Villanueva");
    const FittedText wrapped = FittedText::fitted(name, font, box, limits(20, 6, 2), &pdf.writer);
    CHECK(wrapped.pointSize() == Approx(20));
    CHECK(wrapped.lines() == QStringList {QStringLiteral("Rodríguez de la Cruz-"), QStringLiteral("Villanueva")});
    CHECK(wrapped.fits(box));
    const FittedText balanced = FittedText::fitted(name, font, box, limits(20, 6, 2, false, true), &pdf.writer);
    CHECK(balanced.pointSize() == Approx(20));
    CHECK(balanced.lines() == QStringList {QStringLiteral("Rodríguez de la"), QStringLiteral("Cruz-Villanueva")});

    // One line only: it shrinks instead, whole.
    const FittedText shrunk = FittedText::fitted(name, font, box, limits(20, 6, 1), &pdf.writer);
    CHECK(shrunk.lines() == QStringList {name});
    CHECK(shrunk.pointSize() < 20);
    CHECK(shrunk.fits(box));
    CHECK_FALSE(shrunk.shortened());
}

TEST_CASE("A name is never cut, and broken inside a word only with a hyphen", "[badge]")
{
    PdfDevice pdf;
    const QSizeF narrow(15 * pdf.mm(), 40 * pdf.mm());
    const QString longWord = QStringLiteral("Wolfeschlegelsteinhausenbergerdorff");
    const FittedText name
        = FittedText::fitted(longWord, BadgeStyle::font(QFont::Bold), narrow, limits(21, 6, 2), &pdf.writer);
    CHECK(name.pointSize() == Approx(6));
    REQUIRE(name.lines().size() >= 2);
    CHECK_FALSE(name.shortened());
    for (const QString& line : name.lines().mid(0, name.lines().size() - 1))
        CHECK(line.endsWith(QLatin1Char('-')));
    CHECK(joinedWithoutHyphens(name, longWord));
    CHECK(name.size().width() <= narrow.width() + 0.5);
}

TEST_CASE("Text that may be shortened is cut with an ellipsis at the smallest size", "[badge]")
{
    PdfDevice pdf;
    const QSizeF box(30 * pdf.mm(), 30 * pdf.mm());
    const QString organisation
        = QStringLiteral("Ministry of Natural Resources and Environment of the Socialist Republic of Viet Nam");
    const FittedText cut
        = FittedText::fitted(organisation, BadgeStyle::font(), box, limits(9, 6, 2, true), &pdf.writer);
    CHECK(cut.shortened());
    CHECK(cut.pointSize() == Approx(6));
    CHECK(cut.lines().size() == 2);
    CHECK(cut.lines().last().endsWith(QStringLiteral("…")));
    CHECK(cut.fits(box));
    // Cut after a whole word where one fits, the words before it as written.
    CHECK(organisation.startsWith(cut.lines().first()));

    const FittedText whole = FittedText::fitted(QStringLiteral("Kitakyushu City"), BadgeStyle::font(), box,
                                                limits(9, 6, 2, true), &pdf.writer);
    CHECK_FALSE(whole.shortened());
}

TEST_CASE("Japanese organisations wrap between phrases", "[badge]")
{
    PdfDevice pdf;
    const QFont font = BadgeStyle::font();
    const QSizeF box(40 * pdf.mm(), 20 * pdf.mm());
    const FittedText text = FittedText::fitted(QStringLiteral("株式会社北九州エンジニアリング"), font, box,
                                               limits(9, 6, 2, true), &pdf.writer);
    REQUIRE(text.lines().size() == 2);
    CHECK(text.lines() == QStringList {QStringLiteral("株式会社北九州"), QStringLiteral("エンジニアリング")});
    const FittedText centre
        = FittedText::fitted(QStringLiteral("公益財団法人地球環境戦略研究機関北九州アーバンセンター"), font, box,
                             limits(9, 6, 2, true), &pdf.writer);
    CHECK_FALSE(centre.shortened());
    for (const QString& line : centre.lines()) {
        CHECK_FALSE(line.endsWith(QStringLiteral("九")));
        CHECK_FALSE(line.endsWith(QStringLiteral("アーバン")));
    }
}

TEST_CASE("One line of a text stands alone with its own height", "[badge]")
{
    PdfDevice pdf;
    const FittedText text
        = FittedText::fitted(QStringLiteral("one two three four five six seven eight"), BadgeStyle::font(),
                             QSizeF(20 * pdf.mm(), 1e6), limits(10, 10, 100), &pdf.writer);
    REQUIRE(text.lines().size() > 2);
    const FittedText second = text.line(1);
    CHECK(second.lines() == QStringList {text.lines().at(1)});
    CHECK(second.size().height() == Approx(FittedText::lineHeight(BadgeStyle::font(), 10, &pdf.writer)));
}
