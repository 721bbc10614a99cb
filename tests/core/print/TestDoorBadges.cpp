#include <catch2/catch.hpp>

#include <QImage>

#include "core/checkin/CheckInDesk.h"
#include "core/print/DoorBadges.h"
#include "core/print/LabelSheetCatalog.h"
#include "core/print/SheetInPrinter.h"
#include "core/settings/AppSettings.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "support/BadgeTestSupport.h"
#include "support/CatchQt.h"
#include "support/PdfTools.h"
#include "support/SeminarFixture.h"

using namespace sd;

namespace {

struct Door : SeminarFixture
{
    AppSettings settings {file.folder() + QStringLiteral("/settings.ini")};
    SheetInPrinter sheet {settings};
    RecordEdits edits {file.database()};
    CheckInDesk desk {file.database(), edits, seminarId, Desk::named(QStringLiteral("Desk 1"))};

    qint64 walkIn(const QString& family)
    {
        auto answer = desk.walkIn(makeAttendee(family, QStringLiteral("Walk")), false);
        REQUIRE(answer.ok());
        return answer->registration.id;
    }
    QString pdf(const QString& name) const { return file.folder() + QLatin1Char('/') + name; }
};

// Whether anything is printed inside label LABEL of the sheet on the rendered page.
bool inked(const QImage& page, const LabelSheet& sheet, int label)
{
    const qreal pxPerMm = page.width() / sheet.pageSizeMm.width();
    const QRectF mm = sheet.labelRectMm(label).adjusted(3, 3, -3, -3);
    const QRect area(int(mm.left() * pxPerMm), int(mm.top() * pxPerMm), int(mm.width() * pxPerMm),
                     int(mm.height() * pxPerMm));
    for (int y = area.top(); y <= area.bottom(); y += 2) {
        for (int x = area.left(); x <= area.right(); x += 2) {
            if (qGray(page.pixel(x, y)) < 200)
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("The sheet in the printer remembers its used labels between runs", "[badge][door]")
{
    Door door;
    CHECK(door.sheet.sheetName() == QStringLiteral("A-One 51002"));
    CHECK(door.sheet.nextFreeLabel(10) == 0);
    door.sheet.markUsed({0, 1, 4});
    AppSettings reread(door.file.folder() + QStringLiteral("/settings.ini"));
    SheetInPrinter again(reread);
    CHECK(again.usedLabels() == QList<int>({0, 1, 4}));
    CHECK(again.nextFreeLabel(10) == 2);
    CHECK(again.afterLastUsed() == 5);
    again.markUsed({2, 3, 5, 6, 7, 8, 9});
    CHECK(again.nextFreeLabel(10) == -1);
    again.loadFreshSheet(QStringLiteral("Avery L7418"));
    CHECK(again.sheetName() == QStringLiteral("Avery L7418"));
    CHECK(again.usedLabels().isEmpty());
}

TEST_CASE("A walk-in's badge goes on the next free label, and that label is then used", "[badge][door][pdf]")
{
    Door door;
    door.sheet.markUsed({0, 1, 3});
    const qint64 walkIn = door.walkIn(QStringLiteral("Early"));
    DoorBadges badges(door.file.database(), door.seminarId, door.sheet);
    auto label = badges.savePdf(door.pdf(QStringLiteral("badge.pdf")), walkIn, DoorBadges::Stock::NextLabel);
    REQUIRE(label.ok());
    CHECK(*label == 2);
    CHECK(door.sheet.usedLabels() == QList<int>({0, 1, 2, 3}));
    CHECK(RegistrationStore(door.file.database()).find(walkIn)->badgePrintedAt.isValid());
    const LabelSheet sheet = *LabelSheetCatalog(QString {}).find(QStringLiteral("A-One 51002"));
    const QImage page = PdfTools::pageImage(door.pdf(QStringLiteral("badge.pdf")), 1, 30);
    CHECK(inked(page, sheet, 2));
    CHECK_FALSE(inked(page, sheet, 0));
    CHECK_FALSE(inked(page, sheet, 4));
    CHECK(PdfTools::text(door.pdf(QStringLiteral("badge.pdf"))).contains(QStringLiteral("Early")));
}

TEST_CASE("A badge on a card leaves the sheet alone, a used-up sheet asks for a fresh one", "[badge][door]")
{
    Door door;
    const qint64 walkIn = door.walkIn(QStringLiteral("Card"));
    DoorBadges badges(door.file.database(), door.seminarId, door.sheet);
    auto card = badges.savePdf(door.pdf(QStringLiteral("card.pdf")), walkIn, DoorBadges::Stock::Card);
    REQUIRE(card.ok());
    CHECK(door.sheet.usedLabels().isEmpty());
    CHECK(PdfTools::pageCount(door.pdf(QStringLiteral("card.pdf"))) == 1);
    door.sheet.markUsed({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    auto full = badges.savePdf(door.pdf(QStringLiteral("full.pdf")), walkIn, DoorBadges::Stock::NextLabel);
    REQUIRE_FALSE(full.ok());
    CHECK(full.error()
          == QStringLiteral("Every label of the sheet in the printer is used: put in a fresh sheet of "
                            "A-One 51002."));
}

TEST_CASE("Queued walk-in badges print after the sheet's last used label, onto fresh sheets", "[badge][door][pdf]")
{
    Door door;
    door.registerAttendee(makeAttendee(QStringLiteral("Registered"), QStringLiteral("Early"))); // not a walk-in
    for (int i = 0; i < 5; ++i)
        door.walkIn(QStringLiteral("Queued%1").arg(i));
    door.sheet.markUsed({0, 7});
    DoorBadges badges(door.file.database(), door.seminarId, door.sheet);
    CHECK(badges.queued()->size() == 5);
    auto printed = badges.saveQueuePdf(door.pdf(QStringLiteral("queue.pdf")));
    REQUIRE(printed.ok());
    CHECK(*printed == 5);
    CHECK(PdfTools::pageCount(door.pdf(QStringLiteral("queue.pdf"))) == 2); // labels 8 and 9, then 0 to 2
    CHECK(door.sheet.usedLabels() == QList<int>({0, 1, 2}));
    CHECK(badges.queued()->isEmpty());
    CHECK(printedBadgeCount(door.file.database(), door.seminarId) == 5);
    const QString none = badges.saveQueuePdf(door.pdf(QStringLiteral("none.pdf"))).error();
    CHECK(none == QStringLiteral("No badges are waiting to be printed."));
}

TEST_CASE("The queue's count is the number of walk-ins whose badge waits", "[badge][door]")
{
    Door door;
    door.registerAttendee(makeAttendee(QStringLiteral("Registered"), QStringLiteral("Early"))); // not a walk-in
    DoorBadges badges(door.file.database(), door.seminarId, door.sheet);
    CHECK(*badges.queuedCount() == 0);
    const qint64 first = door.walkIn(QStringLiteral("First"));
    door.walkIn(QStringLiteral("Second"));
    CHECK(*badges.queuedCount() == 2);
    REQUIRE(badges.savePdf(door.pdf(QStringLiteral("first.pdf")), first, DoorBadges::Stock::Card).ok());
    CHECK(*badges.queuedCount() == 1);
    CHECK(*badges.queuedCount() == badges.queued()->size());
}

TEST_CASE("A door badge on a label moves with the printer's offset", "[badge][door][pdf]")
{
    Door door;
    const qint64 walkIn = door.walkIn(QStringLiteral("Offset"));
    DoorBadges badges(door.file.database(), door.seminarId, door.sheet);
    badges.setPrinterOffsetMm(QPointF(0, BadgeSheetPrinter::largestOffsetMm)); // its foot into the label below
    auto label = badges.savePdf(door.pdf(QStringLiteral("offset.pdf")), walkIn, DoorBadges::Stock::NextLabel);
    REQUIRE(label.ok());
    CHECK(*label == 0);
    const LabelSheet sheet = *LabelSheetCatalog(QString {}).find(QStringLiteral("A-One 51002"));
    const QImage page = PdfTools::pageImage(door.pdf(QStringLiteral("offset.pdf")), 1, 30);
    CHECK(inked(page, sheet, 2));
}

TEST_CASE("A desk's badge route is kept by its key, the queue until one is chosen", "[badge][door]")
{
    QStringList keys;
    for (DoorBadges::Route route : DoorBadges::routes()) {
        keys.append(DoorBadges::routeKey(route));
        CHECK(DoorBadges::routeFromKey(DoorBadges::routeKey(route)) == route);
        CHECK(DoorBadges::routeOf(DoorBadges::routeKey(route)) == route);
        CHECK_FALSE(DoorBadges::routeName(route).isEmpty());
    }
    CHECK(keys == QStringList({QStringLiteral("queue"), QStringLiteral("card"), QStringLiteral("label")}));
    CHECK_FALSE(DoorBadges::routeFromKey(QStringLiteral("tray")).has_value());
    CHECK(DoorBadges::routeOf(QString()) == DoorBadges::Route::Queue);
    CHECK(DoorBadges::routeOf(QStringLiteral("tray")) == DoorBadges::Route::Queue);
}
