#include <catch2/catch.hpp>

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include "core/models/VenueListModel.h"
#include "gui/MessageBox.h"
#include "gui/VenueEditor.h"
#include "gui/desk/VenuePage.h"
#include "support/CatchQt.h"
#include "support/DeskFixture.h"
#include "support/GuiTestSupport.h"

using namespace sd;

TEST_CASE("The venue form refuses a venue without a name and keeps what was typed", "[VenuePage]")
{
    DeskFixture desk;
    desk.showPage<VenuePage>();
    QString refusal;
    whenDialogOpens<VenueEditor>([&refusal](VenueEditor& editor) {
        auto* address = child<QLineEdit>(editor, "addressEdit");
        type(address, QStringLiteral("Higashida 2-2-11"));
        QTest::keyClick(address, Qt::Key_Return);
        refusal = editor.errorText();
        type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Innovation Gallery"));
        QTest::keyClick(address, Qt::Key_Return);
    });
    desk.trigger("addAction");
    CHECK(refusal == QStringLiteral("A venue needs a name."));
    QTableView* venues = desk.view("venueView");
    REQUIRE(venues->model()->rowCount() == 1);
    CHECK(desk.cell("venueView", 0, VenueListModel::NameColumn) == QStringLiteral("Innovation Gallery"));
    CHECK(desk.cell("venueView", 0, VenueListModel::AddressColumn) == QStringLiteral("Higashida 2-2-11"));
}

TEST_CASE("A venue is edited, deleted and brought back, its columns show their headers whole", "[VenuePage]")
{
    DeskFixture desk;
    desk.showPage<VenuePage>();
    whenDialogOpens<VenueEditor>([](VenueEditor& editor) {
        auto* name = child<QLineEdit>(editor, "nameEdit");
        type(name, QStringLiteral("北九州イノベーションギャラリー"));
        QTest::keyClick(name, Qt::Key_Return);
    });
    desk.trigger("addAction");
    QTableView* venues = desk.view("venueView");
    REQUIRE(venues->model()->rowCount() == 1);
    for (int column = 0; column < VenueListModel::ColumnCount - 1; ++column) {
        const QString header = venues->model()->headerData(column, Qt::Horizontal).toString();
        INFO(header.toStdString());
        CHECK(venues->columnWidth(column) > venues->horizontalHeader()->fontMetrics().horizontalAdvance(header));
    }

    whenDialogOpens<VenueEditor>([](VenueEditor& editor) {
        auto* postalCode = child<QLineEdit>(editor, "postalCodeEdit");
        type(postalCode, QStringLiteral("805-0071"));
        QTest::keyClick(postalCode, Qt::Key_Return);
    });
    desk.trigger("editAction");
    CHECK(desk.cell("venueView", 0, VenueListModel::PostalCodeColumn) == QStringLiteral("805-0071"));
    desk.trigger("deleteAction");
    CHECK(venues->model()->rowCount() == 0);
    desk.trigger("undoAction");
    REQUIRE(venues->model()->rowCount() == 1);
    CHECK(desk.cell("venueView", 0, VenueListModel::PostalCodeColumn) == QStringLiteral("805-0071"));
}
