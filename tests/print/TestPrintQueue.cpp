// Printing through a real CUPS daemon (the ctest fixture print-system): what comes out of a queue
// whose driver passes every job through cups-filters' pdftopdf, as an office printer's does.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

#include <QImage>
#include <QTransform>

#include "core/checkin/CheckInDesk.h"
#include "core/checkin/Desk.h"
#include "core/print/BadgeSelection.h"
#include "core/print/BadgeSheetPrinter.h"
#include "core/print/DoorBadges.h"
#include "core/print/FlyerRenderer.h"
#include "core/print/LabelSheetCatalog.h"
#include "core/print/PrintQueue.h"
#include "core/print/SheetInPrinter.h"
#include "core/settings/AppSettings.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "support/BadgeTestSupport.h"
#include "support/CatchQt.h"
#include "support/PdfTools.h"
#include "support/PrintSystem.h"
#include "support/SeminarFixture.h"

using namespace sd;

namespace {

constexpr qreal pointsPerMm = 72 / 25.4;
constexpr int measuringDpi = 300;

// The page as it stands, in millimetres.
QSizeF pageSizeMm(const QString& pdf, int page)
{
    return PdfTools::pageSize(pdf, page) / pointsPerMm;
}

void checkSize(const QSizeF& actual, const QSizeF& expected)
{
    INFO("page " << actual.width() << " × " << actual.height() << " mm, expected " << expected.width() << " × "
                 << expected.height() << " mm");
    CHECK(std::abs(actual.width() - expected.width()) < 0.5);
    CHECK(std::abs(actual.height() - expected.height()) < 0.5);
}

// Prints the calibration page of SHEET on the queue office and gives the PDF that came out.
QString printCalibration(const LabelSheet& sheet)
{
    PrintSystem::clearOutput(QStringLiteral("office"));
    auto job = BadgeSheetPrinter(sheet).printCalibration(PrintTarget::queue(QStringLiteral("office")));
    REQUIRE(job.ok());
    REQUIRE(job->has_value());
    CHECK_FALSE((*job)->waiting);
    return PrintSystem::waitForOutput(QStringLiteral("office"), (*job)->id);
}

struct SeminarWith : SeminarFixture
{
    explicit SeminarWith(int people)
    {
        for (int i = 0; i < people; ++i)
            registerAttendee(makeAttendee(QStringLiteral("Person%1").arg(i), QStringLiteral("Given")));
    }
};

} // namespace

