#include "core/print/DoorBadges.h"

#include <QPdfWriter>

#include "core/print/BadgeSelection.h"
#include "core/print/LabelSheetCatalog.h"
#include "core/print/SheetInPrinter.h"
#include "core/stores/RegistrationStore.h"

namespace sd {

// Which badges go where: a printer set up for its stock and start label.
struct DoorBadges::Job
{
    BadgeSheetPrinter printer;
    BadgeSelection selection;
    int count = 0;
    bool onSheetInPrinter = false; // the labels it takes are recorded as used
    bool onFreshSheet = false; // the sheet in the printer is used up: the run starts on a new one
};

DoorBadges::DoorBadges(const Database& database, qint64 seminarId, SheetInPrinter& sheet, BadgeStyle style)
    : m_database(database)
    , m_seminarId(seminarId)
    , m_sheet(sheet)
    , m_style(std::move(style))
{
}

QString DoorBadges::routeKey(Route route)
{
    switch (route) {
    case Route::Card:
        return QStringLiteral("card");
    case Route::NextLabel:
        return QStringLiteral("label");
    case Route::Queue:
        break;
    }
    return QStringLiteral("queue");
}

std::optional<DoorBadges::Route> DoorBadges::routeFromKey(const QString& key)
{
    for (Route route : routes()) {
        if (routeKey(route) == key)
            return route;
    }
    return std::nullopt;
}

DoorBadges::Route DoorBadges::routeOf(const QString& key)
{
    return routeFromKey(key).value_or(Route::Queue);
}

QString DoorBadges::routeName(Route route)
{
    switch (route) {
    case Route::Card:
        return tr("Printed at once on a card (%1)").arg(cardName());
    case Route::NextLabel:
        return tr("Printed at once on the next free label of the sheet in the printer");
    case Route::Queue:
        break;
    }
    return tr("Queued, to be printed together later");
}

Result<DoorBadges::Job> DoorBadges::single(qint64 registrationId, Stock stock) const
{
    const LabelSheetCatalog catalog;
    auto sheet = catalog.find(stock == Stock::Card ? cardName() : m_sheet.sheetName());
    if (!sheet)
        return fail(sheet.error());
    Job job {BadgeSheetPrinter(*sheet, m_style), BadgeSelection::registrations({registrationId}), 1,
             stock == Stock::NextLabel};
    job.printer.setPrinterOffsetMm(m_offsetMm);
    if (stock == Stock::NextLabel) {
        const int label = m_sheet.nextFreeLabel(sheet->labelsPerSheet());
        if (label < 0)
            return fail(
                tr("Every label of the sheet in the printer is used: put in a fresh sheet of %1.").arg(sheet->name()));
        job.printer.setStartLabel(label);
    }
    return job;
}

Result<QList<RegisteredAttendee>> DoorBadges::queued() const
{
    QList<RegisteredAttendee> waiting;
    Status visited
        = RegistrationStore(m_database)
              .visitRegisteredAttendees(m_seminarId, [&waiting](const RegisteredAttendee& row) {
                  const Registration& registration = row.registration;
                  if (registration.source == Registration::walkInSource() && !registration.badgePrintedAt.isValid()
                      && registration.status == Registration::Status::Attended)
                      waiting.append(row);
                  return true;
              });
    if (!visited)
        return fail(visited.error());
    return waiting;
}

Result<int> DoorBadges::queuedCount() const
{
    return RegistrationStore(m_database).walkInBadgesWaiting(m_seminarId);
}

Result<DoorBadges::Job> DoorBadges::queue() const
{
    auto waiting = queued();
    if (!waiting)
        return fail(waiting.error());
    if (waiting->isEmpty())
        return fail(tr("No badges are waiting to be printed."));
    auto sheet = LabelSheetCatalog().find(m_sheet.sheetName());
    if (!sheet)
        return fail(sheet.error());
    QList<qint64> ids;
    for (const RegisteredAttendee& row : *waiting)
        ids.append(row.registration.id);
    Job job {BadgeSheetPrinter(*sheet, m_style), BadgeSelection::registrations(ids), int(ids.size()), true};
    job.printer.setPrinterOffsetMm(m_offsetMm);
    // Never over a used label: from the one after the last used, or a fresh sheet when none is left.
    const int start = m_sheet.afterLastUsed();
    job.onFreshSheet = start >= sheet->labelsPerSheet();
    job.printer.setStartLabel(job.onFreshSheet ? 0 : start);
    return job;
}

Result<int> DoorBadges::print(const PrintTarget& target, qint64 registrationId, Stock stock)
{
    auto job = single(registrationId, stock);
    return job ? run(*job, target, tr("Name badge")) : Result<int>(fail(job.error()));
}

Result<int> DoorBadges::savePdf(const QString& path, qint64 registrationId, Stock stock)
{
    return print(PrintTarget::pdfFile(path), registrationId, stock);
}

Result<int> DoorBadges::printQueue(const PrintTarget& target)
{
    auto job = queue();
    return job ? run(*job, target, tr("Name badges")) : Result<int>(fail(job.error()));
}

Result<int> DoorBadges::saveQueuePdf(const QString& path)
{
    return printQueue(PrintTarget::pdfFile(path));
}

// Prints JOB on TARGET (a PDF file is written only if all went well); once the file is written or
// a queue has taken the job, the badges are printed and their labels used. A single badge gives its
// label, a queue its count.
Result<int> DoorBadges::run(const Job& job, const PrintTarget& target, const QString& title)
{
    m_lastJob.reset();
    QList<PrintedBadge> painted;
    auto done = target.send(title, [&](QPdfWriter& device) -> Status {
        job.printer.setUpPage(device);
        auto printout = job.printer.paint(device, m_database, m_seminarId, job.selection);
        if (!printout)
            return fail(printout.error());
        if (printout->badges.isEmpty())
            return fail(tr("There is no badge to print for this registration."));
        painted = printout->badges;
        return {};
    });
    if (!done)
        return fail(done.error());
    m_lastJob = *done;
    if (Status marked = RegistrationStore(m_database).markBadgesPrinted(painted); !marked)
        return fail(marked.error());
    const int start = job.printer.startLabel();
    if (job.onSheetInPrinter) {
        // The printer now holds the last sheet the run went onto: a fresh one if it went past the first.
        const int perSheet = job.printer.sheet().labelsPerSheet();
        const int end = start + int(painted.size());
        if (job.onFreshSheet || end > perSheet)
            m_sheet.loadFreshSheet(m_sheet.sheetName());
        QList<int> used;
        for (int label = end > perSheet ? 0 : start; label < (end - 1) % perSheet + 1; ++label)
            used.append(label);
        m_sheet.markUsed(used);
    }
    return job.count == 1 ? start : int(painted.size());
}

} // namespace sd
