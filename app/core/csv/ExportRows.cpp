#include "core/csv/ExportRows.h"

#include "core/data/Database.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"

namespace sd {

ExportRows::ExportRows(const Database& database, qint64 seminarId, const ExportOptions& options)
    : m_database(database)
    , m_seminarId(seminarId)
    , m_options(options)
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

Status ExportRows::visit(const std::function<Result<bool>(qint64, const RegisteredAttendee&)>& visit) const
{
    bool statusWanted[4] = {};
    for (Registration::Status status : m_options.statuses)
        statusWanted[int(status)] = true;

    qint64 row = 0;
    Status failed;
    Status visited = RegistrationStore(m_database)
                         .visitRegisteredAttendees(m_seminarId, [&](const RegisteredAttendee& registered) {
                             if (!statusWanted[int(registered.registration.status)])
                                 return true;
                             Result<bool> more = visit(++row, registered);
                             if (!more) {
                                 failed = fail(more.error());
                                 return false;
                             }
                             return *more;
                         });
    if (!visited)
        return visited;
    return failed;
}

} // namespace sd
