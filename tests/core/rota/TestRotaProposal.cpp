#include <catch2/catch.hpp>

#include <QRandomGenerator>

#include "core/rota/InterpretedTime.h"
#include "core/rota/RotaProposal.h"
#include "core/stores/BoothStore.h"
#include "core/stores/DemoSeminar.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

const QDate day(2027, 2, 12);

// A seminar, its programme and its booths with teams nobody shares, drawn from a seed.
struct GeneratedSeminar
{
    Seminar seminar;
    QList<ProgrammeItem> programme;
    QList<StaffedBooth> booths;
    QList<qint64> interpreters;
};

GeneratedSeminar generate(quint32 seed)
{
    QRandomGenerator random(seed);
    GeneratedSeminar made;
    made.seminar.turnMinutes = random.bounded(Seminar::shortestTurnMinutes, Seminar::longestTurnMinutes + 1);
    QTime at(random.bounded(8, 14), 5 * random.bounded(12));
    made.seminar.startsAt = QDateTime(day, at);
    const QStringList languages {QString(), QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("zh")};
    const int items = random.bounded(1, 12);
    for (int index = 0; index < items && at < QTime(22, 0); ++index) {
        ProgrammeItem item;
        const int draw = random.bounded(100);
        item.kind = draw < 75 ? ProgrammeItem::Kind::Session
            : draw < 92       ? ProgrammeItem::Kind::Break
                              : ProgrammeItem::Kind::Text;
        item.language = languages.at(random.bounded(int(languages.size())));
        // Sometimes a gap before an item; items of 1 to 95 minutes, some at odd minutes.
        at = at.addSecs(60 * (random.bounded(4) == 0 ? random.bounded(1, 20) : 0));
        item.startsAt = at;
        if (item.kind != ProgrammeItem::Kind::Text || random.bounded(2) == 0) {
            at = at.addSecs(60 * random.bounded(1, 96));
            item.endsAt = at;
        }
        made.programme.append(item);
    }
    made.seminar.endsAt = QDateTime(day, at);
    const QStringList pairs {QStringLiteral("ja-en"), QStringLiteral("en-ja"), QStringLiteral("zh-ja")};
    const int booths = random.bounded(1, 4);
    for (int index = 0; index < booths; ++index) {
        Booth booth;
        booth.id = index + 1;
        booth.languagePair = pairs.at(index);
        booth.channel = index + 1;
        made.booths.append({booth, {}});
    }
    const int interpreters = random.bounded(booths, 4 * booths + 1);
    for (int contact = 1; contact <= interpreters; ++contact)
        made.interpreters.append(100 + contact);
    return made;
}

bool overlap(const InterpreterShift& a, const InterpreterShift& b)
{
    return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

// What the rota of one booth must hold; OTHERS: the turns of every other booth.
void checkBooth(const GeneratedSeminar& made, const Booth& booth, const QList<qint64>& team,
                const QList<InterpreterShift>& turns, const QList<InterpreterShift>& others)
{
    const InterpretedTime time(day, booth, made.programme);
    const qint64 limit = qint64(made.seminar.turnMinutes) * 60;
    // Every interpreted minute has exactly one live interpreter: the turns tile each stretch.
    int next = 0;
    for (const TimeRange& stretch : time.stretches()) {
        REQUIRE(next < turns.size());
        CHECK(turns.at(next).startsAt == stretch.start);
        while (next < turns.size() && turns.at(next).endsAt < stretch.end) {
            REQUIRE(next + 1 < turns.size());
            CHECK(turns.at(next + 1).startsAt == turns.at(next).endsAt);
            ++next;
        }
        REQUIRE(next < turns.size());
        CHECK(turns.at(next).endsAt == stretch.end);
        ++next;
    }
    CHECK(next == turns.size());
    for (int index = 0; index < turns.size(); ++index) {
        const InterpreterShift& turn = turns.at(index);
        CHECK(turn.startsAt < turn.endsAt);
        CHECK(turn.startsAt.secsTo(turn.endsAt) <= limit);
        CHECK(team.contains(turn.contactId));
        for (const InterpreterShift& other : others)
            CHECK_FALSE((other.contactId == turn.contactId && overlap(other, turn)));
        // Breaks are nobody's turn.
        for (const ProgrammeItem& item : made.programme) {
            if (item.kind == ProgrammeItem::Kind::Break && item.endsAt.isValid())
                CHECK_FALSE(overlap(turn, {0, 0, 0, QDateTime(day, item.startsAt), QDateTime(day, item.endsAt)}));
        }
        // Nobody twice in a row while a colleague is free.
        if (index > 0 && turns.at(index - 1).contactId == turn.contactId) {
            for (qint64 colleague : team) {
                bool busy = colleague == turn.contactId;
                for (const InterpreterShift& other : others)
                    busy |= other.contactId == colleague && overlap(other, turn);
                CHECK(busy);
            }
        }
        // A change off the programme's boundaries had none within 5 minutes it could move to.
        const bool change = index + 1 < turns.size() && turns.at(index + 1).startsAt == turn.endsAt;
        if (change && !time.boundaries().contains(turn.endsAt)) {
            for (const QDateTime& boundary : time.boundaries()) {
                const bool near = qAbs(boundary.secsTo(turn.endsAt)) <= RotaProposal::snapMinutes * 60;
                const bool allowed = boundary > turn.startsAt && turn.startsAt.secsTo(boundary) <= limit
                    && boundary < turns.at(index + 1).endsAt;
                CHECK_FALSE((near && allowed));
            }
        }
    }
}

} // namespace

