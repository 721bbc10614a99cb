// The registrations an export holds and its header: what the CSV and the Excel exporters share, so
// that presets, columns, the status filter and the header language mean the same in both.
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "core/Result.h"
#include "core/csv/CsvColumn.h"
#include "core/records/Registration.h"
#include "core/records/Seminar.h"

namespace sd {

class Database;
class Progress;
struct RegisteredAttendee;

struct ExportOptions
{
    QList<CsvColumn::Field> columns;
    // Whom to list; the default leaves out the cancelled and the waitlisted, who are not coming.
    QList<Registration::Status> statuses {Registration::Status::Registered, Registration::Status::Attended};
    CsvColumn::HeaderLanguage headerLanguage = CsvColumn::HeaderLanguage::English;
};

class ExportRows
{
    Q_DECLARE_TR_FUNCTIONS(ExportRows)

public:
    // PROGRESS, when given, hears every few hundred rows how far the visit is and may stop it.
    ExportRows(const Database& database, qint64 seminarId, const ExportOptions& options, Progress* progress = nullptr);

    // The seminar to export, or why nothing can be: no column chosen, the seminar not stored.
    Result<Seminar> check() const;
    QStringList header() const;
    QList<const CsvColumn*> columns() const;
    // Visits the registrations to export in the list's order (gojuon order of the readings),
    // numbered from 1; VISIT gives false to stop, or an error that stops the export. Stopped
    // through the progress, it fails with Progress::stopped().
    Status visit(const std::function<Result<bool>(qint64 row, const RegisteredAttendee& registered)>& visit) const;

private:
    Result<qint64> count() const;

    const Database& m_database;
    qint64 m_seminarId;
    const ExportOptions& m_options;
    Progress* m_progress;
};

} // namespace sd
