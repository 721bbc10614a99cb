#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "core/Progress.h"
#include "core/print/BadgeSelection.h"
#include "core/print/BadgeSheetPrinter.h"
#include "core/print/LabelSheetCatalog.h"
#include "core/print/QrCode.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/DemoSeminar.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "support/BadgeTestSupport.h"
#include "support/CatchQt.h"
#include "support/PdfTools.h"
#include "support/RecordedProgress.h"
#include "support/SeminarFixture.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

constexpr qreal pointsPerMm = 72 / 25.4;

LabelSheet sheetNamed(const char* name)
{
    auto sheet = LabelSheetCatalog().find(QString::fromUtf8(name));
    INFO(name << " (glabels' sheets come with glabels-data, which packaging/install-deps.sh installs)");
    REQUIRE(sheet.ok());
    return *sheet;
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

QRectF inPoints(const QRectF& mm)
{
    return {mm.left() * pointsPerMm, mm.top() * pointsPerMm, mm.width() * pointsPerMm, mm.height() * pointsPerMm};
}

// Writes every printable badge of the demo with WITH_ATTENDEES attendees on SHEET.
struct PrintedDemo
{
    TestDatabaseFile file;
    qint64 seminarId = 0;
    QString pdf;
    BadgePrintout printout;

    PrintedDemo(const LabelSheet& sheet, int attendees)
    {
        auto seminar = DemoSeminar::fill(file.database(), attendees);
        REQUIRE(seminar.ok());
        seminarId = *seminar;
        pdf = QDir(file.folder()).filePath(QStringLiteral("badges.pdf"));
        auto written = BadgeSheetPrinter(sheet).savePdf(pdf, file.database(), seminarId, BadgeSelection());
        INFO(written.error().toStdString());
        REQUIRE(written.ok());
        printout = *written;
    }
};

// The label each character of the PDF stands on; every character must stand on one.
void checkCharactersOnLabels(const QString& pdf, const LabelSheet& sheet)
{
    const QList<PdfTools::Character> characters = PdfTools::characters(pdf);
    REQUIRE_FALSE(characters.isEmpty());
    for (const PdfTools::Character& character : characters) {
        if (character.text.trimmed().isEmpty())
            continue;
        bool onLabel = false;
        for (int i = 0; i < sheet.labelsPerSheet() && !onLabel; ++i)
            onLabel = inPoints(sheet.labelRectMm(i)).adjusted(-0.2, -0.2, 0.2, 0.2).contains(character.box);
        INFO(character.text.toStdString()
             << " on page " << character.page << " at " << character.box.x() << ", " << character.box.y());
        CHECK(onLabel);
    }
}

} // namespace

TEST_CASE("A QR code encodes a check-in code in modules", "[badge][qr]")
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

TEST_CASE("A QR code's dark blocks cover its dark modules once and nothing else", "[badge][qr]")
{
    for (const char* text : {"SD-ABCD123456", "https://example.jp/seminar/2027/registration?lang=ja"}) {
        INFO(text);
        const QrCode code(QString::fromLatin1(text));
        QList<int> covered(code.size() * code.size(), 0);
        int runs = 0;
        for (const QRect& block : code.darkBlocks()) {
            for (int y = block.top(); y <= block.bottom(); ++y) {
                for (int x = block.left(); x <= block.right(); ++x)
                    ++covered[y * code.size() + x];
            }
        }
        for (int y = 0; y < code.size(); ++y) {
            for (int x = 0; x < code.size(); ++x) {
                INFO("module " << x << ", " << y);
                CHECK(covered.at(y * code.size() + x) == (code.isDark(x, y) ? 1 : 0));
                runs += code.isDark(x, y) && (x == 0 || !code.isDark(x - 1, y)) ? 1 : 0;
            }
        }
        // Runs repeated in the rows below are one block: the finder patterns' sides, at least.
        CHECK(code.darkBlocks().size() < runs);
    }
}

