// Imports registrations from a CSV file or an Excel workbook (web-form exports, other people's
// spreadsheets) into one seminar: all or nothing, duplicates merged, a malformed file refused with
// its line (a workbook's row), and what was written kept so that the desk can undo it.
#pragma once

#include <functional>
#include <optional>

#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/Result.h"
#include "core/csv/CsvEncoding.h"
#include "core/csv/HeaderMapping.h"
#include "core/records/Attendee.h"
#include "core/records/Registration.h"

namespace sd {

class Database;
class Progress;

struct CsvImportOptions
{
    std::optional<CsvEncoding::Kind> encoding; // none: detect
    std::optional<QChar> delimiter; // none: detect
    HeaderMapping mapping; // saved choices; other headers are recognised
    QString sourceName; // what the registrations' source names ("import:NAME"); empty: the file's name
    QString sheet; // the sheet of an Excel workbook to read; none: the first
};

struct CsvFileFormat
{
    CsvEncoding::Kind encoding = CsvEncoding::Kind::Utf8;
    bool encodingGuessed = false; // detected, not chosen
    QChar delimiter = QLatin1Char(',');
    QString sheet; // the sheet read when the file is an Excel workbook; empty for a CSV file
};

// Why a file could not be read: the line, and the encoding it is probably in when that is the cause.
struct CsvReadFailure
{
    qint64 line = 0;
    std::optional<CsvEncoding::Kind> suggestedEncoding;
};

// What one row of the file becomes.
struct ImportRecord
{
    enum class Action { Add, MergeIntoExisting, MergeIntoEarlierRow };
    qint64 line = 0;
    Attendee attendee;
    Registration::Status status = Registration::Status::Registered;
    bool receiverNeeded = false;
    Action action = Action::Add;
    qint64 attendeeId = 0; // the attendee merged into, or the one added (0 in a dry run)
    qint64 duplicateOfLine = 0; // for MergeIntoEarlierRow
    bool registers = false; // whether a registration for the seminar is added

    static QString actionKey(Action action); // "add", "merge", "merge_in_file"
};

struct ImportDuplicate
{
    qint64 line = 0;
    QString name; // the row's person, as the desk shows them
    QString reason; // "email" or "name_organisation"
    qint64 attendeeId = 0; // the attendee already in the database, or 0
    qint64 duplicateOfLine = 0; // the earlier row of the file, or 0
};

// An error (nothing is imported) or a warning (the import goes ahead: a booker's e-mail shared by
// several people).
struct ImportError
{
    qint64 line = 0; // 0: the file as a whole
    QString message;
};

// What an import wrote, so that it can be undone: the people and registrations it added, and the
// people it completed as they were before.
struct ImportChanges
{
    QList<qint64> addedAttendeeIds;
    QList<qint64> addedRegistrationIds;
    QList<Attendee> completedAttendees;
};

struct ImportReport
{
    CsvFileFormat format;
    QStringList header;
    qint64 rows = 0;
    int attendeesAdded = 0;
    int attendeesUpdated = 0; // existing attendees whose empty fields a duplicate row filled
    int registrationsAdded = 0;
    QList<ImportDuplicate> duplicates;
    QList<ImportError> warnings;
    QList<ImportError> errors;
    std::optional<CsvEncoding::Kind> suggestedEncoding; // when the file seems to be in another encoding
    bool applied = false; // committed to the database
    ImportChanges changes; // when applied
};

class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    enum class Mode { DryRun, Apply };

    CsvImporter(Database& database, qint64 seminarId, CsvImportOptions options);
    qint64 seminarId() const { return m_seminarId; }

    // The file's encoding and delimiter: the ones chosen in the options, else detected; for an
    // Excel workbook (known by its content, whatever its name), the sheet to read.
    Result<CsvFileFormat> format(const QString& path) const;
    // Reads the file: VISIT gets the header, then each row with the line it starts on, and returns
    // false to stop. A malformed file fails with its line (also put in FAILURE when given). In a
    // workbook the header is the first row with a value, and a row's line is its row number.
    Status
    visitRows(const QString& path, CsvReadFailure* failure,
              const std::function<bool(const QStringList& header, qint64 line, const QStringList& row)>& visit) const;
    // Told every few hundred rows how far run() is, and asked whether to stop; none by default.
    void setProgress(Progress* progress) { m_progress = progress; }
    // Imports PATH in one transaction (or, in a dry run, only says what it would do). ON_RECORD
    // sees what each row becomes. Any error, or a stop through the progress (the report's first
    // error is then Progress::stopped()), leaves the database as it was.
    ImportReport run(const QString& path, Mode mode,
                     const std::function<void(const ImportRecord&)>& onRecord = {}) const;

    // A full name or reading in one field, split at the first space (ASCII or ideographic):
    // family name first in Japanese script, given name first in Latin script.
    static QPair<QString, QString> splitFullName(const QString& fullName);
    // The counts of REPORT in a sentence: "4 rows: 3 new attendees, 0 stored attendees completed, ...".
    static QString countsText(const ImportReport& report);

private:
    Status visitWorkbookRows(
        const QString& path, CsvReadFailure* failure,
        const std::function<bool(const QStringList& header, qint64 line, const QStringList& row)>& visit) const;
    Result<ImportRecord> recordOf(const QStringList& row, const QList<HeaderMapping::Target>& targets) const;
    // The error for columns of HEADER that would fill one field, or an empty string.
    static QString conflictError(const QStringList& header, const QList<HeaderMapping::Target>& targets);

    Database& m_database;
    qint64 m_seminarId;
    CsvImportOptions m_options;
    Progress* m_progress = nullptr;
};

} // namespace sd
