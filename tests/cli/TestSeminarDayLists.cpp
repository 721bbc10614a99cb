#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "support/CatchQt.h"
#include "support/CliRun.h"
#include "support/PdfTools.h"
#include "support/SeminarFixture.h"

using namespace sd;

namespace {

QStringList onSeminar(const QString& command, const QString& db, qint64 seminarId)
{
    return {command, QStringLiteral("--db"), db, QStringLiteral("--seminar"), QString::number(seminarId)};
}

} // namespace

TEST_CASE("reception-list writes the list for three desks in Japanese and in English", "[cli][reception][pdf]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 120);
    for (const QString& language : {QStringLiteral("ja"), QStringLiteral("en")}) {
        const QString pdf = folder.filePath(QStringLiteral("reception-%1.pdf").arg(language));
        const CliRun run
            = CliRun::run(onSeminar(QStringLiteral("reception-list"), db, 1)
                          + QStringList {QStringLiteral("--desks"), QStringLiteral("3"), QStringLiteral("--language"),
                                         language, QStringLiteral("-o"), pdf});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("3 desk(s)")));
        CHECK(run.out.contains(QStringLiteral("Desk 3 of 3:")));
        const int pages = PdfTools::pageCount(pdf);
        CHECK(pages >= 3);
        CHECK(run.out.contains(QStringLiteral("%1 page(s)").arg(pages)));
        const QString text = PdfTools::squeezedText(pdf);
        if (language == QLatin1String("ja")) {
            CHECK(text.contains(QStringLiteral("受付名簿")));
            CHECK(text.contains(QStringLiteral("受付1／3：あ～")));
            CHECK(text.contains(QStringLiteral("受付3／3：")));
            CHECK(text.contains(QStringLiteral("A～Z"))); // the demo's international names, with the last desk
        } else {
            CHECK(text.contains(QStringLiteral("Receptionlist")));
            CHECK(text.contains(QStringLiteral("Desk1of3:あ–")));
            CHECK(text.contains(QStringLiteral("A–Z")));
        }
        CHECK(text.contains(QStringLiteral("1/%1").arg(pages)));
        CHECK(PdfTools::allFontsEmbedded(pdf));
    }
}

TEST_CASE("reception-list refuses a seminar with no one registered, and wrong options", "[cli][reception]")
{
    SeminarFixture fixture;
    const QString pdf = fixture.file.folder() + QStringLiteral("/list.pdf");
    const CliRun empty = CliRun::run(onSeminar(QStringLiteral("reception-list"), fixture.file.path(), fixture.seminarId)
                                     + QStringList {QStringLiteral("-o"), pdf});
    CHECK(empty.exitCode == 1);
    CHECK(empty.err == QStringLiteral("No one is registered for this seminar: there is no reception list to print.\n"));
    CHECK_FALSE(QFile::exists(pdf));
    const QList<QStringList> wrong {
        {},
        {QStringLiteral("-o"), pdf, QStringLiteral("--desks"), QStringLiteral("0")},
        {QStringLiteral("-o"), pdf, QStringLiteral("--desks"), QStringLiteral("11")},
        {QStringLiteral("-o"), pdf, QStringLiteral("--desks"), QStringLiteral("two")},
        {QStringLiteral("-o"), pdf, QStringLiteral("--language"), QStringLiteral("de")},
    };
    for (const QStringList& arguments : wrong) {
        const CliRun run = CliRun::run(
            onSeminar(QStringLiteral("reception-list"), fixture.file.path(), fixture.seminarId) + arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 2);
    }
}

TEST_CASE("attendance after the day: figures as JSON, people as CSV with check-in times, a PDF", "[cli][attendance]")
{
    SeminarFixture fixture;
    const auto came = fixture.registerAttendee(makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎")));
    fixture.registerAttendee(makeAttendee(QStringLiteral("佐藤"), QStringLiteral("花子")));
    const QString db = fixture.file.path();
    const QString code = RegistrationStore(fixture.file.database()).find(came.registrationId)->checkInCode;
    REQUIRE(CliRun::run(onSeminar(QStringLiteral("checkin"), db, fixture.seminarId) + QStringList {code}).exitCode
            == 0);
    REQUIRE(CliRun::run(onSeminar(QStringLiteral("checkin"), db, fixture.seminarId)
                        + QStringList {QStringLiteral("--walk-in"), QStringLiteral("--family"), QStringLiteral("Doe")})
                .exitCode
            == 0);

    const CliRun json = CliRun::run(onSeminar(QStringLiteral("attendance"), db, fixture.seminarId)
                                    + QStringList {QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(summary[QStringLiteral("registered")].toInt() == 2);
    CHECK(summary[QStringLiteral("attended")].toInt() == 2);
    CHECK(summary[QStringLiteral("walk_ins")].toInt() == 1);
    CHECK(summary[QStringLiteral("no_shows")].toInt() == 1);
    CHECK(summary[QStringLiteral("attendance_rate")].toDouble() == Approx(0.5));
    CHECK(summary[QStringLiteral("by_category")].toArray().size() == 1);

    const CliRun csv = CliRun::run(onSeminar(QStringLiteral("attendance"), db, fixture.seminarId)
                                   + QStringList {QStringLiteral("--format"), QStringLiteral("csv"),
                                                  QStringLiteral("--language"), QStringLiteral("ja")});
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).startsWith(QStringLiteral("氏名,フリガナ,所属,区分,")));
    const QString checkedIn = RegistrationStore(fixture.file.database())
                                  .find(came.registrationId)
                                  ->checkedInAt.toLocalTime()
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    CHECK(csv.out.contains(checkedIn));

    const QString pdf = fixture.file.folder() + QStringLiteral("/attendance.pdf");
    const CliRun printed
        = CliRun::run(onSeminar(QStringLiteral("attendance"), db, fixture.seminarId)
                      + QStringList {QStringLiteral("-o"), pdf, QStringLiteral("--language"), QStringLiteral("en")});
    REQUIRE(printed.exitCode == 0);
    CHECK(PdfTools::squeezedText(pdf).contains(QStringLiteral("Attendancesummary")));
    const CliRun table = CliRun::run(onSeminar(QStringLiteral("attendance"), db, fixture.seminarId));
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Everyone")));

    const qint64 empty = *SeminarStore(fixture.file.database()).insert(makeSeminar(QStringLiteral("Empty")));
    const CliRun none = CliRun::run(onSeminar(QStringLiteral("attendance"), db, empty)
                                    + QStringList {QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(none.exitCode == 0);
    CHECK(QJsonDocument::fromJson(none.out.toUtf8()).object()[QStringLiteral("registered")].toInt() == 0);
    CHECK(CliRun::run(onSeminar(QStringLiteral("attendance"), db, empty)
                      + QStringList {QStringLiteral("--format"), QStringLiteral("xml")})
              .exitCode
          == 2);
}
