#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "core/stores/AttendeeStore.h"
#include "core/stores/CheckInLogStore.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "support/CatchQt.h"
#include "support/CliRun.h"
#include "support/SeminarFixture.h"

using namespace sd;

namespace {

// A seminar with a few people, checked in through the real executable.
struct CliDoor : SeminarFixture
{
    Registered yamada = registerAttendee(makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎"),
                                                      QStringLiteral("ヤマダ"), QStringLiteral("タロウ")));
    Registered sato = registerAttendee(makeAttendee(QStringLiteral("佐藤"), QStringLiteral("花子"),
                                                    QStringLiteral("サトウ"), QStringLiteral("ハナコ")),
                                       Registration::Status::Cancelled);

    QStringList command(const QString& desk = QStringLiteral("Desk 1")) const
    {
        return {QStringLiteral("checkin"),  QStringLiteral("--db"),   file.path(), QStringLiteral("--seminar"),
                QString::number(seminarId), QStringLiteral("--desk"), desk};
    }
    CliRun checkIn(const QStringList& arguments, const QString& desk = QStringLiteral("Desk 1")) const
    {
        return CliRun::run(command(desk) + arguments);
    }
    QString codeOf(qint64 registrationId)
    {
        return RegistrationStore(file.database()).find(registrationId)->checkInCode;
    }
    Registration::Status statusOf(qint64 registrationId)
    {
        return RegistrationStore(file.database()).find(registrationId)->status;
    }
};