TEST_CASE("The start label, the offset and the page count follow the sheet", "[badge]")
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

    printer.setStartLabel(0);
    printer.setPrinterOffsetMm(QPointF(10, -10));
    CHECK(printer.validationError().isEmpty());
    printer.setPrinterOffsetMm(QPointF(0, -10.5));
    CHECK(printer.validationError().contains(QStringLiteral("10 mm")));
    printer.setPrinterOffsetMm(QPointF(50, 0));
    CHECK_FALSE(printer.validationError().isEmpty());
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
    CHECK(written->badges.size() == n);
    CHECK(PdfTools::pageCount(pdf) == (3 + n + 9) / 10);
    CHECK(PdfTools::allFontsEmbedded(pdf));
    CHECK(PdfTools::fonts(pdf).join(QLatin1Char('\n')).contains(QStringLiteral("NotoSansCJK")));

    // A long name wraps: compare without white space.
    const QString text = PdfTools::squeezed(PdfTools::text(pdf));
    for (const RegisteredAttendee& row : rows) {
        INFO(row.attendee.displayName().toStdString() << " in " << text.toStdString());
        CHECK(text.contains(PdfTools::squeezed(row.attendee.familyName)));
        CHECK(text.contains(PdfTools::squeezed(row.attendee.givenName)));
        CHECK(text.contains(row.registration.checkInCode));
    }
    CHECK(text.contains(QStringLiteral("TeamKitakyushuSeminar")));
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

TEST_CASE("Writing badges reports page by page up to the last", "[badge][pdf][progress]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 40);
    REQUIRE(seminarId.ok());
    BadgeSheetPrinter printer(sheetNamed("Avery L4785"));
    const int pages = printer.pageCount(*BadgeSelection().count(file.database(), *seminarId));
    REQUIRE(pages > 3);
    RecordedProgress progress;
    printer.setProgress(&progress);
    const QString pdf = QDir(file.folder()).filePath(QStringLiteral("badges.pdf"));
    REQUIRE(printer.savePdf(pdf, file.database(), *seminarId, BadgeSelection()).ok());
    progress.checkMonotonicTo(pages);
    CHECK(progress.reports.size() == pages + 1); // one a page, and the end
    CHECK(progress.reports.at(2).text == QStringLiteral("Writing badges… page 3 of %1").arg(pages));
    CHECK(PdfTools::pageCount(pdf) == pages);
}

TEST_CASE("Badges cancelled part way write no file and mark none printed", "[badge][pdf][progress]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 40);
    REQUIRE(seminarId.ok());
    BadgeSheetPrinter printer(sheetNamed("Avery L4785"));
    const int pages = printer.pageCount(*BadgeSelection().count(file.database(), *seminarId));
    const QString pdf = QDir(file.folder()).filePath(QStringLiteral("badges.pdf"));
    const QString existing = QDir(file.folder()).filePath(QStringLiteral("old.pdf"));
    QFile old(existing);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    // At the first page, in the middle, and at the very end after the last page.
    for (int stopAt : {1, 3, pages + 1}) {
        INFO("stopped at report " << stopAt);
        RecordedProgress progress(stopAt);
        printer.setProgress(&progress);
        auto stopped = printer.savePdf(pdf, file.database(), *seminarId, BadgeSelection());
        REQUIRE_FALSE(stopped.ok());
        CHECK(Progress::isStopped(stopped.error()));
        CHECK(progress.reports.size() == stopAt);
        CHECK_FALSE(QFile::exists(pdf));
        CHECK(printedBadgeCount(file.database(), *seminarId) == 0);
        REQUIRE_FALSE(printer.savePdf(existing, file.database(), *seminarId, BadgeSelection()).ok());
        QFile reread(existing);
        REQUIRE(reread.open(QIODevice::ReadOnly));
        CHECK(reread.readAll() == "old");
    }
    CHECK(QDir(file.folder()).entryList({QStringLiteral("*.pdf*")}, QDir::Files)
          == QStringList {QStringLiteral("old.pdf")});
}

