#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QThread>

#include "core/print/BadgeSelection.h"
#include "core/print/BadgeSheetPrinter.h"
#include "core/print/LabelSheetCatalog.h"
#include "core/print/QrCode.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/DemoSeminar.h"
#include "core/stores/RegistrationStore.h"
#include "support/BadgeTestSupport.h"
#include "support/CatchQt.h"
#include "support/PdfTools.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

LabelSheet sheetNamed(const char* name)
{
    return *LabelSheetCatalog(QString {}).find(QString::fromUtf8(name));
}

QList<RegisteredAttendee> printable(const Database& database, qint64 seminarId)
{
    QList<RegisteredAttendee> rows;
    REQUIRE(BadgeSelection().visit(database, seminarId, [&](const RegisteredAttendee& row) {
        rows.append(row);
        return true;
    }));
    return rows;
}

} // namespace

TEST_CASE("A QR code encodes a check-in code in modules", "[badge]")
{
    const QrCode code(QStringLiteral("SD-ABCD123456"));
    REQUIRE_FALSE(code.isEmpty());
    CHECK(code.size() == 21); // version 1 holds 13 bytes at level M
    // The three finder patterns' corners are dark, the separator beside them light.
    CHECK(code.isDark(0, 0));
    CHECK(code.isDark(20, 0));
    CHECK(code.isDark(0, 20));
    CHECK_FALSE(code.isDark(7, 0));
    CHECK(QrCode(QStringLiteral("SD-ABCD123456")).isDark(8, 8) == code.isDark(8, 8));
}

TEST_CASE("The start label and the page count follow the sheet", "[badge]")
{
    BadgeSheetPrinter printer(sheetNamed("A-One 51002"));
    CHECK(printer.pageCount(0) == 0);
    CHECK(printer.pageCount(10) == 1);
    CHECK(printer.pageCount(11) == 2);
    printer.setStartLabel(7);
    CHECK(printer.validationError().isEmpty());
    CHECK(printer.pageCount(3) == 1);
    CHECK(printer.pageCount(4) == 2);
    printer.setStartLabel(10);
    CHECK(printer.validationError().contains(QStringLiteral("0 to 9")));
}

TEST_CASE("The demo's badges PDF has every name, embedded fonts and one page per sheet", "[badge][pdf]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 57);
    REQUIRE(seminarId.ok());
    const QList<RegisteredAttendee> rows = printable(file.database(), *seminarId);
    const int n = int(rows.size());
    REQUIRE(n > 30);

    BadgeSheetPrinter printer(sheetNamed("A-One 51002"));
    printer.setStartLabel(3);
    const QString pdf = QDir(file.folder()).filePath(QStringLiteral("badges.pdf"));
    auto written = printer.savePdf(pdf, file.database(), *seminarId, BadgeSelection());
    REQUIRE(written.ok());
    CHECK(*written == n);
    CHECK(PdfTools::pageCount(pdf) == (3 + n + 9) / 10);
    CHECK(PdfTools::allFontsEmbedded(pdf));
    CHECK(PdfTools::fonts(pdf).join(QLatin1Char('\n')).contains(QStringLiteral("NotoSansCJK")));

    const QString text = PdfTools::text(pdf);
    for (const RegisteredAttendee& row : rows) {
        INFO(row.attendee.displayName().toStdString() << " in " << text.toStdString());
        CHECK(text.contains(row.attendee.familyName));
        CHECK(text.contains(row.attendee.givenName));
        CHECK(text.contains(row.registration.checkInCode));
    }
    CHECK(text.contains(QStringLiteral("Team Kitakyushu Seminar")));
    CHECK(printedBadgeCount(file.database(), *seminarId) == n);
}

TEST_CASE("Badges are marked printed only when the PDF was written", "[badge][pdf]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 12);
    REQUIRE(seminarId.ok());
    BadgeSheetPrinter printer(sheetNamed("Avery L4785"));

    const QString unwritable = QDir(file.folder()).filePath(QStringLiteral("no/such/folder/badges.pdf"));
    auto failed = printer.savePdf(unwritable, file.database(), *seminarId, BadgeSelection());
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(QStringLiteral("badges.pdf")));
    CHECK(printedBadgeCount(file.database(), *seminarId) == 0);
    CHECK_FALSE(QFile::exists(unwritable));

    // An old file stays as it was when writing fails part way (here: a bad start label).
    const QString existing = QDir(file.folder()).filePath(QStringLiteral("old.pdf"));
    QFile old(existing);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    printer.setStartLabel(99);
    REQUIRE_FALSE(printer.savePdf(existing, file.database(), *seminarId, BadgeSelection()).ok());
    QFile reread(existing);
    REQUIRE(reread.open(QIODevice::ReadOnly));
    CHECK(reread.readAll() == "old");
    CHECK(printedBadgeCount(file.database(), *seminarId) == 0);
}

