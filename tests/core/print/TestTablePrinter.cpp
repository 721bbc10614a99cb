#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include "core/Progress.h"
#include "core/print/TablePrinter.h"
#include "support/CatchQt.h"
#include "support/PdfTools.h"
#include "support/RecordedProgress.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

TableSection section(const QString& heading, int rows, bool startsPage)
{
    TableSection table;
    table.heading = heading;
    table.startsPage = startsPage;
    table.columns = {{QStringLiteral("No."), 12, 1, Qt::AlignRight, false},
                     {QStringLiteral("Name"), 0, 1, Qt::AlignLeft, false},
                     {QStringLiteral("Tick"), 14, 1, Qt::AlignHCenter, true}};
    table.emptyText = QStringLiteral("Nobody.");
    for (int i = 0; i < rows; ++i)
        table.rows.append({QString::number(i + 1), QStringLiteral("Person %1").arg(i + 1), QString()});
    return table;
}

int rowsOn(const TablePrinter::Page& page)
{
    int rows = 0;
    for (const TablePrinter::Slice& slice : page.slices)
        rows += slice.rowCount;
    return rows;
}

} // namespace

TEST_CASE("Rows fill pages of one height and never split, a section that starts a page does", "[table]")
{
    const TablePrinter printer(
        QStringLiteral("List"), {QStringLiteral("Seminar"), QStringLiteral("Date")},
        {section(QStringLiteral("Desk 1"), 70, true), section(QStringLiteral("Desk 2"), 5, true)});
    const QList<TablePrinter::Page>& pages = printer.pages();
    REQUIRE(pages.size() == 4);
    const int perPage = rowsOn(pages.at(0));
    CHECK(perPage > 25); // A4 with 8 mm rows
    CHECK(rowsOn(pages.at(1)) == perPage);
    CHECK(rowsOn(pages.at(0)) + rowsOn(pages.at(1)) + rowsOn(pages.at(2)) == 70);
    CHECK(pages.at(2).label == QStringLiteral("Desk 1"));
    CHECK(pages.at(3).label == QStringLiteral("Desk 2"));
    CHECK(pages.at(3).slices.at(0).firstRow == 0);
    CHECK(pages.at(1).slices.at(0).firstRow == perPage);
}

TEST_CASE("Sections that follow on share a page, each under its heading", "[table]")
{
    const TablePrinter printer(QStringLiteral("Summary"), {QStringLiteral("Seminar")},
                               {section(QStringLiteral("In all"), 1, false),
                                section(QStringLiteral("By category"), 3, false),
                                section(QStringLiteral("Empty"), 0, false)});
    REQUIRE(printer.pages().size() == 1);
    const QList<TablePrinter::Slice>& slices = printer.pages().at(0).slices;
    REQUIRE(slices.size() == 3);
    CHECK(slices.at(0).heading);
    CHECK(slices.at(1).heading);
    CHECK(slices.at(2).rowCount == 0);
    CHECK(printer.pages().at(0).label.isEmpty());

    TestDatabaseFile folder;
    const QString path = folder.folder() + QStringLiteral("/summary.pdf");
    REQUIRE(printer.savePdf(path).ok());
    const QString text = PdfTools::squeezedText(path);
    for (const char* word : {"Summary", "In all", "By category", "Person 3", "Nobody.", "1 / 1"}) {
        INFO(word);
        CHECK(text.contains(PdfTools::squeezed(QString::fromUtf8(word))));
    }
    CHECK(PdfTools::allFontsEmbedded(path));
}

TEST_CASE("A list reports page by page, and cancelled part way writes no file", "[table][pdf][progress]")
{
    TestDatabaseFile file;
    TablePrinter printer(QStringLiteral("Reception list"), {QStringLiteral("Seminar")},
                         {section(QStringLiteral("Desk 1"), 200, true)});
    const qint64 pages = printer.pages().size();
    REQUIRE(pages > 3);
    const QString pdf = QDir(file.folder()).filePath(QStringLiteral("list.pdf"));

    RecordedProgress progress;
    printer.setProgress(&progress);
    REQUIRE(printer.savePdf(pdf).ok());
    progress.checkMonotonicTo(pages);
    CHECK(progress.reports.constFirst().text == QStringLiteral("Writing “Reception list”… page 1 of %1").arg(pages));
    CHECK(PdfTools::pageCount(pdf) == pages);

    // The old file stays as it was; no temporary file is left beside it.
    RecordedProgress stopping(3);
    printer.setProgress(&stopping);
    const QByteArray before = [&] {
        QFile old(pdf);
        REQUIRE(old.open(QIODevice::ReadOnly));
        return old.readAll();
    }();
    const Status stopped = printer.savePdf(pdf);
    REQUIRE_FALSE(stopped.ok());
    CHECK(Progress::isStopped(stopped.error()));
    QFile after(pdf);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == before);
    CHECK(QDir(file.folder()).entryList({QStringLiteral("list*")}, QDir::Files)
          == QStringList {QStringLiteral("list.pdf")});
}
