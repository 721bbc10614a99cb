#include <catch2/catch.hpp>

#include "core/rota/RotaCheck.h"
#include "core/rota/RotaProposal.h"
#include "core/stores/BoothStore.h"
#include "core/stores/ContactStore.h"
#include "core/stores/DemoSeminar.h"
#include "core/stores/ProgrammeStore.h"
#include "core/stores/SeminarStore.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

const QDate day(2027, 2, 12);

QDateTime at(int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute));
}

// A seminar 10:00 to 12:00 in Japanese and English: one Japanese talk, 10:00 to 11:30, interpreted
// into English by A (contact 1) and B (contact 2) in turns of 30 minutes.
struct RotaFixture
{
    RotaFixture()
    {
        seminar.startsAt = at(10, 0);
        seminar.endsAt = at(12, 0);
        ProgrammeItem talk;
        talk.startsAt = QTime(10, 0);
        talk.endsAt = QTime(11, 30);
        talk.language = QStringLiteral("ja");
        programme.append(talk);
        Booth booth;
        booth.id = 1;
        booth.name = QStringLiteral("English");
        booth.languagePair = QStringLiteral("ja-en");
        booths.append({booth, {turn(1, 1, 10, 0, 10, 30), turn(1, 2, 10, 30, 11, 0), turn(1, 1, 11, 0, 11, 30)}});
    }

    static StaffedBooth::Shift turn(qint64 boothId, qint64 contactId, int fromHour, int fromMinute, int toHour,
                                    int toMinute)
    {
        return {{0, boothId, contactId, at(fromHour, fromMinute), at(toHour, toMinute)},
                contactId == 1 ? QStringLiteral("A") : QStringLiteral("B%1").arg(contactId)};
    }

    QList<RotaCheck::Kind> kinds() const
    {
        QList<RotaCheck::Kind> found;
        for (const RotaCheck::Warning& warning : RotaCheck::warnings(seminar, programme, booths))
            found.append(warning.kind);
        return found;
    }

    QStringList messages() const
    {
        QStringList found;
        for (const RotaCheck::Warning& warning : RotaCheck::warnings(seminar, programme, booths))
            found.append(warning.message);
        return found;
    }

    Seminar seminar;
    QList<ProgrammeItem> programme;
    QList<StaffedBooth> booths;
};

} // namespace

using Kind = RotaCheck::Kind;

TEST_CASE("A sound rota gets no warning", "[rota][check]")
{
    RotaFixture fixture;
    // Nobody speaks English, so nobody needs a booth into Japanese.
    CHECK(fixture.kinds().isEmpty());
}

TEST_CASE("A booth with fewer interpreters than the norm for its hours is warned of", "[rota][check]")
{
    RotaFixture fixture;
    fixture.booths[0].shifts = {RotaFixture::turn(1, 1, 10, 0, 10, 30)};
    CHECK(fixture.kinds() == QList<Kind> {Kind::SmallTeam});
    CHECK(fixture.messages().first().contains(QStringLiteral("“English”")));
    CHECK(fixture.messages().first().contains(QStringLiteral("90 minutes")));
    fixture.booths[0].shifts.append(RotaFixture::turn(1, 2, 10, 30, 11, 0));
    CHECK(fixture.kinds().isEmpty());
}

TEST_CASE("A team of two above three and a half hours gets a notice, above eight hours a plan is refused",
          "[rota][check]")
{
    RotaFixture fixture;
    fixture.programme[0].endsAt = QTime(13, 45);
    fixture.seminar.endsAt = at(14, 0);
    CHECK(fixture.kinds() == QList<Kind> {Kind::LongDayForTwo});
    fixture.booths[0].shifts.append(RotaFixture::turn(1, 3, 11, 30, 12, 0));
    CHECK(fixture.kinds().isEmpty());
    fixture.programme[0].endsAt = QTime(18, 30);
    fixture.seminar.endsAt = at(19, 0);
    CHECK(fixture.kinds() == QList<Kind> {Kind::DayTooLong});
    CHECK(fixture.messages().first().contains(QStringLiteral("split the day")));
}

TEST_CASE("Three languages need six interpreters in all", "[rota][check]")
{
    RotaFixture fixture;
    fixture.seminar.languages = {QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("zh")};
    Booth chinese;
    chinese.id = 2;
    chinese.name = QStringLiteral("Chinese");
    chinese.languagePair = QStringLiteral("ja-zh");
    chinese.channel = 2;
    fixture.booths.append({chinese, {RotaFixture::turn(2, 3, 10, 0, 10, 30), RotaFixture::turn(2, 4, 10, 30, 11, 0)}});
    CHECK(fixture.kinds() == QList<Kind> {Kind::SmallTeamForLanguages});
    CHECK(fixture.messages().first().contains(QStringLiteral("has 4 interpreter(s) in all")));
    fixture.booths[1].shifts.append(RotaFixture::turn(2, 5, 11, 0, 11, 30));
    fixture.booths[0].shifts.append(RotaFixture::turn(1, 6, 11, 0, 11, 30));
    fixture.booths[0].shifts.removeAt(2);
    CHECK(fixture.kinds().isEmpty());
}

