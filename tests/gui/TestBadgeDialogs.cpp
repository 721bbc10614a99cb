#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

#include "core/print/BadgeSheetPrinter.h"
#include "core/settings/AppSettings.h"
#include "core/stores/DemoSeminar.h"
#include "core/stores/RegistrationStore.h"
#include "gui/BadgeDialog.h"
#include "gui/FlyerDialog.h"
#include "support/BadgeTestSupport.h"
#include "support/CatchQt.h"
#include "support/GuiTestSupport.h"
#include "support/PdfTools.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

TEST_CASE("The badge dialog chooses sheet, badges and start label, and previews them", "[gui][badges]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 30);
    REQUIRE(seminarId.ok());
    const int everyone = *BadgeSelection().count(file.database(), *seminarId);

    BadgeDialog dialog(file.database(), *seminarId, {1, 2, 3});
    dialog.show();
    auto* sheet = child<QComboBox>(dialog, "sheetCombo");
    auto* which = child<QComboBox>(dialog, "selectionCombo");
    auto* start = child<QSpinBox>(dialog, "startSpin");
    auto* summary = child<QLabel>(dialog, "summaryLabel");
    auto* preview = child<QPrintPreviewWidget>(dialog, "preview");
    REQUIRE(sheet);
    REQUIRE(which);
    REQUIRE(start);
    REQUIRE(summary);
    REQUIRE(preview);

    // Opened with rows selected: those rows, on the default sheet.
    CHECK(sheet->currentData().toString() == QStringLiteral("A-One 51002"));
    CHECK(dialog.selection().kind() == BadgeSelection::Kind::Registrations);
    CHECK(dialog.badgeCount() == 3);
    CHECK(summary->text().contains(QStringLiteral("3")));

    which->setCurrentIndex(which->findData(int(BadgeSelection::Kind::All)));
    CHECK(dialog.badgeCount() == everyone);
    start->setValue(8);
    CHECK(dialog.printer().startLabel() == 7);
    QApplication::processEvents();
    CHECK(preview->pageCount() == (7 + everyone + 9) / 10);

    sheet->setCurrentIndex(sheet->findData(QStringLiteral("Avery L7418")));
    CHECK(start->maximum() == 8);
    CHECK(dialog.printer().sheet().labelsPerSheet() == 8);
}

TEST_CASE("Save as PDF from the badge dialog marks the badges printed, and a failure does not", "[gui][badges]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 15);
    REQUIRE(seminarId.ok());
    BadgeDialog dialog(file.database(), *seminarId, {});
    const int everyone = dialog.badgeCount();
    REQUIRE(everyone > 0);

    CHECK_FALSE(dialog.savePdf(QDir(file.folder()).filePath(QStringLiteral("missing/badges.pdf"))).ok());
    CHECK(printedBadgeCount(file.database(), *seminarId) == 0);

    const QString pdf = QDir(file.folder()).filePath(QStringLiteral("badges.pdf"));
    REQUIRE(dialog.savePdf(pdf).ok());
    CHECK(printedBadgeCount(file.database(), *seminarId) == everyone);
    CHECK(PdfTools::pageCount(pdf) == (everyone + 9) / 10);

    // Now none is unprinted: the dialog says so and offers nothing to print.
    auto* which = child<QComboBox>(dialog, "selectionCombo");
    which->setCurrentIndex(which->findData(int(BadgeSelection::Kind::NeverPrinted)));
    CHECK(dialog.badgeCount() == 0);
    CHECK_FALSE(child<QPushButton>(dialog, "savePdfButton")->isEnabled());
    // The calibration page needs no badges.
    child<QCheckBox>(dialog, "calibrationCheck")->setChecked(true);
    CHECK(child<QPushButton>(dialog, "savePdfButton")->isEnabled());
    REQUIRE(dialog.savePdf(QDir(file.folder()).filePath(QStringLiteral("calibration.pdf"))).ok());
}

TEST_CASE("The printer offset is kept per printer", "[gui][badges]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 2);
    REQUIRE(seminarId.ok());
    AppSettings().setPrinterOffsetMm(QStringLiteral("pdf"), QPointF());
    {
        BadgeDialog dialog(file.database(), *seminarId, {});
        child<QDoubleSpinBox>(dialog, "offsetXSpin")->setValue(1.5);
        child<QDoubleSpinBox>(dialog, "offsetYSpin")->setValue(-0.5);
        CHECK(dialog.printer().printerOffsetMm() == QPointF(1.5, -0.5));
    }
    const QString printer
        = child<QComboBox>(BadgeDialog(file.database(), *seminarId, {}), "printerCombo")->currentText();
    const QPointF saved = AppSettings().printerOffsetMm(printer.isEmpty() ? QStringLiteral("pdf") : printer);
    CHECK(saved == QPointF(1.5, -0.5));
    BadgeDialog reopened(file.database(), *seminarId, {});
    CHECK(child<QDoubleSpinBox>(reopened, "offsetXSpin")->value() == Approx(1.5));
    AppSettings().setPrinterOffsetMm(printer.isEmpty() ? QStringLiteral("pdf") : printer, QPointF());
}

