// Imports registrations from a CSV file or an Excel workbook (web-form exports, other people's
// spreadsheets) into one seminar: all or nothing, duplicates merged, a malformed file refused with
// its line (a workbook's row).
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

struct CsvImportOptions
{
    std::optional<CsvEncoding::Kind> encoding; // none: detect
    std::optional<QChar> delimiter; // none: detect
    HeaderMapping mapping; // saved choices; other headers are recognised
    QString sheet; // the sheet of an Excel workbook to read; none: the first
};

struct CsvFileFormat
{
    CsvEncoding::Kind encoding = CsvEncoding::Kind::Utf8;
    QChar delimiter = QLatin1Char(',');
    QString sheet; // the sheet read when the file is an Excel workbook; empty for a CSV file
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
    QString reason; // "email" or "name_organisation"
    qint64 attendeeId = 0; // the attendee already in the database, or 0
    qint64 duplicateOfLine = 0; // the earlier row of the file, or 0
};

struct ImportError
{
    qint64 line = 0; // 0: the file as a whole
    QString message;
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
    QList<ImportError> errors;
    bool applied = false; // committed to the database
};

class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    enum class Mode { DryRun, Apply };

    CsvImporter(Database& database, qint64 seminarId, CsvImportOptions options);

    // The file's encoding and delimiter: the ones chosen in the options, else detected; for an
    // Excel workbook (known by its content, whatever its name), the sheet to read.
    Result<CsvFileFormat> format(const QString& path) const;
    // Reads the file: VISIT gets the header, then each row with the line it starts on, and returns
    // false to stop. A malformed file fails with its line (also put in ERROR_LINE when given). In a
    // workbook the header is the first row with a value, and a row's line is its row number.
    Status
    visitRows(const QString& path, qint64* errorLine,
              const std::function<bool(const QStringList& header, qint64 line, const QStringList& row)>& visit) const;
    // Imports PATH in one transaction (or, in a dry run, only says what it would do). ON_RECORD
    // sees what each row becomes. Any error leaves the database as it was.
    ImportReport run(const QString& path, Mode mode,
                     const std::function<void(const ImportRecord&)>& onRecord = {}) const;

    // A full name or reading in one field, split at the first space (ASCII or ideographic):
    // family name first in Japanese script, given name first in Latin script.
    static QPair<QString, QString> splitFullName(const QString& fullName);
    static bool isYes(const QString& text);

private:
    Status visitWorkbookRows(
        const QString& path, qint64* errorLine,
        const std::function<bool(const QStringList& header, qint64 line, const QStringList& row)>& visit) const;
    Result<ImportRecord> recordOf(const QStringList& row, const QList<HeaderMapping::Target>& targets) const;

    Database& m_database;
    qint64 m_seminarId;
    CsvImportOptions m_options;
};

} // namespace sd
