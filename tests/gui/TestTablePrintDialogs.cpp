// The seminar day's printed lists in the window: the reception list, the receivers not returned and
// the attendance summary, each previewed, printed and saved by TablePrintDialog.
#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>

#include "core/checkin/AttendanceSummary.h"
#include "core/checkin/CheckInDesk.h"
#include "core/checkin/ReceiverDesk.h"
#include "core/models/AttendanceFiguresModel.h"
#include "core/print/PrintTarget.h"
#include "core/print/ReceptionList.h"
#include "core/settings/Translations.h"
#include "core/stores/DemoSeminar.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "gui/AttendanceSummaryDialog.h"
#include "gui/OutstandingReceiversDialog.h"
#include "gui/ReceptionListDialog.h"
#include "support/CatchQt.h"
#include "support/DeskFixture.h"
#include "support/GuiTestSupport.h"
#include "support/PdfTools.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

const OutputLanguage english(OutputLanguage::Code::English);
const OutputLanguage japanese(OutputLanguage::Code::Japanese);

// The demo seminar after its day: some came, one walked in, two took receivers and one gave it back.
struct SeminarDay
{
    SeminarDay()
    {
        Translations::install(QStringLiteral("en")); // the program in English, with its plurals
        auto demo = DemoSeminar::fill(file.database(), 60);
        REQUIRE(demo.ok());
        seminarId = *demo;
        auto everyone = RegistrationStore(file.database()).registeredAttendees(seminarId);
        REQUIRE(everyone.ok());
        for (const RegisteredAttendee& row : *everyone) {
            if (row.registration.status == Registration::Status::Registered)
                expected.append(row);
        }
        REQUIRE(expected.size() >= 10);
        CheckInDesk checkIn(file.database(), edits, seminarId, Desk::named(QStringLiteral("Desk 1")));
        for (int i = 0; i < 6; ++i)
            REQUIRE(checkIn.checkIn(expected.at(i).registration.id).ok());
        Attendee walkIn = makeAttendee(QStringLiteral("Walker"), QStringLiteral("Wendy"));
        walkIn.organisation = QStringLiteral("Door Street Ltd");
        REQUIRE(checkIn.walkIn(walkIn, false).ok());
        ReceiverDesk receivers(file.database(), edits, seminarId, Desk::named(QStringLiteral("Desk 1")));
        ReceiverInventory inventory = *receivers.inventory(); // the demo's, at its version
        inventory.count = 10;
        inventory.numbered.clear();
        REQUIRE(receivers.setInventory(inventory).ok());
        REQUIRE(receivers.issue(expected.at(0).registration.id, QString(), ReceiverLoan::Deposit::IdCard).ok());
        REQUIRE(receivers.issue(expected.at(1).registration.id, QString(), ReceiverLoan::Deposit::None).ok());
        REQUIRE(receivers.takeBackFrom(expected.at(1).attendee.id).ok());
    }

    Database& database() { return file.database(); }
    QString path(const char* name) const { return file.folder() + QLatin1Char('/') + QString::fromLatin1(name); }

    TestDatabaseFile file;
    RecordEdits edits {file.database()};
    qint64 seminarId = 0;
    QList<RegisteredAttendee> expected; // registered beforehand, not cancelled or waitlisted
};

void chooseLanguage(TablePrintDialog& dialog, const OutputLanguage& language)
{
    auto* combo = child<QComboBox>(dialog, "languageCombo");
    REQUIRE(combo);
    combo->setCurrentIndex(combo->findData(language.key()));
    REQUIRE(dialog.language().key() == language.key());
}

// How many pages the preview shows, once it has drawn them.
int previewPages(const TablePrintDialog& dialog)
{
    QApplication::processEvents();
    return child<QPrintPreviewWidget>(dialog, "preview")->pageCount();
}

QStringList pageLabels(const TablePrinter& printer)
{
    QStringList labels;
    for (const TablePrinter::Page& page : printer.pages())
        labels.append(page.label);
    return labels;
}

// The text of a CSV file saved for Excel: UTF-8 after a byte order mark.
QString csvText(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    return QString::fromUtf8(bytes.mid(3));
}

// The first COUNT widgets Tab reaches after FROM (and the parts of FROM, such as a spin box's field).
QStringList tabOrder(QWidget* from, int count)
{
    QStringList names;
    for (QWidget* next = from->nextInFocusChain(); next != from && names.size() < count;
         next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) && next->isVisible() && next->isEnabled() && !from->isAncestorOf(next))
            names.append(next->objectName());
    }
    return names;
}

constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

} // namespace

