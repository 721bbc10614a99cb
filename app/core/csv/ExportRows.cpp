#include "core/csv/ExportRows.h"

#include "core/Progress.h"
#include "core/data/Database.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"

namespace sd {

ExportRows::ExportRows(const Database& database, qint64 seminarId, const ExportOptions& options, Progress* progress)
    : m_database(database)
    , m_seminarId(seminarId)
    , m_options(options)
    , m_progress(progress)
{
}

Result<Seminar> ExportRows::check() const
{
    if (m_options.columns.isEmpty())
        return fail(tr("Choose at least one column to export."));
    return SeminarStore(m_database).find(m_seminarId);
}

QStringList ExportRows::header() const
{
    QStringList cells;
    for (CsvColumn::Field field : m_options.columns)
        cells.append(CsvColumn::of(field).header(m_options.headerLanguage));
    return cells;
}

QList<const CsvColumn*> ExportRows::columns() const
{
    QList<const CsvColumn*> columns;
    for (CsvColumn::Field field : m_options.columns)
        columns.append(&CsvColumn::of(field));
    return columns;
}

Result<qint64> ExportRows::count() const
{
    const Result<SeminarCounts> counts = RegistrationStore(m_database).counts(m_seminarId);
    if (!counts)
        return fail(counts.error());
    // In the order of Registration::Status, as statusWanted below.
    const int byStatus[] = {counts->registered, counts->waitlisted, counts->cancelled, counts->attended};
    qint64 rows = 0;
    for (Registration::Status status : m_options.statuses)
        rows += byStatus[int(status)];
    return rows;
}

Status ExportRows::visit(const std::function<Result<bool>(qint64, const RegisteredAttendee&)>& visit) const
{
    bool statusWanted[4] = {};
    for (Registration::Status status : m_options.statuses)
        statusWanted[int(status)] = true;

    // Counted only for a progress: the export benchmark runs without one.
    qint64 total = 0;
    if (m_progress) {
        const Result<qint64> counted = count();
        if (!counted)
            return fail(counted.error());
        total = *counted;
    }
    const auto goOn = [&](qint64 done) {
        return !m_progress
            || m_progress->report(
                tr("Exporting registrations… row %1 of %n", nullptr, int(total)).arg(qMin(done + 1, total)), done,
                total);
    };
    if (!goOn(0))
        return Progress::stopped();
    qint64 row = 0;
    Status failed;
    Status visited = RegistrationStore(m_database)
                         .visitRegisteredAttendees(m_seminarId, [&](const RegisteredAttendee& registered) {
                             if (!statusWanted[int(registered.registration.status)])
                                 return true;
                             if (row > 0 && Progress::due(row) && !goOn(row)) {
                                 failed = Progress::stopped();
                                 return false;
                             }
                             Result<bool> more = visit(++row, registered);
                             if (!more) {
                                 failed = fail(more.error());
                                 return false;
                             }
                             return *more;
                         });
    if (!visited)
        return visited;
    if (!failed)
        return failed;
    if (!goOn(total))
        return Progress::stopped();
    return {};
}

} // namespace sd