TEST_CASE("An interpreter in two booths at once is warned of, with both booths and the times", "[rota][check]")
{
    RotaFixture fixture;
    Booth japanese;
    japanese.id = 2;
    japanese.name = QStringLiteral("Japanese");
    japanese.languagePair = QStringLiteral("en-ja");
    japanese.channel = 2;
    fixture.booths.append(
        {japanese, {RotaFixture::turn(2, 1, 10, 15, 10, 45), RotaFixture::turn(2, 4, 10, 45, 11, 0)}});
    const QList<RotaCheck::Warning> warnings = RotaCheck::warnings(fixture.seminar, fixture.programme, fixture.booths);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().kind == Kind::TwoBoothsAtOnce);
    CHECK(warnings.first().boothIds == QList<qint64> {1, 2});
    CHECK(warnings.first().message
          == QStringLiteral("A is in booth “English” and in booth “Japanese” at once, from 10:15 to 10:30."));
    CHECK(RotaCheck::forBooth(warnings, 2).size() == 1);
    CHECK(RotaCheck::forBooth(warnings, 3).isEmpty());
    fixture.booths[1].shifts[0] = RotaFixture::turn(2, 3, 10, 15, 10, 45);
    CHECK(fixture.kinds().isEmpty());
}

TEST_CASE("A turn longer than the seminar's turn length is warned of", "[rota][check]")
{
    RotaFixture fixture;
    fixture.seminar.turnMinutes = 20;
    CHECK(fixture.kinds() == QList<Kind> {Kind::LongTurn, Kind::LongTurn, Kind::LongTurn});
    CHECK(fixture.messages().first()
          == QStringLiteral("A's turn in booth “English” from 10:00 to 10:30 is longer than 20 minutes."));
    fixture.seminar.turnMinutes = 30;
    CHECK(fixture.kinds().isEmpty());
}

TEST_CASE("A shift outside the seminar is warned of", "[rota][check]")
{
    RotaFixture fixture;
    fixture.booths[0].shifts.append(RotaFixture::turn(1, 2, 11, 50, 12, 10));
    CHECK(fixture.kinds() == QList<Kind> {Kind::OutsideSeminar});
    CHECK(fixture.messages().first().startsWith(QStringLiteral("B2's shift in booth “English” from ")));
    fixture.booths[0].shifts.last().shift.endsAt = at(12, 0);
    CHECK(fixture.kinds().isEmpty());
}

TEST_CASE("A target language without a booth needs relay", "[rota][check]")
{
    RotaFixture fixture;
    ProgrammeItem answers;
    answers.startsAt = QTime(11, 30);
    answers.endsAt = QTime(11, 40);
    answers.language = QStringLiteral("en");
    fixture.programme.append(answers);
    CHECK(fixture.kinds() == QList<Kind> {Kind::RelayNeeded});
    CHECK(fixture.messages().first().contains(QStringLiteral("Japanese")));
    Booth japanese;
    japanese.id = 2;
    japanese.name = QStringLiteral("Japanese");
    japanese.languagePair = QStringLiteral("en-ja");
    fixture.booths.append({japanese, {RotaFixture::turn(2, 3, 11, 30, 11, 40)}});
    CHECK(fixture.kinds().isEmpty());
}

TEST_CASE("The demo seminar's rota passes every check", "[rota][check][demo]")
{
    TestDatabaseFile file;
    const qint64 seminarId = *DemoSeminar::fill(file.database(), 0);
    const Seminar seminar = *SeminarStore(file.database()).find(seminarId);
    const QList<ProgrammeItem> programme = *ProgrammeStore(file.database()).forSeminar(seminarId);
    const QList<StaffedBooth> booths = *BoothStore(file.database()).staffedForSeminar(seminarId);
    QStringList messages;
    for (const RotaCheck::Warning& warning : RotaCheck::warnings(seminar, programme, booths))
        messages.append(warning.message);
    CHECK(messages.isEmpty());
    // The interpreters the demo links to the seminar are shared out between its two booths.
    CHECK(ContactStore(file.database()).forSeminar(seminarId, Contact::Role::Interpreter)->size() == 4);
    CHECK(booths.at(0).interpreterNames().size() == 2);
    CHECK(booths.at(1).interpreterNames().size() == 2);
}