TEST_CASE("Proposed rotas hold over many generated programmes", "[rota][proposal]")
{
    int checkedTurns = 0;
    for (quint32 seed = 1; seed <= 500; ++seed) {
        const GeneratedSeminar made = generate(seed);
        INFO("seed " << seed);
        const QList<QList<qint64>> teams = RotaProposal::teams(made.booths, made.interpreters);
        const QList<QList<InterpreterShift>> rotas
            = RotaProposal::forSeminar(made.seminar, made.programme, made.booths, made.interpreters);
        REQUIRE(rotas.size() == made.booths.size());
        for (int booth = 0; booth < made.booths.size(); ++booth) {
            CHECK_FALSE(teams.at(booth).isEmpty());
            QList<InterpreterShift> others;
            for (int other = 0; other < made.booths.size(); ++other) {
                if (other != booth)
                    others.append(rotas.at(other));
            }
            checkBooth(made, made.booths.at(booth).booth, teams.at(booth), rotas.at(booth), others);
            checkedTurns += int(rotas.at(booth).size());
        }
    }
    CHECK(checkedTurns > 2000);
}

TEST_CASE("Teams: a booth keeps its interpreters, the others share out the rest without overlap", "[rota][proposal]")
{
    Booth first;
    first.id = 1;
    Booth second;
    second.id = 2;
    Booth third;
    third.id = 3;
    StaffedBooth staffed {first, {{{0, 1, 7, {}, {}}, {}}, {{0, 1, 8, {}, {}}, {}}, {{0, 1, 7, {}, {}}, {}}}};
    const QList<QList<qint64>> teams = RotaProposal::teams({staffed, {second, {}}, {third, {}}}, {7, 9, 10, 11, 12});
    CHECK(teams.at(0) == QList<qint64> {7, 8});
    CHECK(teams.at(1) == QList<qint64> {9, 11});
    CHECK(teams.at(2) == QList<qint64> {10, 12});
}

TEST_CASE("An interpreter shared by two booths is not live in both", "[rota][proposal]")
{
    Seminar seminar;
    seminar.startsAt = QDateTime(day, QTime(10, 0));
    seminar.endsAt = QDateTime(day, QTime(11, 0));
    ProgrammeItem talk;
    talk.startsAt = QTime(10, 0);
    talk.endsAt = QTime(11, 0);
    Booth booth;
    booth.id = 2;
    booth.languagePair = QStringLiteral("en-ja");
    const QList<InterpreterShift> other {{0, 1, 5, seminar.startsAt, QDateTime(day, QTime(10, 30))}};
    const QList<InterpreterShift> turns = RotaProposal::forBooth(seminar, {talk}, booth, {5, 6}, other);
    REQUIRE(turns.size() == 2);
    CHECK(turns.at(0).contactId == 6);
    CHECK(turns.at(1).contactId == 5);
    CHECK(turns.at(0).boothId == 2);
}

TEST_CASE("The demo seminar's rota, turn by turn", "[rota][proposal][demo]")
{
    TestDatabaseFile file;
    const qint64 seminarId = *DemoSeminar::fill(file.database(), 0);
    const QList<StaffedBooth> booths = *BoothStore(file.database()).staffedForSeminar(seminarId);
    REQUIRE(booths.size() == 2);
    auto turnsOf = [](const StaffedBooth& staffed) {
        QStringList turns;
        for (const StaffedBooth::Shift& each : staffed.shifts) {
            turns.append(QStringLiteral("%1–%2 %3")
                             .arg(each.shift.startsAt.toString(QStringLiteral("HH:mm")),
                                  each.shift.endsAt.toString(QStringLiteral("HH:mm")), each.interpreterName));
        }
        return turns;
    };
    // Japanese into English: the Japanese and the mixed items; the reports in English are the
    // other booth's; the break nobody's.
    CHECK(booths.at(0).booth.languagePair == QStringLiteral("ja-en"));
    CHECK(turnsOf(booths.at(0))
          == QStringList {
              QStringLiteral("13:30–14:00 通訳 一子（架空）"), QStringLiteral("14:00–14:30 通訳 二郎（架空）"),
              QStringLiteral("15:45–16:10 通訳 一子（架空）"), QStringLiteral("16:10–16:35 通訳 二郎（架空）"),
              QStringLiteral("16:35–17:00 通訳 一子（架空）")});
    CHECK(booths.at(1).booth.languagePair == QStringLiteral("en-ja"));
    CHECK(turnsOf(booths.at(1))
          == QStringList {QStringLiteral("14:30–15:00 Jane Example"), QStringLiteral("15:00–15:30 John Example"),
                          QStringLiteral("15:45–16:10 Jane Example"), QStringLiteral("16:10–16:35 John Example"),
                          QStringLiteral("16:35–16:55 Jane Example")});
}
