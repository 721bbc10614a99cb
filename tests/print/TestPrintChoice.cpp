// What the GUI's Print buttons show of a print run on the tests' own CUPS daemon: no printer, a
// printer lacking the sheet's paper, a queue that refuses the job, a paused one.
#include <catch2/catch.hpp>

#include <QPrinter>

#include <cups/cups.h>

#include "core/print/LabelSheetCatalog.h"
#include "core/print/PrintQueue.h"
#include "gui/BadgeDialog.h"
#include "gui/MessageBox.h"
#include "gui/PrintChoice.h"
#include "support/BadgeTestSupport.h"
#include "support/CatchQt.h"
#include "support/PrintSystem.h"
#include "support/SeminarFixture.h"

using namespace sd;

namespace {

// While it lives, libcups looks for its print service where there is none: no printer is set up.
class NoPrintService
{
public:
    explicit NoPrintService(const QString& folder)
        : m_server(qgetenv("CUPS_SERVER"))
    {
        qputenv("CUPS_SERVER", (folder + QStringLiteral("/no-such-server.sock")).toUtf8());
        cupsSetServer(nullptr);
    }
    ~NoPrintService()
    {
        qputenv("CUPS_SERVER", m_server);
        cupsSetServer(nullptr);
    }
    Q_DISABLE_COPY_MOVE(NoPrintService)

private:
    QByteArray m_server;
};

} // namespace

TEST_CASE("With no printer set up, Print says so and offers to save a PDF file", "[gui][print]")
{
    SeminarFixture fixture;
    {
        NoPrintService none(fixture.file.folder());
        CHECK(PrintQueue::names().isEmpty());
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        const auto target
            = PrintChoice::ask(nullptr, QStringLiteral("Flyer"), QPageLayout(), QString(), QStringLiteral("flyer.pdf"));
        CHECK_FALSE(target.has_value());
        CHECK(MessageBox::lastText().contains(QStringLiteral("No printer is set up")));
        CHECK(MessageBox::lastText().contains(QStringLiteral("PDF")));
    }
    CHECK(PrintQueue::names().contains(QStringLiteral("office")));
}

TEST_CASE("The print dialog's choices become the job's", "[gui][print]")
{
    PrintSystem::folder();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(QStringLiteral("office"));
    printer.setCopyCount(3);
    printer.setCollateCopies(false);
    printer.setDuplex(QPrinter::DuplexLongSide);
    printer.setPrintRange(QPrinter::PageRange);
    printer.setFromTo(2, 3);
    const PrintTarget target = PrintChoice::targetOf(printer);
    CHECK_FALSE(target.isPdfFile());
    CHECK(target.queueName() == QStringLiteral("office"));
    CHECK(target.request().copies == 3);
    CHECK_FALSE(target.request().collate);
    CHECK(target.request().sides == QStringLiteral("two-sided-long-edge"));
    CHECK(target.request().pageRanges == QStringLiteral("2-3"));

    QPrinter toFile(QPrinter::HighResolution);
    toFile.setOutputFormat(QPrinter::PdfFormat);
    toFile.setOutputFileName(QStringLiteral("/tmp/out.pdf"));
    CHECK(PrintChoice::targetOf(toFile).pdfPath() == QStringLiteral("/tmp/out.pdf"));
}

TEST_CASE("A printer without the sheet's paper is named with the nearest, printed on only when the user agrees",
          "[gui][print]")
{
    PrintSystem::folder();
    const PrintTarget noA6 = PrintTarget::queue(QStringLiteral("no-a6"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(PrintChoice::withPaper(nullptr, QStringLiteral("Badges"), noA6, QSizeF(105, 148)).has_value());
    const QString text = MessageBox::lastText();
    CHECK(text.contains(QStringLiteral("“no-a6”")));
    CHECK(text.contains(QStringLiteral("A6 (105 × 148 mm)")));
    CHECK(text.contains(QStringLiteral("not line up")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    const auto nearest = PrintChoice::withPaper(nullptr, QStringLiteral("Badges"), noA6, QSizeF(105, 148));
    REQUIRE(nearest.has_value());
    CHECK(nearest->request().nearestPaper);

    // A4 it has: no question.
    const auto a4 = PrintChoice::withPaper(nullptr, QStringLiteral("Badges"), noA6, QSizeF(210, 297));
    REQUIRE(a4.has_value());
    CHECK_FALSE(a4->request().nearestPaper);
}

TEST_CASE("The badge dialog marks no badge printed when the printer refuses the job", "[gui][print]")
{
    SeminarFixture fixture;
    fixture.registerAttendee(makeAttendee(QStringLiteral("Okafor"), QStringLiteral("Chidi")));
    BadgeDialog dialog(fixture.file.database(), fixture.seminarId, {});
    auto refused = dialog.print(PrintTarget::queue(QStringLiteral("rejecting")));
    REQUIRE_FALSE(refused.ok());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(PrintChoice::tell(nullptr, QStringLiteral("Badges"), refused));
    CHECK(MessageBox::lastText().contains(QStringLiteral("“rejecting”")));
    CHECK(printedBadgeCount(fixture.file.database(), fixture.seminarId) == 0);

    auto waiting = dialog.print(PrintTarget::queue(QStringLiteral("paused")));
    REQUIRE(waiting.ok());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK(PrintChoice::tell(nullptr, QStringLiteral("Badges"), waiting));
    CHECK(MessageBox::lastText().contains(QStringLiteral("paused")));
    CHECK(printedBadgeCount(fixture.file.database(), fixture.seminarId) == 1);
}
