#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QColor>

#include "core/models/ProgrammeTableModel.h"
#include "support/CatchQt.h"

using namespace sd;

namespace {

QString cell(const ProgrammeTableModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

TEST_CASE("The programme table adds, types into, moves and removes items", "[programme][model]")
{
    using Model = ProgrammeTableModel;
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // The first item starts with the seminar; the next where the one above ends.
    CHECK(model.addItemAfter(-1, QTime(13, 30)) == 0);
    CHECK(cell(model, 0, Model::StartsColumn) == QStringLiteral("13:30"));
    REQUIRE(model.setData(model.index(0, Model::EndsColumn), QStringLiteral("1340")));
    REQUIRE(model.setData(model.index(0, Model::TitleJaColumn), QStringLiteral(" 開会挨拶 ")));
    REQUIRE(
        model.setData(model.index(0, Model::SpeakersColumn), QStringLiteral("八幡 健一（北九州市）; Jane DOE (UNEP)")));
    CHECK(model.addItemAfter(0, QTime(13, 30)) == 1);
    CHECK(cell(model, 1, Model::StartsColumn) == QStringLiteral("13:40"));
    REQUIRE(model.setData(model.index(1, Model::EndsColumn), QStringLiteral("１４：３０")));
    REQUIRE(model.setData(model.index(1, Model::TitleEnColumn), QStringLiteral("Keynote")));
    REQUIRE(model.setData(model.index(1, Model::LanguageColumn), QStringLiteral("en")));
    REQUIRE(model.setData(model.index(1, Model::KindColumn), QStringLiteral("break")));

    const ProgrammeItem first = model.items().at(0);
    CHECK(first.endsAt == QTime(13, 40));
    CHECK(first.titleJa == QStringLiteral("開会挨拶"));
    REQUIRE(first.speakers.size() == 2);
    CHECK(first.speakers.at(0).affiliation == QStringLiteral("北九州市"));
    CHECK(cell(model, 0, Model::SpeakersColumn) == QStringLiteral("八幡 健一 (北九州市); Jane DOE (UNEP)"));
    CHECK(cell(model, 0, Model::SpeakersColumn, Qt::ToolTipRole)
          == QStringLiteral("八幡 健一 (北九州市)\nJane DOE (UNEP)"));
    CHECK(cell(model, 0, Model::LanguageColumn) == QStringLiteral("Mixed / not said"));
    CHECK(cell(model, 1, Model::LanguageColumn) == QStringLiteral("English"));
    CHECK(cell(model, 1, Model::KindColumn) == QStringLiteral("Break"));
    CHECK(cell(model, 1, Model::KindColumn, Qt::EditRole) == QStringLiteral("break"));

    // What is no time is not taken; an emptied cell is no time.
    CHECK_FALSE(model.setData(model.index(1, Model::EndsColumn), QStringLiteral("25:00")));
    CHECK_FALSE(model.setData(model.index(1, Model::EndsColumn), QStringLiteral("soon")));
    CHECK(model.items().at(1).endsAt == QTime(14, 30));
    REQUIRE(model.setData(model.index(1, Model::EndsColumn), QString()));
    CHECK_FALSE(model.items().at(1).endsAt.isValid());

    CHECK(model.moveItem(1, -1));
    CHECK(model.items().at(0).titleEn == QStringLiteral("Keynote"));
    CHECK_FALSE(model.moveItem(0, -1));
    CHECK(model.moveItem(0, 1));
    CHECK(model.items().at(1).titleEn == QStringLiteral("Keynote"));
    CHECK_FALSE(model.moveItem(1, 1));
    model.removeItem(0);
    CHECK(model.rowCount() == 1);
    CHECK(model.headerData(0, Qt::Vertical).toInt() == 1);
}

TEST_CASE("An overlap shows in the rows of both items, and goes when the times are mended", "[programme][model]")
{
    using Model = ProgrammeTableModel;
    Model model;
    ProgrammeItem opening;
    opening.startsAt = QTime(13, 30);
    opening.endsAt = QTime(14, 0);
    opening.titleEn = QStringLiteral("Opening");
    ProgrammeItem keynote = opening;
    keynote.startsAt = QTime(13, 45);
    keynote.endsAt = QTime(14, 30);
    keynote.titleEn = QStringLiteral("Keynote");
    model.setItems({opening, keynote});
    CHECK(model.problemAt(0).contains(QStringLiteral("overlaps item 2 “Keynote”")));
    CHECK(model.problemAt(1).contains(QStringLiteral("overlaps item 1 “Opening”")));
    CHECK(cell(model, 1, Model::TitleEnColumn, Qt::ToolTipRole) == model.problemAt(1));
    CHECK(model.data(model.index(1, Model::StartsColumn), Qt::BackgroundRole).value<QColor>().isValid());
    CHECK_FALSE(model.data(model.index(1, Model::TitleEnColumn), Qt::BackgroundRole).isValid());

    int repainted = 0;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, [&repainted] { ++repainted; });
    REQUIRE(model.setData(model.index(1, Model::StartsColumn), QStringLiteral("14:00")));
    CHECK(model.problemAt(0).isEmpty());
    CHECK(model.problemAt(1).isEmpty());
    CHECK(repainted == 3); // the cell typed into, and both rows whose problem went
    CHECK(model.headerData(Model::SpeakersColumn, Qt::Horizontal, Qt::ToolTipRole).toString()
          == QStringLiteral("Name (Affiliation); Name (Affiliation)"));
}
