#include <catch2/catch.hpp>

#include <thread>

#include <QUndoStack>

#include "core/checkin/CheckInDesk.h"
#include "core/stores/CheckInLogStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "support/CatchQt.h"
#include "support/SeminarFixture.h"

using namespace sd;
using Outcome = CheckInAnswer::Outcome;

namespace {

// One desk on its own connection to the database, as a second window or process has.
struct SecondDesk
{
    explicit SecondDesk(const TestDatabaseFile& file, qint64 seminarId, const QString& name)
        : database(std::move(file.openAnother()).value())
        , edits(*database)
        , desk(*database, edits, seminarId, Desk {name, QStringLiteral("desk")})
    {
    }

    std::unique_ptr<Database> database;
    RecordEdits edits;
    CheckInDesk desk;
};

} // namespace

TEST_CASE("A desk that found someone a moment ago is told that another desk checked them in", "[checkin][desks]")
{
    SeminarFixture fixture;
    const auto person = fixture.registerAttendee(makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎")));
    SecondDesk first(fixture.file, fixture.seminarId, QStringLiteral("Entrance A"));
    SecondDesk second(fixture.file, fixture.seminarId, QStringLiteral("Entrance B"));
    // Both desks have the person on screen as registered, from a search.
    REQUIRE(second.desk.matches(QStringLiteral("山田"))->rows.at(0).registration.status
            == Registration::Status::Registered);
    auto checkedIn = first.desk.checkIn(person.registrationId);
    REQUIRE(checkedIn.ok());
    CHECK(checkedIn->outcome == Outcome::CheckedIn);
    auto late = second.desk.checkIn(person.registrationId);
    REQUIRE(late.ok());
    CHECK(late->outcome == Outcome::AlreadyCheckedIn);
    CHECK(late->desk == QStringLiteral("Entrance A"));
    CHECK(late->checkedInAt == checkedIn->checkedInAt);
    CHECK(CheckInLogStore(fixture.file.database()).forSeminar(fixture.seminarId)->size() == 1);
    CHECK(second.edits.undoStack()->count() == 0);
}

TEST_CASE("Two desks checking in at once keep every check-in and check no one in twice", "[checkin][desks]")
{
    SeminarFixture fixture;
    constexpr int people = 120;
    QList<qint64> registrations;
    for (int i = 0; i < people; ++i)
        registrations.append(
            fixture.registerAttendee(makeAttendee(QStringLiteral("Person"), QString::number(i))).registrationId);
    const qint64 seminarId = fixture.seminarId;
    // Each desk, on its own thread and connection, checks in everyone: one from the front of the
    // list, the other from the back, so that they meet in the middle and then race for each person.
    int checkedIn[2] = {0, 0};
    int already[2] = {0, 0};
    QStringList errors[2];
    const auto run = [&](int deskIndex) {
        SecondDesk desk(fixture.file, seminarId, QStringLiteral("Desk %1").arg(deskIndex + 1));
        for (int i = 0; i < people; ++i) {
            const qint64 id = registrations.at(deskIndex == 0 ? i : people - 1 - i);
            auto answer = desk.desk.checkIn(id);
            if (!answer)
                errors[deskIndex].append(answer.error());
            else if (answer->outcome == Outcome::CheckedIn)
                ++checkedIn[deskIndex];
            else if (answer->outcome == Outcome::AlreadyCheckedIn)
                ++already[deskIndex];
        }
    };
    std::thread first(run, 0);
    std::thread second(run, 1);
    first.join();
    second.join();
    INFO(errors[0].join(QLatin1Char('\n')).toStdString() << errors[1].join(QLatin1Char('\n')).toStdString());
    CHECK(errors[0].isEmpty());
    CHECK(errors[1].isEmpty());
    CHECK(checkedIn[0] + checkedIn[1] == people);
    CHECK(already[0] + already[1] == people);
    CHECK(CheckInLogStore(fixture.file.database()).forSeminar(seminarId)->size() == people);
    for (const Registration& registration : *RegistrationStore(fixture.file.database()).forSeminar(seminarId))
        CHECK(registration.status == Registration::Status::Attended);
}
