// Two desks at the door as two programs (two computers on one shared database, or two windows on
// one file): each checks in 500 people as fast as it can, 250 of them the same people at the
// same moments. Every person is checked in once, by one of them; the other is told so.
#include <catch2/catch.hpp>

#include <QProcess>
#include <QSet>

#include "core/stores/CheckInLogStore.h"
#include "core/stores/RegistrationStore.h"
#include "support/CatchQt.h"
#include "support/SeminarFixture.h"

using namespace sd;

namespace {

constexpr int people = 750;
constexpr int perDesk = 500;
constexpr int shared = 2 * perDesk - people;

// A desk's process, fed REGISTRATIONS on stdin.
struct DeskProcess
{
    DeskProcess(const TestDatabaseFile& file, qint64 seminarId, const QString& name, const QList<qint64>& registrations)
    {
        process.start(QStringLiteral(CHECKIN_DESK_PROCESS), {file.address(), QString::number(seminarId), name});
        QByteArray ids;
        for (qint64 id : registrations)
            ids += QByteArray::number(id) + '\n';
        process.write(ids);
        process.closeWriteChannel();
    }

    // How many the desk checked in and found checked in already.
    std::pair<int, int> counts()
    {
        REQUIRE(process.waitForFinished(300'000));
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        INFO(errors.toStdString());
        CHECK(errors.isEmpty());
        CHECK(process.exitCode() == 0);
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
        REQUIRE(lines.size() >= 2);
        return {lines.at(0).section(QLatin1Char(' '), 1).toInt(), lines.at(1).section(QLatin1Char(' '), 1).toInt()};
    }

    QProcess process;
};

} // namespace

TEST_CASE("Two desk processes checking in 500 people each, 250 of them the same, check everyone in once",
          "[checkin][desks]")
{
    SeminarFixture fixture;
    QList<qint64> registrations;
    for (int i = 0; i < people; ++i)
        registrations.append(
            fixture.registerAttendee(makeAttendee(QStringLiteral("来場者"), QString::number(i))).registrationId);
    // The first desk takes people 0 to 499 in order; the second 500 to 749 first, then 250 to 499,
    // so that both reach the shared people at about the same moment and race for each of them.
    const QList<qint64> first = registrations.mid(0, perDesk);
    const QList<qint64> second = registrations.mid(perDesk) + registrations.mid(perDesk - shared, shared);
    DeskProcess deskA(fixture.file, fixture.seminarId, QStringLiteral("Entrance A"), first);
    DeskProcess deskB(fixture.file, fixture.seminarId, QStringLiteral("Entrance B"), second);
    const auto [checkedInA, alreadyA] = deskA.counts();
    const auto [checkedInB, alreadyB] = deskB.counts();

    CHECK(checkedInA + checkedInB == people);
    CHECK(alreadyA + alreadyB == shared);
    const auto log = CheckInLogStore(fixture.file.database()).forSeminar(fixture.seminarId);
    REQUIRE(log.ok());
    QSet<qint64> arrived;
    for (const CheckInLogEntry& entry : *log) {
        CHECK(entry.action == CheckInLogEntry::Action::CheckIn);
        arrived.insert(entry.attendeeId);
    }
    CHECK(log->size() == people); // no one twice
    CHECK(arrived.size() == people);
    const auto stored = RegistrationStore(fixture.file.database()).forSeminar(fixture.seminarId);
    REQUIRE(stored.ok());
    const auto attended = std::count_if(stored->begin(), stored->end(), [](const Registration& registration) {
        return registration.status == Registration::Status::Attended;
    });
    CHECK(attended == people);
}
