#include <catch2/catch.hpp>

#include "core/models/SeminarListModel.h"
#include "core/stores/SeminarStore.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

TEST_CASE("The seminar list puts upcoming seminars first", "[model]")
{
    TestDatabaseFile file;
    SeminarStore store(file.database());
    for (const auto& [title, day] :
         {qMakePair(QStringLiteral("Past"), QDate(2026, 5, 1)), qMakePair(QStringLiteral("Later"), QDate(2027, 5, 1)),
          qMakePair(QStringLiteral("Sooner"), QDate(2027, 1, 10))}) {
        Seminar seminar = makeSeminar(title);
        seminar.titleJa.clear();
        seminar.startsAt = QDateTime(day, QTime(13, 0));
        seminar.endsAt = QDateTime(day, QTime(17, 0));
        REQUIRE(store.insert(seminar).ok());
    }
    SeminarListModel model(file.database());
    model.setNow(QDateTime(QDate(2026, 11, 28), QTime(9, 0)));
    INFO(model.lastError().toStdString());
    REQUIRE(model.rowCount() == 3);
    QStringList titles;
    for (int row = 0; row < 3; ++row)
        titles.append(model.index(row, SeminarListModel::TitleColumn).data().toString());
    CHECK(titles == QStringList {QStringLiteral("Sooner"), QStringLiteral("Later"), QStringLiteral("Past")});
}
