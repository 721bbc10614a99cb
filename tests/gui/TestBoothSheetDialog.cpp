#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPushButton>

#include "core/stores/DemoSeminar.h"
#include "gui/BoothSheetDialog.h"
#include "support/CatchQt.h"
#include "support/GuiTestSupport.h"
#include "support/PdfTools.h"
#include "support/SeminarFixture.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

TEST_CASE("The booth sheet dialog previews a page a booth in the language chosen and saves it", "[gui][boothsheet]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 0);
    REQUIRE(seminarId.ok());
    BoothSheetDialog dialog(file.database(), *seminarId);
    dialog.show();
    auto* preview = child<QPrintPreviewWidget>(dialog, "preview");
    auto* language = child<QComboBox>(dialog, "languageCombo");
    REQUIRE(preview);
    REQUIRE(language);
    CHECK(dialog.languageKey() == QStringLiteral("both"));
    QApplication::processEvents();
    CHECK(preview->pageCount() == 2);
    CHECK(child<QPushButton>(dialog, "printButton")->isEnabled());

    dialog.setLanguageKey(QStringLiteral("en"));
    QApplication::processEvents();
    CHECK(preview->pageCount() == 2);
    const QString pdf = file.folder() + QStringLiteral("/booths.pdf");
    REQUIRE(dialog.savePdf(pdf).ok());
    CHECK(PdfTools::pageCount(pdf) == 2);
    const QString text = PdfTools::squeezedText(pdf);
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("Channel 1: Japanese → English"))));
    CHECK_FALSE(text.contains(QStringLiteral("チャンネル")));
}

TEST_CASE("The booth sheet dialog of a seminar without booths says why and prints nothing", "[gui][boothsheet]")
{
    SeminarFixture fixture;
    BoothSheetDialog dialog(fixture.file.database(), fixture.seminarId);
    dialog.show();
    QApplication::processEvents();
    CHECK(child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("has no interpretation booths")));
    CHECK_FALSE(child<QPushButton>(dialog, "printButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(dialog, "savePdfButton")->isEnabled());
    CHECK(child<QPrintPreviewWidget>(dialog, "preview")->pageCount() == 0);
    CHECK_FALSE(dialog.savePdf(fixture.file.folder() + QStringLiteral("/none.pdf")).ok());
}