TEST_CASE("Changed since printed counts every edit, in the same second as the print too", "[badge]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 20);
    REQUIRE(seminarId.ok());
    const Database& database = file.database();
    const QList<RegisteredAttendee> rows = printable(database, *seminarId);
    REQUIRE(rows.size() >= 5);
    RegistrationStore registrations(database);
    const auto count = [&](BadgeSelection::Kind kind) {
        return *BadgeSelection::ofKind(kind).count(database, *seminarId);
    };
    const auto changed = [&] {
        QList<qint64> ids;
        REQUIRE(BadgeSelection::ofKind(BadgeSelection::Kind::ChangedSincePrinted)
                    .visit(database, *seminarId, [&](const RegisteredAttendee& row) {
                        ids.append(row.registration.id);
                        return true;
                    }));
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    CHECK(count(BadgeSelection::Kind::NeverPrinted) == rows.size());
    CHECK(count(BadgeSelection::Kind::ChangedSincePrinted) == 0);

    // Printed, and edited at once: no clock is waited for.
    QList<PrintedBadge> printed;
    for (const RegisteredAttendee& row : rows)
        printed.append(PrintedBadge::of(row));
    REQUIRE(registrations.markBadgesPrinted(printed));
    const Registration marked = *registrations.find(rows.at(0).registration.id);
    CHECK(marked.version == rows.at(0).registration.version); // printing is not an edit
    CHECK(marked.badgePrintedVersion == marked.version);
    CHECK(count(BadgeSelection::Kind::NeverPrinted) == 0);
    CHECK(count(BadgeSelection::Kind::ChangedSincePrinted) == 0);

    Attendee attendee = rows.at(1).attendee;
    attendee.organisation = QStringLiteral("Kitakyushu City Environment Bureau");
    REQUIRE(AttendeeStore(database).update(attendee));
    Registration registration = *registrations.find(rows.at(2).registration.id);
    registration.receiverNeeded = !registration.receiverNeeded;
    REQUIRE(registrations.update(registration));
    QList<qint64> expected {rows.at(1).registration.id, rows.at(2).registration.id};
    std::sort(expected.begin(), expected.end());
    CHECK(changed() == expected);

    // An edit between painting and marking is not lost: the marks keep the painted versions.
    const RegisteredAttendee painted = printable(database, *seminarId).at(3);
    Attendee edited = painted.attendee;
    edited.position = QStringLiteral("Director");
    REQUIRE(AttendeeStore(database).update(edited));
    REQUIRE(registrations.markBadgesPrinted({PrintedBadge::of(painted)}));
    CHECK(changed().contains(painted.registration.id));

    // Saving a form opened before the print does not undo the print.
    Registration stale = rows.at(4).registration;
    stale.badgePrintedAt = QDateTime();
    REQUIRE(registrations.update(stale));
    CHECK(registrations.find(stale.id)->badgePrintedAt.isValid());
    CHECK(changed().contains(stale.id));

    CHECK(*BadgeSelection::registrations({rows.at(3).registration.id, rows.at(0).registration.id})
               .count(database, *seminarId)
          == 2);
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
    CHECK(painted->badges.size() == 2);
    CHECK(writer.pageLayout().fullRectPoints().size() == QPageSize(QPageSize::A4).sizePoints());
}

TEST_CASE("Landscape sheets are written in their orientation, every label on the page", "[badge][pdf]")
{
    for (const char* name : {"JAC F-2048", "JAC F-3070", "JAC F-3248", "JAC F-32102"}) {
        INFO(name);
        const LabelSheet sheet = sheetNamed(name);
        PrintedDemo demo(sheet, sheet.labelsPerSheet() + 10);
        const QSizeF page = PdfTools::pageSize(demo.pdf);
        CHECK(page.width() == Approx(sheet.pageSizeMm.width() * pointsPerMm).margin(1));
        CHECK(page.height() == Approx(sheet.pageSizeMm.height() * pointsPerMm).margin(1));
        checkCharactersOnLabels(demo.pdf, sheet);
        // Labels 27 to 48 of F-2048 stand on the right half of the sheet: their codes are there.
        const QString text = PdfTools::text(demo.pdf);
        for (const PrintedBadge& badge : demo.printout.badges)
            CHECK(text.contains(RegistrationStore(demo.file.database()).find(badge.registrationId)->checkInCode));
    }
}

TEST_CASE("Every character stands on its label, and names and organisations at 6 pt or more", "[badge][pdf]")
{
    for (const char* name : {"A-One 51002", "Avery L4785", "Card A6", "JAC F-2048"}) {
        INFO(name);
        const LabelSheet sheet = sheetNamed(name);
        PrintedDemo demo(sheet, 40);
        checkCharactersOnLabels(demo.pdf, sheet);
        // Under 6 pt only the small print: the title, the check-in code and the category band.
        QString small;
        for (const PdfTools::Character& character : PdfTools::characters(demo.pdf)) {
            if (character.size < BadgeRenderer::smallestTextPt - 0.05)
                small += character.text;
        }
        small.remove(
            QRegularExpression(QStringLiteral("Team|Kitakyushu|Seminar|SD-[0-9A-Z]{10}|PARTICIPANT|SPEAKER|"
                                              "STAFF|PRESS|VIP|INTERPRETER|一般参加者|登壇者|スタッフ|報道|来賓|通訳者|"
                                              "\\s|…")));
        CHECK(small == QString());
    }
}

TEST_CASE("The title is set at 5.7 pt on Avery L4785 and on every badge of a narrow sheet", "[badge][pdf]")
{
    PrintedDemo avery(sheetNamed("Avery L4785"), 10);
    QList<qreal> sizes;
    for (const PdfTools::Character& character : PdfTools::characters(avery.pdf)) {
        if (character.text == QStringLiteral("K") && character.box.top() < 60) // "Kitakyushu" of the first row
            sizes.append(character.size);
    }
    REQUIRE_FALSE(sizes.isEmpty());
    for (qreal size : sizes)
        CHECK(size == Approx(6.5 * 80 / 91).margin(0.02));

    PrintedDemo narrow(sheetNamed("JAC F-2048"), 30);
    const QString text = PdfTools::text(narrow.pdf);
    CHECK(text.count(QStringLiteral("Team Kitakyushu")) == narrow.printout.badges.size());
}

TEST_CASE("An organisation too long for a narrow label is shortened, and its badges listed", "[badge][pdf]")
{
    SeminarFixture fixture;
    Attendee long1;
    long1.familyName = QStringLiteral("Nguyen");
    long1.givenName = QStringLiteral("Van An");
    long1.organisation = QStringLiteral("Ministry of Natural Resources and Environment of the Socialist Republic of "
                                        "Viet Nam, Department of International Cooperation");
    fixture.registerAttendee(long1);
    Attendee short1;
    short1.familyName = QStringLiteral("Santos");
    short1.givenName = QStringLiteral("Ana");
    short1.organisation = QStringLiteral("IGES");
    fixture.registerAttendee(short1);

    const LabelSheet sheet = sheetNamed("JAC F-2048");
    const QString pdf = QDir(fixture.file.folder()).filePath(QStringLiteral("narrow.pdf"));
    auto written = BadgeSheetPrinter(sheet).savePdf(pdf, fixture.file.database(), fixture.seminarId, BadgeSelection());
    REQUIRE(written.ok());
    CHECK(written->shortened == QStringList {QStringLiteral("Van An Nguyen")});
    REQUIRE(written->warnings().size() == 1);
    CHECK(written->warnings().first().contains(QStringLiteral("Van An Nguyen")));
    CHECK(PdfTools::text(pdf).contains(QStringLiteral("…")));
    checkCharactersOnLabels(pdf, sheet);
}

TEST_CASE("Every QR code is drawn as vectors and decodes to its check-in code", "[badge][pdf][qr]")
{
    constexpr int dpi = 300;
    for (const char* name : {"A-One 51002", "Avery L4785", "JAC F-2048"}) {
        INFO(name);
        const LabelSheet sheet = sheetNamed(name);
        PrintedDemo demo(sheet, 30);
        CHECK(PdfTools::imageCount(demo.pdf) == 0);
        const QList<QImage> pages = PdfTools::render(demo.pdf, dpi);
        // Each label read on its own, as a scanner at the door sees one badge.
        for (qsizetype i = 0; i < demo.printout.badges.size(); ++i) {
            const QString code
                = RegistrationStore(demo.file.database()).find(demo.printout.badges.at(i).registrationId)->checkInCode;
            const int perSheet = sheet.labelsPerSheet();
            const QRectF label = sheet.labelRectMm(int(i % perSheet)).adjusted(-1, -1, 1, 1);
            const QRect pixels(int(label.left() * dpi / 25.4), int(label.top() * dpi / 25.4),
                               int(label.width() * dpi / 25.4), int(label.height() * dpi / 25.4));
            INFO("label " << i % perSheet + 1 << " of sheet " << i / perSheet + 1);
            CHECK(PdfTools::qrCodes(pages.at(i / perSheet).copy(pixels)) == QStringList {code});
        }
    }
}

TEST_CASE("Names typed decomposed print composed", "[badge][pdf]")
{
    SeminarFixture fixture;
    Attendee jose;
    jose.familyName = QStringLiteral("Rodri\u0301guez");
    jose.givenName = QStringLiteral("Jose\u0301");
    fixture.registerAttendee(jose);
    const QString pdf = QDir(fixture.file.folder()).filePath(QStringLiteral("jose.pdf"));
    REQUIRE(BadgeSheetPrinter(sheetNamed("A-One 51002"))
                .savePdf(pdf, fixture.file.database(), fixture.seminarId, BadgeSelection())
                .ok());
    const QString text = PdfTools::text(pdf);
    CHECK(text.contains(QStringLiteral("José")));
    CHECK(text.contains(QStringLiteral("Rodríguez")));
    CHECK_FALSE(text.contains(QChar(0x0301)));
    CHECK_FALSE(text.contains(QChar(0x00B4)));
}

TEST_CASE("The band bleeds past the labels where the sheet has room, and is inset where labels touch", "[badge][pdf]")
{
    CHECK(BadgeSheetPrinter::defaultBandEdge(sheetNamed("Avery L4785")) == BandEdge::Kind::Bleed);
    CHECK(BadgeSheetPrinter::defaultBandEdge(sheetNamed("A-One 51002")) == BandEdge::Kind::Inset);
    CHECK(BadgeSheetPrinter::defaultBandEdge(sheetNamed("JAC F-2048")) == BandEdge::Kind::Bleed);
    const QMarginsF room = sheetNamed("Avery L4785").roomAroundMm(0);
    CHECK(room.right() == Approx(7.5)); // half the 15 mm gap to the next column
    CHECK(room.bottom() == Approx(2.5));
    CHECK(sheetNamed("A-One 51002").roomAroundMm(0).right() == Approx(0));

    constexpr int dpi = 300;
    const auto pixel = [](const QImage& page, qreal xMm, qreal yMm) {
        return page.pixelColor(int(xMm * dpi / 25.4), int(yMm * dpi / 25.4));
    };
    const QColor participant = BadgeStyle::standard().category(QStringLiteral("participant")).colour;
    const auto isBand = [&](const QColor& colour) {
        return qAbs(colour.red() - participant.red()) < 12 && qAbs(colour.green() - participant.green()) < 12
            && qAbs(colour.blue() - participant.blue()) < 12;
    };
    {
        const LabelSheet sheet = sheetNamed("Avery L4785");
        PrintedDemo demo(sheet, 3);
        const QImage page = PdfTools::render(demo.pdf, dpi).first();
        const QRectF label = sheet.labelRectMm(0);
        const qreal x = label.center().x();
        CHECK(isBand(pixel(page, x, label.bottom() - 1)));
        CHECK(isBand(pixel(page, x, label.bottom() + 1))); // 1 mm past the cut: still the band
        CHECK(pixel(page, x, label.bottom() + 2) == QColor(Qt::white)); // 1.5 mm at most
        CHECK(isBand(pixel(page, label.left() - 1, label.bottom() - 2)));
    }
    {
        const LabelSheet sheet = sheetNamed("A-One 51002");
        PrintedDemo demo(sheet, 3);
        const QImage page = PdfTools::render(demo.pdf, dpi).first();
        const QRectF label = sheet.labelRectMm(0);
        const qreal x = label.center().x();
        CHECK(pixel(page, x, label.bottom() - 0.7) == QColor(Qt::white)); // the white margin inside the cut
        CHECK(pixel(page, label.left() + 0.7, label.bottom() - 4) == QColor(Qt::white));
        CHECK(isBand(pixel(page, x, label.bottom() - 2.5)));
    }
}

TEST_CASE("Thai, Devanagari and Arabic print in embedded Noto fonts, Arabic right to left", "[badge][pdf][fonts]")
{
    SeminarFixture fixture;
    const QString arabic = QStringLiteral("جامعة");
    const QList<std::pair<QString, QString>> people {{QStringLiteral("Somchai"), QStringLiteral("มหาวิทยาลัยเชียงใหม่")},
                                                     {QStringLiteral("Priya"), QStringLiteral("भारतीय संस्थान")},
                                                     {QStringLiteral("Omar"), arabic}};
    for (const auto& [given, organisation] : people) {
        Attendee attendee;
        attendee.familyName = QStringLiteral("Example");
        attendee.givenName = given;
        attendee.organisation = organisation;
        fixture.registerAttendee(attendee);
    }
    const QString pdf = QDir(fixture.file.folder()).filePath(QStringLiteral("scripts.pdf"));
    auto written = BadgeSheetPrinter(sheetNamed("A-One 51002"))
                       .savePdf(pdf, fixture.file.database(), fixture.seminarId, BadgeSelection());
    REQUIRE(written.ok());
    CHECK(written->warnings().isEmpty());
    CHECK(PdfTools::allFontsEmbedded(pdf));
    const QString fonts = PdfTools::fonts(pdf).join(QLatin1Char('\n'));
    for (const char* font : {"NotoSansThai", "NotoSansDevanagari", "NotoSansArabic"})
        CHECK(fonts.contains(QString::fromLatin1(font)));

    // Right to left: the first letter of the word stands right of the last.
    qreal first = -1;
    qreal last = -1;
    for (const PdfTools::Character& character : PdfTools::characters(pdf)) {
        const QString letter = character.text.normalized(QString::NormalizationForm_KC);
        if (letter == arabic.left(1))
            first = character.box.center().x();
        if (letter == arabic.right(1))
            last = character.box.center().x();
    }
    REQUIRE(first > 0);
    REQUIRE(last > 0);
    CHECK(first > last);

    // A character none of the fonts has is named, with its badge.
    Attendee tibetan;
    tibetan.familyName = QStringLiteral("Dorje");
    tibetan.givenName = QStringLiteral("Tenzin");
    tibetan.organisation = QStringLiteral("བོད Institute");
    fixture.registerAttendee(tibetan);
    auto again = BadgeSheetPrinter(sheetNamed("A-One 51002"))
                     .savePdf(pdf, fixture.file.database(), fixture.seminarId, BadgeSelection());
    REQUIRE(again.ok());
    REQUIRE(again->missingCharacters.size() == 1);
    CHECK(again->missingCharacters.first().first == QStringLiteral("བོད"));
    CHECK(again->missingCharacters.first().second == QStringList {QStringLiteral("Tenzin Dorje")});
    CHECK(again->warnings().join(QString()).contains(QStringLiteral("Tenzin Dorje")));
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
