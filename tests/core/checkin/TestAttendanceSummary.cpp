#include <catch2/catch.hpp>

#include "core/checkin/AttendanceSummary.h"
#include "core/checkin/CheckInDesk.h"
#include "core/stores/RecordEdits.h"
#include "support/CatchQt.h"
#include "support/PdfTools.h"
#include "support/SeminarFixture.h"

using namespace sd;

namespace {

struct AfterTheDay : SeminarFixture
{
    AfterTheDay()
    {
        const auto person = [](const char* family, const char* given, const char* organisation, const char* category) {
            Attendee attendee = makeAttendee(QString::fromUtf8(family), QString::fromUtf8(given));
            attendee.organisation = QString::fromUtf8(organisation);
            attendee.category = QString::fromUtf8(category);
            return attendee;
        };
        const qint64 came = registerAttendee(person("山田", "太郎", "北九州市", "participant")).registrationId;
        registerAttendee(person("佐藤", "花子", "北九州市", "participant")); // no-show
        const qint64 speaker = registerAttendee(person("Smith", "Anna", "IGES", "speaker")).registrationId;
        registerAttendee(person("Cancel", "Carl", "IGES", "participant"), Registration::Status::Cancelled);
        registerAttendee(person("Wait", "Wanda", "", "participant"), Registration::Status::Waitlisted);
        REQUIRE(desk.checkIn(came).ok());
        REQUIRE(desk.checkIn(speaker).ok());
        REQUIRE(desk.walkIn(person("高橋", "健", "", "press"), false).ok());
    }

    QDateTime clock {QDate(2027, 2, 12), QTime(4, 31, 0), Qt::UTC};
    RecordEdits edits {file.database()};
    CheckInDesk desk {file.database(), edits, seminarId, Desk::named(QStringLiteral("Desk 1")), [this] {
                          return clock;
                      }};
};

} // namespace

TEST_CASE("The summary counts registered and attended, walk-ins and no-shows", "[attendance]")
{
    AfterTheDay day;
    auto summary = AttendanceSummary::load(day.file.database(), day.seminarId);
    REQUIRE(summary.ok());
    const AttendanceSummary::Figures& total = summary->total();
    CHECK(total.registered == 3); // cancelled and waitlisted people were not expected
    CHECK(total.attended == 3);
    CHECK(total.walkIns == 1);
    CHECK(total.noShows == 1);
    CHECK(total.attendanceRate() == Approx(2.0 / 3));
    CHECK(total.rateText(QLocale(QLocale::English)) == QStringLiteral("66.7%"));
    CHECK(total.rateText(QLocale(QLocale::German)) == QStringLiteral("66,7%"));

    const QList<AttendanceSummary::Figures>& categories = summary->byCategory();
    REQUIRE(categories.size() == 3);
    CHECK(categories.at(0).label == QStringLiteral("participant"));
    CHECK(categories.at(0).registered == 2);
    CHECK(categories.at(0).attended == 1);
    CHECK(categories.at(1).label == QStringLiteral("speaker"));
    CHECK(categories.at(2).label == QStringLiteral("press"));
    CHECK(categories.at(2).walkIns == 1);
    CHECK(categories.at(2).registered == 0);
    CHECK(categories.at(2).rateText(QLocale(QLocale::English)) == QStringLiteral("—")); // walk-ins only

    const QList<AttendanceSummary::Figures>& organisations = summary->byOrganisation();
    REQUIRE(organisations.size() == 3);
    CHECK(organisations.at(0).attended == 1);
    CHECK(organisations.at(2).attended == 1);
    const auto kitakyushu = std::find_if(organisations.cbegin(), organisations.cend(), [](const auto& figures) {
        return figures.label == QStringLiteral("北九州市");
    });
    REQUIRE(kitakyushu != organisations.cend());
    CHECK(kitakyushu->registered == 2);
    CHECK(kitakyushu->noShows == 1);
}

TEST_CASE("The attendance CSV lists everyone expected with their check-in time", "[attendance][csv]")
{
    AfterTheDay day;
    auto csv
        = AttendanceSummary::csv(day.file.database(), day.seminarId, OutputLanguage(OutputLanguage::Code::English));
    REQUIRE(csv.ok());
    const QStringList lines = csv->split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5); // a header and four people: not the cancelled or waitlisted
    CHECK(lines.at(0)
          == QStringLiteral("Name,Reading,Organisation,Category,Attendance,Checked in at,Walk-in,Check-in code"));
    const QString checkedIn = day.clock.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    CHECK(csv->contains(QStringLiteral("山田 太郎,,北九州市,Participant,Attended,%1,,SD-").arg(checkedIn)));
    CHECK(csv->contains(QStringLiteral("佐藤 花子,,北九州市,Participant,No-show,,,SD-")));
    CHECK(csv->contains(QStringLiteral("高橋 健,,,Press,Attended,%1,Yes,SD-").arg(checkedIn)));
    auto japanese
        = AttendanceSummary::csv(day.file.database(), day.seminarId, OutputLanguage(OutputLanguage::Code::Japanese));
    REQUIRE(japanese.ok());
    CHECK(japanese->startsWith(QStringLiteral("氏名,フリガナ,所属,区分,")));
    CHECK(japanese->contains(QStringLiteral("一般参加者")));
}

TEST_CASE("The attendance summary prints its three tables", "[attendance][pdf]")
{
    AfterTheDay day;
    auto summary = AttendanceSummary::load(day.file.database(), day.seminarId);
    REQUIRE(summary.ok());
    const QString path = day.file.folder() + QStringLiteral("/attendance.pdf");
    REQUIRE(summary->printer(OutputLanguage(OutputLanguage::Code::English)).savePdf(path).ok());
    const QString text = PdfTools::squeezedText(path);
    for (const char* word : {"Attendance summary", "In all", "By category", "By organisation", "Everyone", "Speaker",
                             "北九州市", "(no organisation)", "66.7%"}) {
        INFO(word);
        CHECK(text.contains(PdfTools::squeezed(QString::fromUtf8(word))));
    }
    CHECK(PdfTools::allFontsEmbedded(path));
}
