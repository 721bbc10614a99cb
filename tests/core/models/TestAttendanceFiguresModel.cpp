#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFont>

#include "core/checkin/CheckInDesk.h"
#include "core/models/AttendanceFiguresModel.h"
#include "core/stores/RecordEdits.h"
#include "support/CatchQt.h"
#include "support/SeminarFixture.h"

using namespace sd;

namespace {

Attendee person(const char* family, const char* organisation, const char* category)
{
    Attendee attendee = makeAttendee(QString::fromUtf8(family), QStringLiteral("Given"));
    attendee.organisation = QString::fromUtf8(organisation);
    attendee.category = QString::fromLatin1(category);
    return attendee;
}

QString cell(const AttendanceFiguresModel& model, const QModelIndex& parent, int row, int column)
{
    return model.index(row, column, parent).data().toString();
}

} // namespace

TEST_CASE("The attendance figures on screen are the summary's, everyone first, then by category and "
          "organisation",
          "[model][attendance]")
{
    SeminarFixture fixture;
    RecordEdits edits(fixture.file.database());
    CheckInDesk desk(fixture.file.database(), edits, fixture.seminarId, Desk::named(QStringLiteral("Desk 1")));
    const qint64 came = fixture.registerAttendee(person("Came", "IGES", "participant")).registrationId;
    fixture.registerAttendee(person("Stayed", "IGES", "participant"));
    fixture.registerAttendee(person("Away", "", "speaker"));
    REQUIRE(desk.checkIn(came).ok());
    REQUIRE(desk.walkIn(person("Door", "City", "press"), false).ok());
    auto summary = AttendanceSummary::load(fixture.file.database(), fixture.seminarId);
    REQUIRE(summary.ok());

    AttendanceFiguresModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setSummary(*summary);

    REQUIRE(model.rowCount() == AttendanceFiguresModel::TopRowCount);
    const QModelIndex root;
    using Model = AttendanceFiguresModel;
    CHECK(cell(model, root, Model::EveryoneRow, Model::LabelColumn) == QStringLiteral("Everyone"));
    CHECK(cell(model, root, Model::EveryoneRow, Model::RegisteredColumn) == QStringLiteral("3"));
    CHECK(cell(model, root, Model::EveryoneRow, Model::AttendedColumn) == QStringLiteral("2"));
    CHECK(cell(model, root, Model::EveryoneRow, Model::WalkInsColumn) == QStringLiteral("1"));
    CHECK(cell(model, root, Model::EveryoneRow, Model::NoShowsColumn) == QStringLiteral("2"));
    CHECK(cell(model, root, Model::EveryoneRow, Model::RateColumn) == summary->total().rateText(QLocale()));
    CHECK(model.index(Model::EveryoneRow, 0).data(Qt::FontRole).value<QFont>().bold());
    CHECK(model.rowCount(model.index(Model::EveryoneRow, 0)) == 0);

    // The group headings carry no figures of their own.
    const QModelIndex categories = model.index(Model::CategoryGroupRow, 0);
    CHECK(categories.data().toString() == QStringLiteral("By category"));
    CHECK(cell(model, root, Model::CategoryGroupRow, Model::RegisteredColumn).isEmpty());
    REQUIRE(model.rowCount(categories) == int(summary->byCategory().size()));
    for (int row = 0; row < model.rowCount(categories); ++row) {
        const AttendanceSummary::Figures& figures = summary->byCategory().at(row);
        CHECK(cell(model, categories, row, Model::LabelColumn) == Attendee::categoryName(figures.label));
        CHECK(cell(model, categories, row, Model::AttendedColumn) == QString::number(figures.attended));
        CHECK(cell(model, categories, row, Model::NoShowsColumn) == QString::number(figures.noShows));
        CHECK(model.parent(model.index(row, 0, categories)) == categories);
    }
    CHECK(cell(model, categories, 0, Model::LabelColumn) == QStringLiteral("Participant"));
    CHECK(cell(model, categories, 0, Model::RateColumn) == QStringLiteral("50.0%"));

    const QModelIndex organisations = model.index(Model::OrganisationGroupRow, 0);
    REQUIRE(model.rowCount(organisations) == 3);
    QStringList labels;
    for (int row = 0; row < 3; ++row)
        labels.append(cell(model, organisations, row, Model::LabelColumn));
    CHECK(labels.contains(QStringLiteral("IGES")));
    CHECK(labels.contains(QStringLiteral("City")));
    CHECK(labels.contains(QStringLiteral("(no organisation)")));
    CHECK(model.index(0, Model::LabelColumn, organisations).data(Qt::ToolTipRole) == labels.constFirst());
    CHECK(model.headerData(Model::NoShowsColumn, Qt::Horizontal).toString() == QStringLiteral("No-shows"));
}
