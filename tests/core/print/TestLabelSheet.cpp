#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

#include "core/print/LabelSheetCatalog.h"
#include "support/CatchQt.h"

using namespace sd;

namespace {

constexpr qreal tolerance = 0.1;
constexpr qreal mmPerInch = 25.4;

// The sheet's figures as the issue gives them (in its own units), independent of the JSON.
struct Expected
{
    const char* name;
    qreal pageWidth, pageHeight, width, height, radius;
    int columns, rows;
    qreal left, top, horizontalPitch, verticalPitch;
};

void checkSheet(const Expected& expected)
{
    const LabelSheetCatalog catalog(QString {});
    auto sheet = catalog.find(QString::fromUtf8(expected.name));
    INFO(expected.name);
    REQUIRE(sheet.ok());
    CHECK(sheet->pageSizeMm.width() == Approx(expected.pageWidth).margin(tolerance));
    CHECK(sheet->pageSizeMm.height() == Approx(expected.pageHeight).margin(tolerance));
    CHECK(sheet->cornerRadiusMm == Approx(expected.radius).margin(tolerance));
    REQUIRE(sheet->labelsPerSheet() == expected.columns * expected.rows);
    for (int row = 0; row < expected.rows; ++row) {
        for (int column = 0; column < expected.columns; ++column) {
            const QRectF rect = sheet->labelRectMm(row * expected.columns + column);
            INFO("label " << row * expected.columns + column + 1);
            CHECK(rect.left() == Approx(expected.left + column * expected.horizontalPitch).margin(tolerance));
            CHECK(rect.top() == Approx(expected.top + row * expected.verticalPitch).margin(tolerance));
            CHECK(rect.width() == Approx(expected.width).margin(tolerance));
            CHECK(rect.height() == Approx(expected.height).margin(tolerance));
        }
    }
    CHECK(sheet->validationError().isEmpty());
}

} // namespace

TEST_CASE("Each built-in sheet puts its labels where the maker says, within 0.1 mm", "[labels]")
{
    checkSheet({"A-One 51002", 210, 297, 91, 55, 0, 2, 5, 14, 11, 91, 55});
    checkSheet({"Avery L4785", 210, 297, 80, 50, 4, 2, 5, 18, 13, 95, 55});
    checkSheet({"Avery 5395", 8.5 * mmPerInch, 11 * mmPerInch, 3.375 * mmPerInch, 2.333 * mmPerInch, 0.1875 * mmPerInch,
                2, 4, 0.6875 * mmPerInch, 0.5833 * mmPerInch, 3.75 * mmPerInch, 2.5 * mmPerInch});
    checkSheet({"Avery L7418", 210, 297, 86, 55, 0, 2, 4, 19, 38.5, 86, 55});
    checkSheet({"Card A6", 105, 148, 105, 148, 0, 1, 1, 0, 0, 105, 148});
}

TEST_CASE("Sheets are found by brand and part however they are typed", "[labels]")
{
    const LabelSheetCatalog catalog(QString {});
    CHECK(catalog.find(QStringLiteral("a-one 51002"))->partNumber == QStringLiteral("51002"));
    CHECK(catalog.find(QStringLiteral("AONE51002"))->brand == QStringLiteral("A-One"));
    CHECK(catalog.find(QStringLiteral("avery l7418"))->labelsPerSheet() == 8);
    const auto missing = catalog.find(QStringLiteral("Avery 99999"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("Avery 99999")));
}

TEST_CASE("A sheet's page size is the standard one when it is one", "[labels]")
{
    const LabelSheetCatalog catalog(QString {});
    CHECK(catalog.find(QStringLiteral("A-One 51002"))->pageSize().id() == QPageSize::A4);
    CHECK(catalog.find(QStringLiteral("Avery 5395"))->pageSize().id() == QPageSize::Letter);
    CHECK(catalog.find(QStringLiteral("Card A6"))->pageSize().id() == QPageSize::A6);
}

TEST_CASE("Geometry that puts labels off the page is refused", "[labels]")
{
    auto sheet = LabelSheet::fromJson({{QStringLiteral("brand"), QStringLiteral("Test")},
                                       {QStringLiteral("part"), QStringLiteral("1")},
                                       {QStringLiteral("pageWidthMm"), 210},
                                       {QStringLiteral("pageHeightMm"), 297},
                                       {QStringLiteral("labelWidthMm"), 120},
                                       {QStringLiteral("labelHeightMm"), 50},
                                       {QStringLiteral("layouts"),
                                        QJsonArray {QJsonObject {{QStringLiteral("columns"), 2},
                                                                 {QStringLiteral("rows"), 1},
                                                                 {QStringLiteral("leftMm"), 0},
                                                                 {QStringLiteral("topMm"), 0}}}}});
    REQUIRE_FALSE(sheet.ok());
    CHECK(sheet.error().contains(QStringLiteral("Label 2")));
}