TEST_CASE("Badges never printed, changed since printed, and chosen ones are selected", "[badge]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 20);
    REQUIRE(seminarId.ok());
    const Database& database = file.database();
    const QList<RegisteredAttendee> rows = printable(database, *seminarId);
    REQUIRE(rows.size() >= 4);
    RegistrationStore registrations(database);

    const auto count = [&](const BadgeSelection& selection) {
        return *selection.count(database, *seminarId);
    };
    CHECK(count(BadgeSelection::ofKind(BadgeSelection::Kind::NeverPrinted)) == rows.size());
    CHECK(count(BadgeSelection::ofKind(BadgeSelection::Kind::ChangedSincePrinted)) == 0);

    // Printed a while ago; then one attendee's organisation changes and one registration is edited.
    QList<qint64> ids;
    for (const RegisteredAttendee& row : rows)
        ids.append(row.registration.id);
    // Times are kept to the second: print a second after the demo was made, edit a second later.
    QThread::sleep(1);
    REQUIRE(registrations.markBadgesPrinted(ids));
    QThread::sleep(1);
    const auto before = *registrations.find(rows.at(0).registration.id);
    CHECK(before.updatedAt == rows.at(0).registration.updatedAt); // marking leaves updated_at alone
    CHECK(count(BadgeSelection::ofKind(BadgeSelection::Kind::NeverPrinted)) == 0);
    CHECK(count(BadgeSelection::ofKind(BadgeSelection::Kind::ChangedSincePrinted)) == 0);

    Attendee changed = rows.at(1).attendee;
    changed.organisation = QStringLiteral("Kitakyushu City Environment Bureau");
    REQUIRE(AttendeeStore(database).update(changed));
    Registration edited = *registrations.find(rows.at(2).registration.id);
    edited.receiverNeeded = !edited.receiverNeeded;
    REQUIRE(registrations.update(edited));

    QList<qint64> changedIds;
    REQUIRE(BadgeSelection::ofKind(BadgeSelection::Kind::ChangedSincePrinted)
                .visit(database, *seminarId, [&](const RegisteredAttendee& row) {
                    changedIds.append(row.registration.id);
                    return true;
                }));
    std::sort(changedIds.begin(), changedIds.end());
    QList<qint64> expected {rows.at(1).registration.id, rows.at(2).registration.id};
    std::sort(expected.begin(), expected.end());
    CHECK(changedIds == expected);

    CHECK(count(BadgeSelection::registrations({rows.at(3).registration.id, rows.at(0).registration.id})) == 2);
}

TEST_CASE("Badges land on their labels, shifted by the printer offset", "[badge]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 3);
    REQUIRE(seminarId.ok());
    const LabelSheet sheet = sheetNamed("A-One 51002");
    BadgeSheetPrinter printer(sheet);
    CHECK(printer.placedLabelMm(9) == QRectF(105, 231, 91, 55));
    printer.setPrinterOffsetMm(QPointF(2, -3));
    CHECK(printer.placedLabelMm(9) == QRectF(107, 228, 91, 55));

    printer.setStartLabel(9); // the last label, bottom right: the second badge starts a new sheet
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    QPdfWriter writer(&buffer);
    printer.setUpPage(writer);
    const QList<RegisteredAttendee> rows = printable(file.database(), *seminarId);
    REQUIRE(rows.size() >= 2);
    auto painted
        = printer.paint(writer, file.database(), *seminarId,
                        BadgeSelection::registrations({rows.at(0).registration.id, rows.at(1).registration.id}));
    REQUIRE(painted.ok());
    CHECK(painted->size() == 2);
    CHECK(writer.pageLayout().fullRectPoints().size() == QPageSize(QPageSize::A4).sizePoints());
}

TEST_CASE("The calibration page outlines every label", "[badge][pdf]")
{
    QTemporaryDir folder;
    BadgeSheetPrinter printer(sheetNamed("Avery L7418"));
    printer.setPrinterOffsetMm(QPointF(0.5, -1));
    const QString path = folder.filePath(QStringLiteral("calibration.pdf"));
    {
        QPdfWriter writer(path);
        printer.setUpPage(writer);
        REQUIRE(printer.paintCalibration(writer));
    }
    const QString text = PdfTools::text(path);
    CHECK(text.contains(QStringLiteral("Avery L7418")));
    CHECK(text.contains(QStringLiteral("0.5")));
    for (int label = 1; label <= 8; ++label)
        CHECK(text.contains(QString::number(label)));
}

TEST_CASE("A badge shows the name on the badge instead of the name when one is set", "[badge][pdf]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 0);
    REQUIRE(seminarId.ok());
    AttendeeStore attendees(file.database());
    RegistrationStore registrations(file.database());
    const auto add = [&](Attendee attendee) {
        Registration registration;
        registration.seminarId = *seminarId;
        registration.attendeeId = *attendees.insert(attendee);
        REQUIRE(registrations.insert(registration).ok());
    };
    Attendee bob = makeAttendee(QStringLiteral("Whitfield"), QStringLiteral("Robert"));
    bob.badgeName = QStringLiteral("Bob Whitfield");
    add(bob);
    Attendee hanako = makeAttendee(QStringLiteral("渡邊"), QStringLiteral("花子"));
    hanako.latinName = QStringLiteral("Hanako WATANABE");
    hanako.badgeName = QStringLiteral("わたなべ はなこ");
    add(hanako);
    add(makeAttendee(QStringLiteral("Okafor"), QStringLiteral("Chidi")));

    const QString pdf = QDir(file.folder()).filePath(QStringLiteral("badges.pdf"));
    REQUIRE(BadgeSheetPrinter(sheetNamed("A-One 51002")).savePdf(pdf, file.database(), *seminarId, BadgeSelection()));
    const QString text = PdfTools::text(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Bob Whitfield")));
    CHECK_FALSE(text.contains(QStringLiteral("Robert")));
    CHECK(text.contains(QStringLiteral("わたなべ はなこ")));
    CHECK_FALSE(text.contains(QStringLiteral("渡邊")));
    CHECK_FALSE(text.contains(QStringLiteral("WATANABE")));
    CHECK(text.contains(QStringLiteral("Chidi")));
    CHECK(text.contains(QStringLiteral("Okafor")));
}
