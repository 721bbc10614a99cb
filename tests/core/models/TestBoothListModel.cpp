#include <catch2/catch.hpp>

#include <QSignalSpy>

#include "core/models/BoothListModel.h"
#include "core/stores/BoothStore.h"
#include "core/stores/ContactStore.h"
#include "support/CatchQt.h"
#include "support/SeminarFixture.h"

using namespace sd;

TEST_CASE("The booth list shows a seminar's booths by channel with their interpreters", "[model][booth]")
{
    SeminarFixture fixture;
    const Database& database = fixture.file.database();
    Contact interpreter;
    interpreter.name = QStringLiteral("赤木 通訳");
    const qint64 akagi = *ContactStore(database).insert(interpreter);
    interpreter.name = QStringLiteral("Jane Example");
    const qint64 jane = *ContactStore(database).insert(interpreter);
    BoothStore booths(database);
    Booth booth;
    booth.seminarId = fixture.seminarId;
    booth.name = QStringLiteral("English");
    booth.channel = 2;
    const qint64 english = *booths.insert(booth);
    booth.name = QStringLiteral("Chinese");
    booth.channel = 1;
    booth.languagePair = QStringLiteral("ja-zh");
    const qint64 chinese = *booths.insert(booth);
    InterpreterShift shift;
    shift.contactId = akagi;
    shift.startsAt = QDateTime(QDate(2027, 2, 12), QTime(13, 30));
    shift.endsAt = shift.startsAt.addSecs(3600);
    InterpreterShift later = shift;
    later.contactId = jane;
    later.startsAt = shift.endsAt;
    later.endsAt = later.startsAt.addSecs(3600);
    REQUIRE(booths.replaceShifts(english, {later, shift}).ok());

    BoothListModel model(database);
    CHECK(model.rowCount() == 0);
    model.setSeminar(fixture.seminarId);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.lastError().isEmpty());
    CHECK(model.idAt(0) == chinese);
    CHECK(model.rowOf(english) == 1);
    CHECK(model.index(1, BoothListModel::ChannelColumn).data().toString() == QStringLiteral("2"));
    CHECK(model.index(1, BoothListModel::NameColumn).data().toString() == QStringLiteral("English"));
    CHECK(model.index(1, BoothListModel::InterpretersColumn).data().toString()
          == QStringLiteral("赤木 通訳, Jane Example"));
    CHECK(model.index(0, BoothListModel::LanguagesColumn).data().toString() == QStringLiteral("ja-zh"));
    CHECK(model.index(0, 0).data(RecordListModel::IdRole).toLongLong() == chinese);
    CHECK(model.columnCount() == BoothListModel::ColumnCount);
    CHECK(model.headerData(BoothListModel::InterpretersColumn, Qt::Horizontal).toString()
          == QStringLiteral("Interpreters"));
    CHECK(model.booths().size() == 2);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    REQUIRE(booths.remove(chinese).ok());
    model.reload();
    CHECK(reset.count() == 1);
    CHECK(model.rowCount() == 1);
    CHECK(model.rowOf(chinese) == -1);
}