QJsonObject jsonObject(const CliRun& run)
{
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    INFO(run.out.toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

} // namespace

TEST_CASE("checkin takes a code as typed, the second time it says when and at which desk", "[cli][checkin]")
{
    CliDoor door;
    // Lower case, with a space: as someone copies it off a badge.
    QString typed = door.codeOf(door.yamada.registrationId).toLower();
    typed.insert(8, QLatin1Char(' '));
    const CliRun first = door.checkIn({typed});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.startsWith(QStringLiteral("山田 太郎 checked in.\n")));
    CHECK(door.statusOf(door.yamada.registrationId) == Registration::Status::Attended);

    const CliRun second = door.checkIn({typed}, QStringLiteral("Desk 2"));
    CHECK(second.exitCode == 1);
    CHECK(second.err.contains(QStringLiteral("山田 太郎 is already checked in: at ")));
    CHECK(second.err.contains(QStringLiteral(" at Desk 1.")));
    const CliRun json = door.checkIn({typed, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(json.exitCode == 1);
    const QJsonObject answer = jsonObject(json);
    CHECK(answer[QStringLiteral("outcome")].toString() == QStringLiteral("already_checked_in"));
    CHECK(answer[QStringLiteral("desk")].toString() == QStringLiteral("Desk 1"));
    CHECK(answer[QStringLiteral("registration_id")].toInt() == door.yamada.registrationId);
    CHECK(answer[QStringLiteral("status")].toString() == QStringLiteral("attended"));
    CHECK(answer[QStringLiteral("checked_in_at")].toString().endsWith(QLatin1Char('Z')));
    CHECK(CheckInLogStore(door.file.database()).forSeminar(door.seminarId)->size() == 1);
}

TEST_CASE("checkin refuses an unknown code, and registers a cancelled person with --register", "[cli][checkin]")
{
    CliDoor door;
    const CliRun unknown = door.checkIn({QStringLiteral("sd-0000000000")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err == QStringLiteral("No one has the check-in code “SD-0000000000”.\n"));
    const CliRun garbage = door.checkIn({QStringLiteral("hello"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(garbage.exitCode == 1);
    CHECK(jsonObject(garbage)[QStringLiteral("outcome")].toString() == QStringLiteral("unknown_code"));

    const QString code = door.codeOf(door.sato.registrationId);
    const CliRun cancelled = door.checkIn({code});
    CHECK(cancelled.exitCode == 1);
    CHECK(cancelled.err.contains(QStringLiteral("佐藤 花子 cancelled their registration.")));
    CHECK(cancelled.err.contains(QStringLiteral("--register")));
    CHECK(door.statusOf(door.sato.registrationId) == Registration::Status::Cancelled);
    const CliRun registered = door.checkIn({code, QStringLiteral("--register")});
    INFO(registered.err.toStdString());
    CHECK(registered.exitCode == 0);
    CHECK(registered.out.startsWith(QStringLiteral("佐藤 花子 had cancelled: registered again and checked in.")));
    CHECK(door.statusOf(door.sato.registrationId) == Registration::Status::Attended);
}

TEST_CASE("checkin with another seminar's badge says so, --register registers them here", "[cli][checkin]")
{
    CliDoor door;
    Seminar other = makeSeminar(QStringLiteral("Other seminar"));
    const qint64 otherId = *SeminarStore(door.file.database()).insert(other);
    const qint64 person
        = *AttendeeStore(door.file.database()).insert(makeAttendee(QStringLiteral("Lee"), QStringLiteral("Min")));
    Registration elsewhere;
    elsewhere.seminarId = otherId;
    elsewhere.attendeeId = person;
    const qint64 registration = *RegistrationStore(door.file.database()).insert(elsewhere);
    const QString code = door.codeOf(registration);

    const CliRun refused = door.checkIn({code, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(refused.exitCode == 1);
    const QJsonObject answer = jsonObject(refused);
    CHECK(answer[QStringLiteral("outcome")].toString() == QStringLiteral("other_seminar"));
    CHECK(answer[QStringLiteral("other_seminar_id")].toInt() == otherId);
    CHECK(answer[QStringLiteral("other_seminar_title")].toString() == QStringLiteral("Other seminar"));
    CHECK(refused.err.contains(QStringLiteral("This badge is for another seminar (“Other seminar”)")));
    const CliRun registered = door.checkIn({code, QStringLiteral("--register")});
    CHECK(registered.exitCode == 0);
    CHECK(registered.out.startsWith(QStringLiteral("Min Lee registered at the door and checked in.")));
    CHECK(RegistrationStore(door.file.database()).findFor(door.seminarId, person)->has_value());
}

TEST_CASE("checkin --name checks in the one person a name matches, and lists many", "[cli][checkin]")
{
    CliDoor door;
    for (int i = 0; i < 200; ++i)
        door.registerAttendee(
            makeAttendee(QStringLiteral("田中"), QStringLiteral("%1号").arg(i), QStringLiteral("タナカ"), QString()));
    const CliRun many = door.checkIn({QStringLiteral("--name"), QStringLiteral("たなか")});
    CHECK(many.exitCode == 1);
    CHECK(many.err == QStringLiteral("200 people match “たなか”: give more of the name, or the check-in code.\n"));
    CHECK(many.out.count(QStringLiteral("田中")) == 10);
    const CliRun manyJson = door.checkIn(
        {QStringLiteral("--name"), QStringLiteral("田中"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject several = jsonObject(manyJson);
    CHECK(several[QStringLiteral("outcome")].toString() == QStringLiteral("several_matches"));
    CHECK(several[QStringLiteral("total_matches")].toInt() == 200);
    CHECK(several[QStringLiteral("matches")].toArray().size() == 10);

    const CliRun one = door.checkIn({QStringLiteral("--name"), QStringLiteral("ヤマダ タロウ")});
    INFO(one.err.toStdString());
    CHECK(one.exitCode == 0);
    CHECK(one.out.startsWith(QStringLiteral("山田 太郎 checked in.")));
    const CliRun undone = door.checkIn({QStringLiteral("--name"), QStringLiteral("山田"), QStringLiteral("--undo")});
    CHECK(undone.exitCode == 0);
    CHECK(undone.out.startsWith(QStringLiteral("The check-in of 山田 太郎 is undone.")));
    CHECK(door.statusOf(door.yamada.registrationId) == Registration::Status::Registered);
    const CliRun again = door.checkIn({door.codeOf(door.yamada.registrationId), QStringLiteral("--undo")});
    CHECK(again.exitCode == 1);
    CHECK(again.err == QStringLiteral("山田 太郎 is not checked in: nothing to undo.\n"));

    const CliRun nobody = door.checkIn({QStringLiteral("--name"), QStringLiteral("Nobody Here")});
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err == QStringLiteral("No one matches “Nobody Here”.\n"));
}

TEST_CASE("checkin --name finds someone of the database not registered, and --register registers them",
          "[cli][checkin]")
{
    CliDoor door;
    AttendeeStore(door.file.database())
        .insert(makeAttendee(QStringLiteral("鈴木"), QStringLiteral("一郎"), QStringLiteral("スズキ"),
                             QStringLiteral("イチロウ")))
        .value();
    const CliRun notRegistered = door.checkIn({QStringLiteral("--name"), QStringLiteral("鈴木")});
    CHECK(notRegistered.exitCode == 1);
    CHECK(notRegistered.err.startsWith(QStringLiteral("鈴木 一郎 is not registered for this seminar.")));
    const CliRun registered
        = door.checkIn({QStringLiteral("--name"), QStringLiteral("鈴木"), QStringLiteral("--register")});
    CHECK(registered.exitCode == 0);
    CHECK(registered.out.startsWith(QStringLiteral("鈴木 一郎 registered at the door and checked in.")));
}

TEST_CASE("checkin --walk-in adds a new person, or points at the one the database has", "[cli][checkin][walkin]")
{
    CliDoor door;
    const CliRun added = door.checkIn(
        {QStringLiteral("--walk-in"), QStringLiteral("--family"), QStringLiteral("高橋"), QStringLiteral("--given"),
         QStringLiteral("健"), QStringLiteral("--reading"), QStringLiteral("タカハシ　ケン"),
         QStringLiteral("--organisation"), QStringLiteral("北九州市"), QStringLiteral("--email"),
         QStringLiteral("ken@example.jp"), QStringLiteral("--category"), QStringLiteral("press"),
         QStringLiteral("--receiver"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QJsonObject answer = jsonObject(added);
    CHECK(answer[QStringLiteral("outcome")].toString() == QStringLiteral("checked_in"));
    CHECK(answer[QStringLiteral("prior")].toString() == QStringLiteral("new"));
    CHECK(answer[QStringLiteral("receiver_needed")].toBool());
    const Attendee stored = *AttendeeStore(door.file.database()).find(answer[QStringLiteral("attendee_id")].toInt());
    CHECK(stored.familyReading == QStringLiteral("タカハシ"));
    CHECK(stored.givenReading == QStringLiteral("ケン"));
    CHECK(stored.category == QStringLiteral("press"));

    // The same person again, by e-mail, at another seminar's door: offered, not added twice.
    const qint64 otherSeminar = *SeminarStore(door.file.database()).insert(makeSeminar(QStringLiteral("Next")));
    QStringList next = door.command();
    next[4] = QString::number(otherSeminar);
    const QStringList walkIn {QStringLiteral("--walk-in"), QStringLiteral("--family"), QStringLiteral("Takahashi"),
                              QStringLiteral("--email"), QStringLiteral("KEN@example.jp")};
    const CliRun offered = CliRun::run(next + walkIn);
    CHECK(offered.exitCode == 1);
    CHECK(offered.err.startsWith(QStringLiteral("Already in the database with that name or e-mail")));
    CHECK(offered.out.contains(QStringLiteral("高橋 健")));
    const CliRun existing
        = CliRun::run(next + walkIn + QStringList {QStringLiteral("--existing"), QString::number(stored.id)});
    INFO(existing.err.toStdString());
    CHECK(existing.exitCode == 0);
    CHECK(RegistrationStore(door.file.database()).findFor(otherSeminar, stored.id)->has_value());
    CHECK(*AttendeeStore(door.file.database()).count() == 3);
    const CliRun anew = CliRun::run(next + walkIn + QStringList {QStringLiteral("--new")});
    CHECK(anew.exitCode == 0);
    CHECK(*AttendeeStore(door.file.database()).count() == 4);
}

TEST_CASE("checkin --counts follows the day, per category on demand", "[cli][checkin]")
{
    CliDoor door;
    REQUIRE(door.checkIn({door.codeOf(door.yamada.registrationId)}).exitCode == 0);
    const CliRun counts
        = door.checkIn({QStringLiteral("--counts"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(counts.exitCode == 0);
    const QJsonArray rows = counts.jsonArray();
    REQUIRE(rows.size() == 1);
    const QJsonObject all = rows.at(0).toObject();
    CHECK(all[QStringLiteral("expected")].toInt() == 1);
    CHECK(all[QStringLiteral("checked_in")].toInt() == 1);
    CHECK(all[QStringLiteral("not_arrived")].toInt() == 0);
    CHECK(all[QStringLiteral("receivers_out")].toInt() == 0);
    const CliRun table = door.checkIn({QStringLiteral("--counts"), QStringLiteral("--by-category")});
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Participant")));
}

TEST_CASE("checkin at a seminar with no registrations finds no one", "[cli][checkin]")
{
    CliDoor door;
    const qint64 empty = *SeminarStore(door.file.database()).insert(makeSeminar(QStringLiteral("Empty")));
    QStringList command = door.command();
    command[4] = QString::number(empty);
    const CliRun code = CliRun::run(command + QStringList {QStringLiteral("SD-0000000000")});
    CHECK(code.exitCode == 1);
    const CliRun name = CliRun::run(command + QStringList {QStringLiteral("--name"), QStringLiteral("Nobody")});
    CHECK(name.exitCode == 1);
    CHECK(name.err == QStringLiteral("No one matches “Nobody”.\n"));
    const CliRun counts = CliRun::run(command + QStringList {QStringLiteral("--counts")});
    CHECK(counts.exitCode == 0);
    CHECK(counts.out.contains(QStringLiteral("Everyone  0")));
}

TEST_CASE("checkin refuses a wrong command line with status 2", "[cli][checkin]")
{
    CliDoor door;
    const QString code = door.codeOf(door.yamada.registrationId);
    const QList<QStringList> wrong {
        {},
        {code, QStringLiteral("--name"), QStringLiteral("山田")},
        {code, QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("--walk-in")},
        {code, QStringLiteral("--family"), QStringLiteral("山田")},
        {QStringLiteral("--walk-in"), QStringLiteral("--family"), QStringLiteral("X"), QStringLiteral("--category"),
         QStringLiteral("alien")},
        {QStringLiteral("--counts"), QStringLiteral("--undo")},
        {code, QStringLiteral("--no-such-option")},
    };
    for (const QStringList& arguments : wrong) {
        const CliRun run = door.checkIn(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.isEmpty());
    }
    const CliRun noSeminar = CliRun::run({QStringLiteral("checkin"), QStringLiteral("--db"), door.file.path(), code});
    CHECK(noSeminar.exitCode == 2);
    const CliRun badSeminar = CliRun::run({QStringLiteral("checkin"), QStringLiteral("--db"), door.file.path(),
                                           QStringLiteral("--seminar"), QStringLiteral("x"), code});
    CHECK(badSeminar.exitCode == 2);
    const CliRun missing = CliRun::run({QStringLiteral("checkin"), QStringLiteral("--db"), door.file.path(),
                                        QStringLiteral("--seminar"), QStringLiteral("99"), code});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err == QStringLiteral("There is no seminar with the number 99.\n"));
}

TEST_CASE("Processes checking in at once on one file keep every check-in, and one person once", "[cli][checkin][desks]")
{
    CliDoor door;
    QList<qint64> others;
    for (int i = 0; i < 8; ++i)
        others.append(door.registerAttendee(makeAttendee(QStringLiteral("Person"), QString::number(i))).registrationId);
    std::vector<std::unique_ptr<QProcess>> processes;
    const auto start = [&](const QString& code, const QString& desk) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(SEMINAR_DESK_EXECUTABLE), door.command(desk) + QStringList {code});
        processes.push_back(std::move(process));
    };
    // Two desks scan the same badge at the same moment, while eight others check in their own.
    const QString contested = door.codeOf(door.yamada.registrationId);
    start(contested, QStringLiteral("Desk A"));
    start(contested, QStringLiteral("Desk B"));
    for (int i = 0; i < others.size(); ++i)
        start(door.codeOf(others.at(i)), QStringLiteral("Desk %1").arg(i));
    QList<int> exits;
    QStringList errors;
    for (const auto& process : processes) {
        REQUIRE(process->waitForFinished(120000));
        exits.append(process->exitCode());
        errors.append(QString::fromUtf8(process->readAllStandardError()));
    }
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    CHECK(exits.mid(2) == QList<int>(8, 0));
    // One of the two checked the person in; the other was told where and when.
    CHECK(exits.at(0) + exits.at(1) == 1);
    const QString told = errors.at(exits.at(0) == 1 ? 0 : 1);
    CHECK(told.contains(QStringLiteral("山田 太郎 is already checked in: at ")));
    CHECK(told.contains(exits.at(0) == 1 ? QStringLiteral("at Desk B.") : QStringLiteral("at Desk A.")));
    CHECK(CheckInLogStore(door.file.database()).forSeminar(door.seminarId)->size() == 9);
}
