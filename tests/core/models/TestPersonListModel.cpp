#include <catch2/catch.hpp>

#include "core/models/PersonListModel.h"
#include "core/models/PersonRegistrationListModel.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "support/SeminarFixture.h"

using namespace sd;

namespace {

// The seminar fixture's seminar (Fri 12 Feb 2027), a later one, and three people: 渡辺 at both,
// 青木 at the first, Maria Santos at none (her seminar was deleted, say).
struct PeopleFixture : SeminarFixture
{
    PeopleFixture()
    {
        Seminar later = makeSeminar(QStringLiteral("Later seminar"));
        later.startsAt = QDateTime(QDate(2027, 5, 20), QTime(10, 0));
        later.endsAt = QDateTime(QDate(2027, 5, 20), QTime(12, 0));
        laterId = *SeminarStore(file.database()).insert(later);
        const Registered watanabe = registerAttendee(makeAttendee(
            QStringLiteral("渡辺"), QStringLiteral("誠"), QStringLiteral("ワタナベ"), QStringLiteral("マコト")));
        watanabeId = watanabe.attendeeId;
        firstRegistrationId = watanabe.registrationId;
        Registration atLater;
        atLater.seminarId = laterId;
        atLater.attendeeId = watanabeId;
        atLater.status = Registration::Status::Attended;
        laterRegistrationId = *RegistrationStore(file.database()).insert(atLater);
        aokiId = registerAttendee(makeAttendee(QStringLiteral("青木"), QStringLiteral("彩"), QStringLiteral("アオキ"),
                                               QStringLiteral("アヤ")))
                     .attendeeId;
        Attendee maria = makeAttendee(QStringLiteral("Santos"), QStringLiteral("Maria"));
        maria.organisation = QStringLiteral("Cebu City Government");
        maria.email = QStringLiteral("maria.santos@example.org");
        mariaId = *AttendeeStore(file.database()).insert(maria);
    }

    qint64 laterId = 0;
    qint64 watanabeId = 0;
    qint64 aokiId = 0;
    qint64 mariaId = 0;
    qint64 firstRegistrationId = 0;
    qint64 laterRegistrationId = 0;
};

QStringList column(const QAbstractItemModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

} // namespace

TEST_CASE("The People list shows every person, registered or not, with their registrations and last seminar",
          "[model][PersonListModel]")
{
    PeopleFixture fixture;
    PersonListModel model(fixture.file.database());
    REQUIRE(model.rowCount() == 3);
    CHECK(column(model, PersonListModel::NameColumn)
          == QStringList {QStringLiteral("Maria Santos"), QStringLiteral("青木 彩"), QStringLiteral("渡辺 誠")});
    CHECK(column(model, PersonListModel::ReadingColumn)
          == QStringList {QString(), QStringLiteral("アオキ アヤ"), QStringLiteral("ワタナベ マコト")});
    CHECK(column(model, PersonListModel::RegistrationsColumn)
          == QStringList {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")});
    CHECK(column(model, PersonListModel::LastSeminarColumn)
          == QStringList {QString(), QStringLiteral("Fri 12 Feb 2027"), QStringLiteral("Thu 20 May 2027")});
    CHECK(column(model, PersonListModel::IdColumn)
          == QStringList {QString::number(fixture.mariaId), QString::number(fixture.aokiId),
                          QString::number(fixture.watanabeId)});
    CHECK(model.idAt(0) == fixture.mariaId);
    CHECK(model.headerData(PersonListModel::LastSeminarColumn, Qt::Horizontal).toString()
          == QStringLiteral("Last seminar"));

    model.sort(PersonListModel::RegistrationsColumn, Qt::DescendingOrder);
    CHECK(column(model, PersonListModel::RegistrationsColumn)
          == QStringList {QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("0")});
    model.sort(PersonListModel::LastSeminarColumn, Qt::AscendingOrder);
    CHECK(model.idAt(2) == fixture.watanabeId);
    CHECK(model.rowOf(fixture.aokiId) == 1);

    // A registration taken off a seminar leaves the person on the list.
    REQUIRE(RegistrationStore(fixture.file.database()).remove(fixture.laterRegistrationId).ok());
    model.reload();
    CHECK(model.rowCount() == 3);
    CHECK(model.index(model.rowOf(fixture.watanabeId), PersonListModel::RegistrationsColumn).data().toString()
          == QStringLiteral("1"));
}

TEST_CASE("The People list finds people however their names are typed", "[model][PersonListModel][search]")
{
    PeopleFixture fixture;
    PersonListModel model(fixture.file.database());
    for (const QString& typed : {QStringLiteral("わたなべ"), QStringLiteral("ﾜﾀﾅﾍﾞ"), QStringLiteral("誠 渡辺")}) {
        model.setSearchText(typed);
        INFO(typed.toStdString());
        REQUIRE(model.rowCount() == 1);
        CHECK(model.idAt(0) == fixture.watanabeId);
    }
    model.setSearchText(QStringLiteral("cebu"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.idAt(0) == fixture.mariaId);
    model.setSearchText(QStringLiteral("MARIA.SANTOS@"));
    CHECK(model.rowCount() == 1);
    model.setSearchText(QStringLiteral("%"));
    CHECK(model.rowCount() == 0);
    model.setSearchText(QString());
    CHECK(model.rowCount() == 3);
}

TEST_CASE("A person's registrations are listed with their seminars, the latest first",
          "[model][PersonRegistrationListModel]")
{
    PeopleFixture fixture;
    PersonRegistrationListModel model(fixture.file.database());
    CHECK(model.rowCount() == 0);
    model.setAttendee(fixture.watanabeId);
    REQUIRE(model.rowCount() == 2);
    CHECK(column(model, PersonRegistrationListModel::SeminarColumn)
          == QStringList {QStringLiteral("Later seminar"), QStringLiteral("Test seminar")});
    CHECK(column(model, PersonRegistrationListModel::DateColumn)
          == QStringList {QStringLiteral("Thu 20 May 2027 10:00"), QStringLiteral("Fri 12 Feb 2027 13:30")});
    CHECK(column(model, PersonRegistrationListModel::StatusColumn)
          == QStringList {QStringLiteral("Attended"), QStringLiteral("Registered")});
    CHECK(model.idAt(0) == fixture.laterRegistrationId);
    CHECK(model.registrationAt(1).seminar.id == fixture.seminarId);
    CHECK(model.headerData(PersonRegistrationListModel::SeminarColumn, Qt::Horizontal).toString()
          == QStringLiteral("Seminar"));

    model.setAttendee(fixture.mariaId);
    CHECK(model.rowCount() == 0);
    CHECK(model.lastError().isEmpty());
}