TEST_CASE("The flyer dialog previews and saves the flyer in the chosen language", "[gui][flyer]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 0);
    REQUIRE(seminarId.ok());
    FlyerDialog dialog(file.database(), *seminarId);
    dialog.show();
    auto* language = child<QComboBox>(dialog, "languageCombo");
    REQUIRE(language);
    CHECK(dialog.language() == FlyerContent::Language::Both);
    language->setCurrentIndex(language->findData(int(FlyerContent::Language::English)));
    CHECK(dialog.language() == FlyerContent::Language::English);
    QApplication::processEvents();
    // The demo's seven programme items and how to apply take the English flyer onto a second page.
    CHECK(child<QPrintPreviewWidget>(dialog, "preview")->pageCount() == 2);

    CHECK_FALSE(dialog.setImage(QDir(file.folder()).filePath(QStringLiteral("none.png"))).ok());
    QImage image(60, 30, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString picture = QDir(file.folder()).filePath(QStringLiteral("picture.png"));
    REQUIRE(image.save(picture));
    REQUIRE(dialog.setImage(picture).ok());
    CHECK(child<QPushButton>(dialog, "clearImageButton")->isEnabled());

    const QString pdf = QDir(file.folder()).filePath(QStringLiteral("flyer.pdf"));
    REQUIRE(dialog.savePdf(pdf).ok());
    QString text = PdfTools::text(pdf);
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    CHECK(text.contains(QStringLiteral("Enquiries")));
    CHECK_FALSE(text.contains(QStringLiteral("問い合わせ")));
    // The demo takes applications by FAX: the form is offered, and can be left off.
    auto* faxForm = child<QCheckBox>(dialog, "faxFormCheck");
    REQUIRE(faxForm);
    CHECK(faxForm->isChecked());
    CHECK(text.contains(QStringLiteral("Registrationform(FAX)")));
    faxForm->setChecked(false);
    REQUIRE(dialog.savePdf(pdf).ok());
    CHECK_FALSE(PdfTools::text(pdf).contains(QStringLiteral("(FAX)")));
}

TEST_CASE("The badge dialog keeps the band's edge per sheet and names the badges it shortened", "[gui][badges]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 30);
    REQUIRE(seminarId.ok());
    for (const char* sheet : {"A-One 51002", "Avery L4785"})
        AppSettings().setBadgeBandEdge(QString::fromLatin1(sheet), QString());
    BadgeDialog dialog(file.database(), *seminarId, {});
    dialog.show();
    auto* sheet = child<QComboBox>(dialog, "sheetCombo");
    auto* band = child<QComboBox>(dialog, "bandCombo");
    REQUIRE(band);
    // Labels that touch get an inset band; labels with room around them a bleeding one.
    CHECK(dialog.printer().bandEdge() == BandEdge::Kind::Inset);
    sheet->setCurrentIndex(sheet->findData(QStringLiteral("Avery L4785")));
    CHECK(dialog.printer().bandEdge() == BandEdge::Kind::Bleed);
    band->setCurrentIndex(band->findData(QStringLiteral("inset")));
    CHECK(dialog.printer().bandEdge() == BandEdge::Kind::Inset);
    CHECK(AppSettings().badgeBandEdge(QStringLiteral("Avery L4785")) == QStringLiteral("inset"));
    sheet->setCurrentIndex(sheet->findData(QStringLiteral("A-One 51002")));
    CHECK(dialog.printer().bandEdge() == BandEdge::Kind::Inset);
    sheet->setCurrentIndex(sheet->findData(QStringLiteral("Avery L4785")));
    CHECK(band->currentData().toString() == QStringLiteral("inset"));
    AppSettings().setBadgeBandEdge(QStringLiteral("Avery L4785"), QString());

    // The offset stops at 10 mm either way.
    CHECK(child<QDoubleSpinBox>(dialog, "offsetXSpin")->maximum() == Approx(10));
    CHECK(child<QDoubleSpinBox>(dialog, "offsetYSpin")->minimum() == Approx(-10));

    // On a narrow sheet the preview names the badges whose organisation was cut.
    auto* warning = child<QLabel>(dialog, "warningLabel");
    REQUIRE(warning);
    sheet->setCurrentIndex(sheet->findData(QStringLiteral("JAC F-2048")));
    QApplication::processEvents();
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("shortened")));
    sheet->setCurrentIndex(sheet->findData(QStringLiteral("A-One 51002")));
    QApplication::processEvents();
    CHECK_FALSE(warning->isVisible());
}
