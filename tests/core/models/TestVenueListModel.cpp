#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QSqlQuery>

#include "core/models/VenueListModel.h"
#include "core/stores/VenueStore.h"
#include "support/CatchQt.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

TEST_CASE("The venue list shows every venue with its names, address and postal code", "[model][venue]")
{
    TestDatabaseFile file;
    Venue venue;
    venue.name = QStringLiteral("北九州イノベーションギャラリー");
    venue.nameEn = QStringLiteral("Kitakyushu Innovation Gallery & Studio");
    venue.address = QStringLiteral("北九州市八幡東区東田2-2-11");
    venue.postalCode = QStringLiteral("805-0071");
    const qint64 id = *VenueStore(file.database()).insert(venue);

    VenueListModel model(file.database());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.idAt(0) == id);
    CHECK(model.columnCount() == VenueListModel::ColumnCount);
    CHECK(model.index(0, VenueListModel::NameColumn).data().toString() == venue.name);
    CHECK(model.index(0, VenueListModel::NameEnColumn).data().toString() == venue.nameEn);
    CHECK(model.index(0, VenueListModel::AddressColumn).data().toString() == venue.address);
    CHECK(model.index(0, VenueListModel::PostalCodeColumn).data().toString() == venue.postalCode);
    CHECK(model.headerData(VenueListModel::NameEnColumn, Qt::Horizontal).toString()
          == QStringLiteral("Name (English)"));

    venue = *VenueStore(file.database()).find(id);
    venue.postalCode = QStringLiteral("805-0062");
    REQUIRE(VenueStore(file.database()).update(venue).ok());
    model.reload();
    CHECK(model.index(0, VenueListModel::PostalCodeColumn).data().toString() == QStringLiteral("805-0062"));
}

TEST_CASE("A venue list that cannot be read says why and shows nothing", "[model][venue]")
{
    TestDatabaseFile file;
    Venue venue;
    venue.name = QStringLiteral("Innovation Gallery");
    REQUIRE(VenueStore(file.database()).insert(venue).ok());
    VenueListModel model(file.database());
    REQUIRE(model.rowCount() == 1);
    QSignalSpy failed(&model, &RecordListModel::loadFailed);
    // As if another program had broken the file: the table is not there any more.
    QSqlQuery query(file.database().connection());
    REQUIRE(query.exec(QStringLiteral("ALTER TABLE venue RENAME TO venue_gone")));
    model.reload();
    CHECK(model.rowCount() == 0);
    REQUIRE(failed.count() == 1);
    CHECK(failed.at(0).at(0).toString() == model.lastError());
    CHECK(model.lastError().contains(QStringLiteral("venue")));
}
