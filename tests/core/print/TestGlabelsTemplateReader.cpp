#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "core/print/GlabelsTemplateReader.h"
#include "core/print/LabelSheetCatalog.h"
#include "support/CatchQt.h"

using namespace sd;

namespace {

const QString fixture = QStringLiteral(SEMINAR_DESK_TEST_DATA "/glabels-fixture.xml");
const QString broken = QStringLiteral(SEMINAR_DESK_TEST_DATA "/glabels-broken.xml");

GlabelsTemplateReader readerWithPaper()
{
    GlabelsTemplateReader reader;
    reader.setPaperSizes(
        {{QStringLiteral("A4"), QSizeF(210, 297)}, {QStringLiteral("US-Letter"), QSizeF(215.9, 279.4)}});
    return reader;
}

const LabelSheet* byPart(const QList<LabelSheet>& sheets, const QString& part)
{
    for (const LabelSheet& sheet : sheets) {
        if (sheet.partNumber == part)
            return &sheet;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Lengths are read in points, inches, millimetres, centimetres and picas", "[glabels]")
{
    CHECK(*GlabelsTemplateReader::lengthMm(QStringLiteral("72pt")) == Approx(25.4));
    CHECK(*GlabelsTemplateReader::lengthMm(QStringLiteral("72")) == Approx(25.4));
    CHECK(*GlabelsTemplateReader::lengthMm(QStringLiteral("0.5in")) == Approx(12.7));
    CHECK(*GlabelsTemplateReader::lengthMm(QStringLiteral("3mm")) == Approx(3));
    CHECK(*GlabelsTemplateReader::lengthMm(QStringLiteral("1.5cm")) == Approx(15));
    CHECK(*GlabelsTemplateReader::lengthMm(QStringLiteral("6pc")) == Approx(25.4));
    CHECK_FALSE(GlabelsTemplateReader::lengthMm(QStringLiteral("3 furlongs")).has_value());
    CHECK(*GlabelsTemplateReader::lengthMm(QStringLiteral("11.in")) == Approx(279.4));
    // What glabels itself reads as 0, and installed templates contain.
    CHECK(*GlabelsTemplateReader::lengthMm(QStringLiteral("")) == 0);
    CHECK(*GlabelsTemplateReader::lengthMm(QStringLiteral("in")) == 0);
}

TEST_CASE("A glabels template file gives its rectangular sheets", "[glabels]")
{
    GlabelsTemplateReader reader = readerWithPaper();
    auto sheets = reader.readFile(fixture);
    REQUIRE(sheets.ok());
    REQUIRE(sheets->size() == 4); // the round labels are left out

    const LabelSheet* mm = byPart(*sheets, QStringLiteral("MM-10"));
    REQUIRE(mm);
    CHECK(mm->name() == QStringLiteral("Test MM-10"));
    CHECK(mm->description == QStringLiteral("Badges in millimetres"));
    CHECK(mm->pageSizeMm == QSizeF(210, 297));
    CHECK(mm->cornerRadiusMm == Approx(4));
    CHECK(mm->labelsPerSheet() == 10);
    CHECK(mm->labelRectMm(9).left() == Approx(113));
    CHECK(mm->labelRectMm(9).top() == Approx(233));

    const LabelSheet* inches = byPart(*sheets, QStringLiteral("IN-8"));
    REQUIRE(inches);
    CHECK(inches->labelWidthMm == Approx(85.725));
    CHECK(inches->labelRectMm(7).top() == Approx(14.817 + 3 * 63.5).margin(0.01));

    const LabelSheet* equivalent = byPart(*sheets, QStringLiteral("IN-8B"));
    REQUIRE(equivalent);
    CHECK(equivalent->labelRectMm(7) == inches->labelRectMm(7));

    const LabelSheet* staggered = byPart(*sheets, QStringLiteral("PT-STAGGER"));
    REQUIRE(staggered);
    CHECK(staggered->pageSizeMm.width() == Approx(215.9));
    CHECK(staggered->labelsPerSheet() == 8);
    CHECK(staggered->labelRectMm(5).left() == Approx(12.7 + 2 * 63.5));
    CHECK(staggered->labelRectMm(6).topLeft().x() == Approx(90));
    CHECK(staggered->labelRectMm(7).left() == Approx(90 + 50.8)); // no dx: labels touch
}

TEST_CASE("A broken template file is an error that names the file and line", "[glabels]")
{
    GlabelsTemplateReader reader = readerWithPaper();
    auto sheets = reader.readFile(broken);
    REQUIRE_FALSE(sheets.ok());
    CHECK(sheets.error().contains(QStringLiteral("glabels-broken.xml")));
    CHECK(sheets.error().contains(QStringLiteral("line 4")));

    auto missing = reader.readFile(QStringLiteral(SEMINAR_DESK_TEST_DATA "/no-such-templates.xml"));
    REQUIRE_FALSE(missing.ok());
}

TEST_CASE("A template folder skips broken files with a warning and keeps the rest", "[glabels]")
{
    QTemporaryDir folder;
    REQUIRE(QFile::copy(fixture, folder.filePath(QStringLiteral("good-templates.xml"))));
    REQUIRE(QFile::copy(broken, folder.filePath(QStringLiteral("broken-templates.xml"))));
    QFile paper(folder.filePath(QStringLiteral("paper-sizes.xml")));
    REQUIRE(paper.open(QIODevice::WriteOnly));
    paper.write("<Glabels-paper-sizes>\n"
                "  <Paper-size id=\"A4\" _name=\"A4\" width=\"210mm\" height=\"297mm\"/>\n"
                "  <Paper-size id=\"US-Letter\" _name=\"US Letter\" width=\"8.5in\" height=\"11in\"/>\n"
                "</Glabels-paper-sizes>\n");
    paper.close();

    const LabelSheetCatalog catalog(folder.path());
    REQUIRE(catalog.warnings().size() == 1);
    CHECK(catalog.warnings().first().contains(QStringLiteral("broken-templates.xml")));
    CHECK(catalog.sheets().size() == LabelSheetCatalog::builtIn().size() + 4);
    CHECK(catalog.find(QStringLiteral("Test IN-8B")).ok());
    // Built-in sheets come first, so they win over a template of the same name.
    CHECK(catalog.sheets().first().name() == QStringLiteral("A-One 51002"));
}

TEST_CASE("Every installed glabels template file is read", "[glabels]")
{
    const QDir installed(GlabelsTemplateReader::defaultFolder());
    INFO("glabels-data, which packaging/install-deps.sh installs, puts its templates in "
         << installed.path().toStdString());
    REQUIRE(installed.exists());
    const QStringList files = installed.entryList({QStringLiteral("*-templates.xml")}, QDir::Files);
    REQUIRE_FALSE(files.isEmpty());
    GlabelsTemplateReader reader;
    REQUIRE(reader.readPaperSizes(installed.filePath(QStringLiteral("paper-sizes.xml"))).ok());
    int total = 0;
    for (const QString& file : files) {
        auto sheets = reader.readFile(installed.filePath(file));
        INFO(file.toStdString() << ": " << sheets.error().toStdString());
        CHECK(sheets.ok());
        if (sheets)
            total += int(sheets->size());
    }
    CHECK(total > 500);

    const LabelSheetCatalog catalog(installed.path());
    CHECK(catalog.warnings().isEmpty());
    auto avery = catalog.sheets();
    const LabelSheet* l4785 = nullptr;
    for (const LabelSheet& sheet : avery) {
        if (sheet.name() == QStringLiteral("Avery L4785") && sheet.description.contains(QStringLiteral("Acetate")))
            l4785 = &sheet;
    }
    REQUIRE(l4785);
    const LabelSheet builtIn = *catalog.find(QStringLiteral("Avery L4785"));
    for (int i = 0; i < builtIn.labelsPerSheet(); ++i) {
        CHECK(l4785->labelRectMm(i).left() == Approx(builtIn.labelRectMm(i).left()).margin(0.1));
        CHECK(l4785->labelRectMm(i).top() == Approx(builtIn.labelRectMm(i).top()).margin(0.1));
    }
}