TEST_CASE("The reception list dialog previews the list for the desks and language chosen", "[gui][reception]")
{
    SeminarDay day;
    auto list = ReceptionList::load(day.database(), day.seminarId);
    REQUIRE(list.ok());
    ReceptionListDialog dialog(day.database(), day.seminarId);
    dialog.show();
    chooseLanguage(dialog, english);
    CHECK(child<QPushButton>(dialog, "printButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(dialog, "saveCsvButton")->isVisible());
    auto* desks = child<QSpinBox>(dialog, "desksSpin");
    REQUIRE(desks);
    CHECK(desks->value() == 1);
    CHECK(desks->maximum() == ReceptionList::maxDesks);
    // The keyboard goes down the form: desks, language, then the buttons.
    CHECK(tabOrder(desks, 3)
          == QStringList(
              {QStringLiteral("languageCombo"), QStringLiteral("printButton"), QStringLiteral("savePdfButton")}));

    const int onePage = list->printer(1, english).pages().size();
    CHECK(previewPages(dialog) == onePage);
    CHECK(dialog.printer()->pages().size() == onePage);
    CHECK(child<QLabel>(dialog, "summaryLabel")->text().contains(QStringLiteral("%1 people").arg(list->size())));

    // Three desks: each part on pages of its own, its range in their header.
    desks->setValue(3);
    const TablePrinter threeDesks = list->printer(3, english);
    CHECK(previewPages(dialog) == threeDesks.pages().size());
    CHECK(pageLabels(*dialog.printer()) == pageLabels(threeDesks));
    CHECK(pageLabels(*dialog.printer()).constFirst().startsWith(QStringLiteral("Desk 1 of 3: ")));
    CHECK(child<QLabel>(dialog, "summaryLabel")->text().contains(QStringLiteral("Desk 3 of 3: ")));

    const QString pdf = day.path("reception-list.pdf");
    REQUIRE(dialog.savePdf(pdf).ok());
    CHECK(QFile::permissions(pdf) == ownerOnly);
    CHECK(PdfTools::pageCount(pdf) == threeDesks.pages().size());
    const QString text = PdfTools::squeezedText(pdf);
    const ReceptionList::Part first = list->parts(3).constFirst();
    for (const QString& expected : {QStringLiteral("Reception list"), QStringLiteral("Desk 2 of 3"),
                                    first.entries.constFirst().person.attendee.displayName()}) {
        INFO(expected.toStdString());
        CHECK(text.contains(PdfTools::squeezed(expected)));
    }

    // The Japanese edition, whatever the program speaks.
    chooseLanguage(dialog, japanese);
    REQUIRE(dialog.savePdf(pdf).ok());
    const QString japaneseText = PdfTools::squeezedText(pdf);
    CHECK(japaneseText.contains(QStringLiteral("受付名簿")));
    CHECK(japaneseText.contains(QStringLiteral("受付1／3")));
    CHECK_FALSE(japaneseText.contains(QStringLiteral("Reception")));
}

TEST_CASE("Print to a file writes the list on A4 pages", "[gui][reception]")
{
    SeminarDay day;
    ReceptionListDialog dialog(day.database(), day.seminarId);
    dialog.setDesks(2);
    const QString pdf = day.path("printed.pdf");
    REQUIRE(dialog.print(PrintTarget::pdfFile(pdf)).ok());
    CHECK(PdfTools::pageCount(pdf) == dialog.printer()->pages().size());
    CHECK(PdfTools::pageSize(pdf).toSize() == QSize(595, 842)); // A4 in points
}

TEST_CASE("The receivers not returned are previewed, and saved as PDF and as CSV", "[gui][receivers]")
{
    SeminarDay day;
    OutstandingReceiversDialog dialog(day.database(), day.seminarId);
    dialog.show();
    chooseLanguage(dialog, english);
    const QString holder = day.expected.at(0).attendee.displayName();
    const QString returned = day.expected.at(1).attendee.displayName();
    CHECK(child<QLabel>(dialog, "summaryLabel")->text() == QStringLiteral("1 receiver not returned."));
    CHECK(previewPages(dialog) == 1);
    REQUIRE(child<QPushButton>(dialog, "saveCsvButton")->isVisible());
    CHECK(child<QPushButton>(dialog, "saveCsvButton")->isEnabled());

    const QString pdf = day.path("receivers.pdf");
    REQUIRE(dialog.savePdf(pdf).ok());
    const QString text = PdfTools::squeezedText(pdf);
    CHECK(text.contains(PdfTools::squeezed(QStringLiteral("Receivers not returned"))));
    CHECK(text.contains(PdfTools::squeezed(holder)));
    CHECK(text.contains(QStringLiteral("IDcard")));
    CHECK_FALSE(text.contains(PdfTools::squeezed(returned)));

    const QString csv = day.path("receivers.csv");
    REQUIRE(dialog.saveCsv(csv).ok());
    CHECK(QFile::permissions(csv) == ownerOnly);
    const QStringList lines = csvText(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(QStringLiteral("Name,Reading,Organisation,E-mail,Phone,Receiver,Deposit,Issued")));
    CHECK(lines.at(1).startsWith(holder + QLatin1Char(',')));
    CHECK(lines.at(1).contains(day.expected.at(0).registration.checkInCode));

    chooseLanguage(dialog, japanese);
    REQUIRE(dialog.saveCsv(csv).ok());
    CHECK(csvText(csv).startsWith(QStringLiteral("氏名,")));
}

TEST_CASE("The attendance summary shows the summary's figures on screen and saves PDF and CSV", "[gui][attendance]")
{
    SeminarDay day;
    auto summary = AttendanceSummary::load(day.database(), day.seminarId);
    REQUIRE(summary.ok());
    AttendanceSummaryDialog dialog(day.database(), day.seminarId);
    dialog.show();
    chooseLanguage(dialog, english);

    auto* view = child<QTreeView>(dialog, "figuresView");
    REQUIRE(view);
    CHECK(view->isVisible());
    const QAbstractItemModel& model = *view->model();
    using Model = AttendanceFiguresModel;
    const auto cell = [&model](int row, int column, const QModelIndex& parent = {}) {
        return model.index(row, column, parent).data().toString();
    };
    const AttendanceSummary::Figures& total = summary->total();
    CHECK(total.attended == 7);
    CHECK(total.walkIns == 1);
    CHECK(cell(Model::EveryoneRow, Model::RegisteredColumn) == QString::number(total.registered));
    CHECK(cell(Model::EveryoneRow, Model::AttendedColumn) == QStringLiteral("7"));
    CHECK(cell(Model::EveryoneRow, Model::WalkInsColumn) == QStringLiteral("1"));
    CHECK(cell(Model::EveryoneRow, Model::NoShowsColumn) == QString::number(total.noShows));
    CHECK(cell(Model::EveryoneRow, Model::RateColumn) == total.rateText(QLocale()));
    const QModelIndex organisations = model.index(Model::OrganisationGroupRow, 0);
    REQUIRE(model.rowCount(organisations) == summary->byOrganisation().size());
    CHECK(view->isExpanded(organisations));
    for (int row = 0; row < model.rowCount(organisations); ++row) {
        const AttendanceSummary::Figures& figures = summary->byOrganisation().at(row);
        INFO(figures.label.toStdString());
        CHECK(cell(row, Model::AttendedColumn, organisations) == QString::number(figures.attended));
        CHECK(cell(row, Model::NoShowsColumn, organisations) == QString::number(figures.noShows));
    }
    CHECK(previewPages(dialog) == summary->printer(english).pages().size());

    const QString pdf = day.path("attendance.pdf");
    REQUIRE(dialog.savePdf(pdf).ok());
    const QString text = PdfTools::squeezedText(pdf);
    for (const char* expected : {"Attendance summary", "By category", "By organisation", "Door Street Ltd"}) {
        INFO(expected);
        CHECK(text.contains(PdfTools::squeezed(QString::fromLatin1(expected))));
    }

    // Everyone expected, with the check-in time of those who came.
    const QString csv = day.path("attendance.csv");
    REQUIRE(dialog.saveCsv(csv).ok());
    CHECK(QFile::permissions(csv) == ownerOnly);
    const QStringList lines = csvText(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.size() == 1 + total.registered + total.walkIns);
    CHECK(lines.at(0).startsWith(QStringLiteral("Name,Reading,Organisation,Category,Attendance,Checked in at")));
    const QString cameFirst = day.expected.at(0).attendee.displayName();
    const auto row = std::find_if(lines.cbegin(), lines.cend(),
                                  [&](const QString& line) { return line.startsWith(cameFirst + QLatin1Char(',')); });
    REQUIRE(row != lines.cend());
    CHECK(row->contains(QStringLiteral(",Attended,%1").arg(QDate::currentDate().toString(Qt::ISODate))));
}

TEST_CASE("A list of a seminar that cannot be read says why and offers nothing to print", "[gui][reception]")
{
    TestDatabaseFile file;
    ReceptionListDialog reception(file.database(), 4711);
    AttendanceSummaryDialog attendance(file.database(), 4711);
    OutstandingReceiversDialog receivers(file.database(), 4711);
    for (TablePrintDialog* dialog : std::initializer_list<TablePrintDialog*> {&reception, &attendance, &receivers}) {
        INFO(dialog->windowTitle().toStdString());
        CHECK_FALSE(dialog->printer().ok());
        CHECK(child<QLabel>(*dialog, "messageLabel")->text() == dialog->printer().error());
        CHECK_FALSE(dialog->printer().error().isEmpty());
        for (const char* button : {"printButton", "savePdfButton", "saveCsvButton"})
            CHECK_FALSE(child<QPushButton>(*dialog, button)->isEnabled());
        CHECK_FALSE(dialog->savePdf(file.folder() + QStringLiteral("/list.pdf")).ok());
    }
    CHECK_FALSE(QFile::exists(file.folder() + QStringLiteral("/list.pdf")));
}

TEST_CASE("The Seminar menu opens the day's lists for the seminar picked, and not without one", "[gui][MainWindow]")
{
    DeskFixture desk;
    const char* const actions[] {"receptionListAction", "outstandingReceiversAction", "attendanceSummaryAction"};
    for (const char* action : actions)
        CHECK_FALSE(child<QAction>(desk.window, action)->isEnabled());
    desk.createSeminar();
    bool opened = false;
    const auto closeWhenOpen = [&opened](TablePrintDialog& dialog) {
        opened = dialog.printer().ok();
        dialog.reject();
    };
    for (const char* action : actions) {
        INFO(action);
        opened = false;
        whenDialogOpens<TablePrintDialog>(closeWhenOpen);
        desk.trigger(action);
        CHECK(opened);
    }
}