TEST_CASE("The tests' print system offers its queues, office the default one", "[print]")
{
    PrintSystem::folder();
    const QStringList names = PrintQueue::names();
    for (const char* queue : {"office", "rejecting", "paused", "no-a6"})
        CHECK(names.contains(QLatin1String(queue)));
    CHECK(PrintQueue::defaultName() == QStringLiteral("office"));
    auto rejecting = PrintQueue::find(QStringLiteral("rejecting"));
    REQUIRE(rejecting.ok());
    CHECK_FALSE(rejecting->acceptsJobs());
    auto paused = PrintQueue::find(QStringLiteral("paused"));
    REQUIRE(paused.ok());
    CHECK(paused->isPaused());
    CHECK(paused->acceptsJobs());
    auto unknown = PrintQueue::find(QStringLiteral("basement"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().contains(QStringLiteral("basement")));
    CHECK(unknown.error().contains(QStringLiteral("office")));
}

TEST_CASE("A calibration page comes out of the queue at the sheet's size with every outline in place", "[print]")
{
    const LabelSheetCatalog catalog;
    const auto [name, expectedMm] = GENERATE(table<const char*, QSizeF>({
        {"A-One 51002", QSizeF(210, 297)},
        {"Avery 5395", QSizeF(215.9, 279.4)},
        {"Avery L7418", QSizeF(210, 297)},
        {"JAC F-2048", QSizeF(323, 222.2)}, // landscape
    }));
    INFO(name);
    auto sheet = catalog.find(QLatin1String(name));
    REQUIRE(sheet.ok());
    const QString printed = printCalibration(*sheet);
    CHECK(PdfTools::pageCount(printed) == 1);
    // The paper goes through the printer upright: a landscape sheet's page comes out turned onto it.
    const bool landscape = expectedMm.width() > expectedMm.height();
    checkSize(pageSizeMm(printed, 1), landscape ? expectedMm.transposed() : expectedMm);

    // No scaling, no margins: every outline where the template puts it (on a landscape sheet
    // turned back the way the queue turned it).
    const QImage page = PdfTools::pageImage(printed, 1, measuringDpi);
    qreal worst = std::numeric_limits<qreal>::max();
    for (int turn : landscape ? QList<int> {90, -90} : QList<int> {0}) {
        const QImage upright = page.transformed(QTransform().rotate(turn));
        REQUIRE(std::abs(upright.width() / (measuringDpi / 25.4) - expectedMm.width()) < 0.5);
        qreal worstOfTurn = 0;
        for (int label = 0; label < sheet->labelsPerSheet(); ++label) {
            const QRectF expected = sheet->labelRectMm(label);
            const QRectF measured = PrintSystem::measuredOutlineMm(upright, measuringDpi, expected);
            for (qreal off : {measured.left() - expected.left(), measured.right() - expected.right(),
                              measured.top() - expected.top(), measured.bottom() - expected.bottom()})
                worstOfTurn
                    = std::isnan(off) ? std::numeric_limits<qreal>::max() : std::max(worstOfTurn, std::abs(off));
        }
        worst = std::min(worst, worstOfTurn);
    }
    INFO("outlines at most " << worst << " mm from the template");
    CHECK(worst < 0.2);
    WARN(name << ": every label outline within " << worst << " mm of the template");
}

TEST_CASE("A card's calibration page comes out on A6", "[print]")
{
    auto card = LabelSheetCatalog().find(DoorBadges::cardName());
    REQUIRE(card.ok());
    const QString printed = printCalibration(*card);
    CHECK(PdfTools::pageCount(printed) == 1);
    checkSize(pageSizeMm(printed, 1), QSizeF(105, 148));
    CHECK(PdfTools::text(printed).contains(QStringLiteral("calibration")));
}

TEST_CASE("Badges printed on a queue come out on every sheet and are then marked printed", "[print]")
{
    SeminarWith seminar(23);
    PrintSystem::clearOutput(QStringLiteral("office"));
    BadgeSheetPrinter printer(*LabelSheetCatalog().find(QStringLiteral("A-One 51002")));
    auto printed
        = printer.print(PrintTarget::queue(QString()), seminar.file.database(), seminar.seminarId, BadgeSelection());
    REQUIRE(printed.ok());
    REQUIRE(printed->job.has_value());
    CHECK(printed->job->queue == QStringLiteral("office"));
    CHECK(printed->job->message().contains(QStringLiteral("office")));
    const QString pdf = PrintSystem::waitForOutput(QStringLiteral("office"), printed->job->id);
    CHECK(PdfTools::pageCount(pdf) == 3);
    for (int page = 1; page <= 3; ++page)
        checkSize(pageSizeMm(pdf, page), QSizeF(210, 297));
    const QString text = PdfTools::text(pdf);
    CHECK(text.contains(QStringLiteral("Person0")));
    CHECK(text.contains(QStringLiteral("Person22")));
    CHECK(printedBadgeCount(seminar.file.database(), seminar.seminarId) == 23);
}

TEST_CASE("The flyer comes out of the queue on A4, unscaled", "[print]")
{
    SeminarWith seminar(0);
    auto content = FlyerContent::load(seminar.file.database(), seminar.seminarId);
    REQUIRE(content.ok());
    const QString direct = seminar.file.folder() + QStringLiteral("/flyer.pdf");
    REQUIRE(FlyerRenderer(*content).savePdf(direct).ok());
    PrintSystem::clearOutput(QStringLiteral("office"));
    auto job = FlyerRenderer(*content).print(PrintTarget::queue(QStringLiteral("office")));
    REQUIRE(job.ok());
    REQUIRE(job->has_value());
    const QString printed = PrintSystem::waitForOutput(QStringLiteral("office"), (*job)->id);
    CHECK(PdfTools::pageCount(printed) == PdfTools::pageCount(direct));
    checkSize(pageSizeMm(printed, 1), QSizeF(210, 297));
    // The same words where the file has them: nothing moved or shrank on the way.
    const QList<PdfTools::Character> before = PdfTools::characters(direct);
    const QList<PdfTools::Character> after = PdfTools::characters(printed);
    REQUIRE(before.size() == after.size());
    REQUIRE_FALSE(before.isEmpty());
    qreal worst = 0;
    for (int i = 0; i < before.size(); ++i) {
        worst = std::max({worst, std::abs(before.at(i).box.left() - after.at(i).box.left()),
                          std::abs(before.at(i).box.top() - after.at(i).box.top())});
    }
    CHECK(worst / pointsPerMm < 0.2);
}

TEST_CASE("A queue that rejects jobs says so by name and no badge is marked printed", "[print]")
{
    SeminarWith seminar(3);
    BadgeSheetPrinter printer(*LabelSheetCatalog().find(QStringLiteral("A-One 51002")));
    auto printed = printer.print(PrintTarget::queue(QStringLiteral("rejecting")), seminar.file.database(),
                                 seminar.seminarId, BadgeSelection());
    REQUIRE_FALSE(printed.ok());
    CHECK(printed.error().contains(QStringLiteral("“rejecting”")));
    CHECK(printed.error().contains(QStringLiteral("Out of labels")));
    CHECK(printedBadgeCount(seminar.file.database(), seminar.seminarId) == 0);
}

TEST_CASE("A paused queue takes the job, which waits, and says so", "[print]")
{
    SeminarWith seminar(2);
    BadgeSheetPrinter printer(*LabelSheetCatalog().find(QStringLiteral("A-One 51002")));
    auto printed = printer.print(PrintTarget::queue(QStringLiteral("paused")), seminar.file.database(),
                                 seminar.seminarId, BadgeSelection());
    REQUIRE(printed.ok());
    REQUIRE(printed->job.has_value());
    CHECK(printed->job->waiting);
    CHECK(PrintSystem::isWaiting(printed->job->id));
    const QString message = printed->job->message();
    CHECK(message.contains(QStringLiteral("“paused”")));
    CHECK(message.contains(QStringLiteral("Paused for the test")));
    CHECK(message.contains(QString::number(printed->job->id)));
    // The queue took the job: the badges will come out when it is resumed.
    CHECK(printedBadgeCount(seminar.file.database(), seminar.seminarId) == 2);
}

TEST_CASE("A queue without the sheet's paper names it and the nearest, and prints on that only when asked", "[print]")
{
    auto queue = PrintQueue::find(QStringLiteral("no-a6"));
    REQUIRE(queue.ok());
    CHECK_FALSE(queue->paperFor(QSizeF(105, 148)).has_value());
    REQUIRE(queue->paperFor(QSizeF(210, 297)).has_value());
    CHECK(queue->paperFor(QSizeF(297, 210))->media == queue->paperFor(QSizeF(210, 297))->media);
    const std::optional<Paper> nearest = queue->nearestPaper(QSizeF(105, 148));
    REQUIRE(nearest.has_value());
    INFO(nearest->displayName().toStdString());
    CHECK(nearest->sizeMm.width() < 130);

    const LabelSheet card = *LabelSheetCatalog().find(DoorBadges::cardName());
    auto refused = BadgeSheetPrinter(card).printCalibration(PrintTarget::queue(QStringLiteral("no-a6")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("“no-a6”")));
    CHECK(refused.error().contains(QStringLiteral("A6 (105 × 148 mm)")));
    CHECK(refused.error().contains(nearest->displayName()));
    CHECK(refused.error().contains(QStringLiteral("not line up")));

    PrintRequest nearestPaper;
    nearestPaper.nearestPaper = true;
    PrintSystem::clearOutput(QStringLiteral("no-a6"));
    auto job = BadgeSheetPrinter(card).printCalibration(PrintTarget::queue(QStringLiteral("no-a6"), nearestPaper));
    REQUIRE(job.ok());
    const QString printed = PrintSystem::waitForOutput(QStringLiteral("no-a6"), (*job)->id);
    checkSize(pageSizeMm(printed, 1), nearest->sizeMm);
}

TEST_CASE("A walk-in's badge sent to a queue that rejects it stays unprinted and its label free", "[print][door]")
{
    SeminarFixture fixture;
    AppSettings settings(fixture.file.folder() + QStringLiteral("/settings.ini"));
    SheetInPrinter sheet(settings);
    RecordEdits edits(fixture.file.database());
    CheckInDesk desk(fixture.file.database(), edits, fixture.seminarId, Desk::named(QStringLiteral("Desk 1")));
    auto walkIn = desk.walkIn(makeAttendee(QStringLiteral("Late"), QStringLiteral("Walk")), false);
    REQUIRE(walkIn.ok());
    const qint64 registration = walkIn->registration.id;
    DoorBadges badges(fixture.file.database(), fixture.seminarId, sheet);

    auto refused
        = badges.print(PrintTarget::queue(QStringLiteral("rejecting")), registration, DoorBadges::Stock::NextLabel);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("“rejecting”")));
    CHECK_FALSE(RegistrationStore(fixture.file.database()).find(registration)->badgePrintedAt.isValid());
    CHECK(sheet.usedLabels().isEmpty());
    CHECK_FALSE(badges.lastJob().has_value());

    PrintSystem::clearOutput(QStringLiteral("office"));
    auto label = badges.print(PrintTarget::queue(QStringLiteral("office")), registration, DoorBadges::Stock::NextLabel);
    REQUIRE(label.ok());
    CHECK(*label == 0);
    REQUIRE(badges.lastJob().has_value());
    CHECK(RegistrationStore(fixture.file.database()).find(registration)->badgePrintedAt.isValid());
    CHECK(sheet.usedLabels() == QList<int>({0}));
    const QString printed = PrintSystem::waitForOutput(QStringLiteral("office"), badges.lastJob()->id);
    CHECK(PdfTools::text(printed).contains(QStringLiteral("Late")));
}
