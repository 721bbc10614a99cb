#include "core/csv/CsvImporter.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringBuilder>

#include "core/Progress.h"
#include "core/csv/CsvReader.h"
#include "core/csv/CsvWriter.h"
#include "core/data/BulkWrite.h"
#include "core/data/Database.h"
#include "core/data/Transaction.h"
#include "core/records/SearchText.h"
#include "core/records/Seminar.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "core/xlsx/XlsxReader.h"

namespace sd {

namespace {

constexpr qsizetype detectionBytes = 1 << 20;
constexpr int maximumErrors = 1000;

QString emailKey(const Attendee& attendee)
{
    return attendee.email.trimmed().toCaseFolded();
}

// What a row or a stored attendee is known by when later rows are matched against them. Names
// that differ only in width, case, kana or spacing are equal.
struct Known
{
    qint64 attendeeId = 0;
    qint64 line = 0; // the row of this file that added them, 0 when they were in the database
    QString email;
    QString person; // the name, folded
    QString reading; // the reading, folded; empty when there is none

    static Known of(const Attendee& attendee, qint64 attendeeId, qint64 line)
    {
        // The separator stays as it is and joins nothing, so folding the whole is folding each part.
        const QChar separator(0x1f);
        Known known {attendeeId,
                     line,
                     emailKey(attendee),
                     SearchText::fold(attendee.familyName % separator % attendee.givenName),
                     {}};
        if (!attendee.familyReading.isEmpty() || !attendee.givenReading.isEmpty())
            known.reading = SearchText::fold(attendee.familyReading % separator % attendee.givenReading);
        return known;
    }
    // People who share a booker's e-mail are one person only when their name or reading matches.
    bool sameNameAs(const Known& other) const
    {
        return person == other.person || (!reading.isEmpty() && reading == other.reading);
    }
    bool samePersonAs(const Known& other) const { return attendeeId == other.attendeeId && line == other.line; }
};

// The same name at the same organisation is the same person (unless their e-mails differ).
QString nameKey(const Known& known, const Attendee& attendee)
{
    return known.person % QChar(0x1f) % SearchText::fold(attendee.organisation);
}

// Microsoft Forms writes this for a respondent who did not sign in.
bool isAnonymous(const QString& value)
{
    return value.compare(QLatin1String("anonymous"), Qt::CaseInsensitive) == 0 || value == QStringLiteral("匿名");
}

// Fills the empty fields of INTO from FROM; true when anything changed.
bool fillEmpty(Attendee& into, const Attendee& from)
{
    bool changed = false;
    const auto fill = [&changed](QString& field, const QString& value) {
        if (field.isEmpty() && !value.isEmpty()) {
            field = value;
            changed = true;
        }
    };
    fill(into.familyReading, from.familyReading);
    fill(into.givenReading, from.givenReading);
    fill(into.latinName, from.latinName);
    fill(into.badgeName, from.badgeName);
    fill(into.organisation, from.organisation);
    fill(into.position, from.position);
    fill(into.country, from.country);
    fill(into.email, from.email);
    fill(into.phone, from.phone);
    fill(into.notes, from.notes);
    return changed;
}

QString sourceName(const CsvImportOptions& options, const QString& path)
{
    return options.sourceName.isEmpty() ? QFileInfo(path).fileName() : options.sourceName;
}

} // namespace

QString ImportRecord::actionKey(Action action)
{
    switch (action) {
    case Action::Add:
        return QStringLiteral("add");
    case Action::MergeIntoExisting:
        return QStringLiteral("merge");
    case Action::MergeIntoEarlierRow:
        return QStringLiteral("merge_in_file");
    }
    return {};
}

CsvImporter::CsvImporter(Database& database, qint64 seminarId, CsvImportOptions options)
    : m_database(database)
    , m_seminarId(seminarId)
    , m_options(std::move(options))
{
}

Result<CsvFileFormat> CsvImporter::format(const QString& path) const
{
    if (XlsxReader::isSpreadsheetFile(path)) {
        Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path);
        if (!reader)
            return fail(reader.error());
        Result<QString> sheet = (*reader)->sheet(m_options.sheet);
        if (!sheet)
            return fail(sheet.error());
        CsvFileFormat format;
        format.sheet = *sheet;
        return format;
    }
    if (!m_options.sheet.isEmpty())
        return fail(tr("“%1” is not an Excel workbook: it has no sheets to choose from.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read “%1”: %2").arg(path, file.errorString()));
    const QByteArray head = file.read(detectionBytes);
    CsvFileFormat format;
    format.encoding = m_options.encoding ? *m_options.encoding : CsvEncoding::detect(head);
    format.encodingGuessed = !m_options.encoding;
    if (m_options.delimiter) {
        format.delimiter = *m_options.delimiter;
    } else {
        // Whole lines only: the last one may be cut off (in UTF-16 its newline's second byte too).
        const qsizetype lastNewline = head.lastIndexOf('\n');
        const qsizetype end = file.atEnd() ? head.size()
            : lastNewline < 0              ? 0
                                           : lastNewline + CsvEncoding::unitBytes(format.encoding);
        QStringDecoder decoder = CsvEncoding::decoder(format.encoding);
        format.delimiter = CsvReader::detectDelimiter(decoder.decode(QByteArrayView(head.constData(), end)));
    }
    return format;
}

Status CsvImporter::visitRows(
    const QString& path, CsvReadFailure* failure,
    const std::function<bool(const QStringList& header, qint64 line, const QStringList& row)>& visit) const
{
    if (XlsxReader::isSpreadsheetFile(path))
        return visitWorkbookRows(path, failure, visit);
    const Result<CsvFileFormat> fileFormat = format(path);
    if (!fileFormat)
        return fail(fileFormat.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read “%1”: %2").arg(path, file.errorString()));
    CsvReader reader(file, fileFormat->encoding, fileFormat->delimiter);
    reader.setEncodingGuessed(fileFormat->encodingGuessed);
    QStringList header;
    const auto malformed = [&](const QString& message) {
        if (failure)
            *failure = {reader.errorLine(), reader.suggestedEncoding()};
        return fail(tr("%1: %2").arg(sourceName(m_options, path), message));
    };
    Result<bool> read = reader.next(header);
    if (!read)
        return malformed(read.error());
    if (!*read)
        return fail(tr("“%1” is empty: a CSV file with a header line is needed.").arg(sourceName(m_options, path)));
    QStringList row;
    for (;;) {
        read = reader.next(row);
        if (!read)
            return malformed(read.error());
        if (!*read || !visit(header, reader.recordLine(), row))
            return {};
    }
}

Status CsvImporter::visitWorkbookRows(
    const QString& path, CsvReadFailure* failure,
    const std::function<bool(const QStringList& header, qint64 line, const QStringList& row)>& visit) const
{
    Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path);
    if (!reader)
        return fail(reader.error());
    Result<QString> sheet = (*reader)->sheet(m_options.sheet);
    if (!sheet)
        return fail(sheet.error());
    QStringList header;
    qint64 errorLine = 0;
    Status read = (*reader)->visitRows(*sheet, &errorLine, [&](qint64 row, const QStringList& cells) {
        if (header.isEmpty()) {
            header = cells;
            return true;
        }
        return visit(header, row, cells);
    });
    if (!read) {
        if (failure)
            *failure = {errorLine, std::nullopt};
        return fail(tr("%1: %2").arg(sourceName(m_options, path), read.error()));
    }
    if (header.isEmpty())
        return fail(
            tr("The sheet “%1” of “%2” is empty: a header row is needed.").arg(*sheet, sourceName(m_options, path)));
    return {};
}

QPair<QString, QString> CsvImporter::splitFullName(const QString& fullName)
{
    const QString name = fullName.trimmed();
    qsizetype space = -1;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i) == QLatin1Char(' ') || name.at(i) == QChar(0x3000)) {
            space = i;
            break;
        }
    }
    if (space < 0)
        return {name, QString()};
    const QString first = name.left(space).trimmed();
    const QString rest = name.mid(space + 1).trimmed();
    if (PersonName::containsEastAsianScript(name))
        return {first, rest}; // family, given
    return {rest, first};
}

Result<ImportRecord> CsvImporter::recordOf(const QStringList& row, const QList<HeaderMapping::Target>& targets) const
{
    using T = HeaderMapping::Target;
    ImportRecord record;
    Attendee& a = record.attendee;
    QString fullName;
    QString fullReading;
    QString latinFamilyName;
    QString latinGivenName;
    for (qsizetype i = 0; i < row.size() && i < targets.size(); ++i) {
        const QString value = CsvWriter::unguarded(row.at(i)).trimmed();
        if (value.isEmpty())
            continue;
        switch (targets.at(i)) {
        case T::Ignore:
            break;
        case T::FullName:
            fullName = value;
            break;
        case T::FamilyName:
            a.familyName = value;
            break;
        case T::GivenName:
            a.givenName = value;
            break;
        case T::FullReading:
            fullReading = value;
            break;
        case T::FamilyReading:
            a.familyReading = value;
            break;
        case T::GivenReading:
            a.givenReading = value;
            break;
        case T::LatinName:
            a.latinName = value;
            break;
        case T::LatinFamilyName:
            latinFamilyName = value;
            break;
        case T::LatinGivenName:
            latinGivenName = value;
            break;
        case T::BadgeName:
            a.badgeName = value;
            break;
        case T::Organisation:
            a.organisation = value;
            break;
        case T::Position:
            a.position = value;
            break;
        case T::Country:
            a.country = value;
            break;
        case T::Email:
            if (!isAnonymous(value))
                a.email = value;
            break;
        case T::Phone:
            a.phone = value;
            break;
        case T::PreferredLanguage:
            a.preferredLanguage = Seminar::languageFromText(value);
            break;
        case T::Category:
            if (const auto category = Attendee::categoryFromText(value))
                a.category = *category;
            else
                return fail(tr("“%1” is not a category; use one of: %2.")
                                .arg(value, Attendee::categories().join(QStringLiteral(", "))));
            break;
        case T::Notes:
            a.notes = a.notes.isEmpty() ? value : a.notes + QLatin1Char('\n') + value;
            break;
        case T::ReceiverNeeded:
            record.receiverNeeded = Registration::receiverNeededFromText(value).value_or(false);
            break;
        case T::Status:
            if (const auto status = Registration::statusFromText(value))
                record.status = *status;
            else
                return fail(tr("“%1” is not a registration status.").arg(value));
            break;
        }
    }
    if (!fullName.isEmpty() && a.familyName.isEmpty() && a.givenName.isEmpty())
        std::tie(a.familyName, a.givenName) = splitFullName(fullName);
    if (!fullReading.isEmpty() && a.familyReading.isEmpty() && a.givenReading.isEmpty())
        std::tie(a.familyReading, a.givenReading) = splitFullName(fullReading);
    if (a.latinName.isEmpty()) // "Taro" and "Yamada" from 名（ローマ字） and 姓（ローマ字）
        a.latinName = QStringList({latinGivenName, latinFamilyName}).join(QLatin1Char(' ')).trimmed();
    a = a.normalised(); // as it will be stored: duplicates are found among stored forms
    if (const QString invalid = AttendeeStore::validationError(a); !invalid.isEmpty())
        return fail(invalid);
    return record;
}

QString CsvImporter::countsText(const ImportReport& report)
{
    return tr("%1: %2, %3, %4, %5.")
        .arg(tr("%n row(s)", nullptr, int(report.rows)), tr("%n new attendee(s)", nullptr, report.attendeesAdded),
             tr("%n stored attendee(s) completed", nullptr, report.attendeesUpdated),
             tr("%n registration(s)", nullptr, report.registrationsAdded),
             tr("%n duplicate(s) merged", nullptr, int(report.duplicates.size())));
}

QString CsvImporter::conflictError(const QStringList& header, const QList<HeaderMapping::Target>& targets)
{
    const QList<HeaderMapping::Conflict> conflicts = HeaderMapping::conflicts(targets);
    if (conflicts.isEmpty())
        return {};
    const HeaderMapping::Conflict& conflict = conflicts.first();
    QStringList names;
    for (int column : conflict.columns)
        names.append(tr("“%1”").arg(header.value(column)));
    return tr("The columns %1 would all fill the field “%2”: say which one to import, and map the others to "
              "“%3” (--mapping).")
        .arg(names.join(tr(", ")), HeaderMapping::displayName(conflict.target),
             HeaderMapping::key(HeaderMapping::Target::Ignore));
}

ImportReport CsvImporter::run(const QString& path, Mode mode,
                              const std::function<void(const ImportRecord&)>& onRecord) const
{
    ImportReport report;
    const auto fileError = [&report](const QString& message) {
        report.errors.append({0, message});
        return report;
    };
    if (auto seminar = SeminarStore(m_database).find(m_seminarId); !seminar)
        return fileError(seminar.error());
    const Result<CsvFileFormat> fileFormat = format(path);
    if (!fileFormat)
        return fileError(fileFormat.error());
    report.format = *fileFormat;

    // Everything below sees one snapshot of the database; a dry run never commits.
    const BulkWrite bulk(m_database);
    Transaction transaction(m_database, mode == Mode::Apply ? Transaction::Intent::Write : Transaction::Intent::Read);
    if (!transaction.begun())
        return fileError(transaction.errorText());

    // Who is already known, by e-mail (several people may share a booker's) and by name and
    // organisation; rows of the file join them.
    QMultiHash<QString, Known> byEmail;
    QHash<QString, Known> byName;
    AttendeeStore attendees(m_database);
    RegistrationStore registrations(m_database);
    Status visited = attendees.visitAll([&](const Attendee& attendee) {
        const Known known = Known::of(attendee, attendee.id, 0);
        if (!known.email.isEmpty())
            byEmail.insert(known.email, known);
        byName.insert(nameKey(known, attendee), known);
        return true;
    });
    if (!visited)
        return fileError(visited.error());
    Result<QSet<qint64>> registeredIds = registrations.attendeeIdsOf(m_seminarId);
    if (!registeredIds)
        return fileError(registeredIds.error());
    QSet<qint64> registered = *registeredIds;
    QSet<qint64> completed;

    const QString source = QStringLiteral("import:%1").arg(sourceName(m_options, path));
    QList<HeaderMapping::Target> targets;
    const auto rowError = [&report](qint64 line, const QString& message) {
        if (report.errors.size() < maximumErrors)
            report.errors.append({line, message});
    };
    // Someone stored or an earlier row, as a message names them.
    const auto describe = [&attendees](const Known& known) {
        if (known.line > 0)
            return tr("line %1").arg(known.line);
        const Result<Attendee> stored = attendees.find(known.attendeeId);
        return tr("%1 (already stored)").arg(stored ? stored->displayName() : QString::number(known.attendeeId));
    };
    // A store that failed because of the file (another program writing, a full disk) blames no
    // row: the file's problem is reported for the file, and the import stops. Gives whether to go on.
    const auto storeError = [&](qint64 line, const QString& message) {
        const QString& problem = m_database.fileProblem();
        if (problem.isEmpty()) {
            rowError(line, message);
            return true;
        }
        report.errors.prepend({0, problem});
        return false;
    };

    // The rows are not known until the file is read: the total is given at the end.
    const auto goOn = [&](qint64 total) {
        if (!m_progress)
            return true;
        const qint64 row = report.rows + (total > 0 ? 0 : 1);
        return m_progress->report(mode == Mode::Apply ? tr("Importing registrations… row %L1").arg(row)
                                                      : tr("Reading registrations… row %L1").arg(row),
                                  report.rows, total);
    };
    bool stopped = !goOn(0);
    CsvReadFailure failure;
    Status read = visitRows(path, &failure, [&](const QStringList& header, qint64 line, const QStringList& row) {
        if (stopped || (report.rows > 0 && Progress::due(report.rows) && !goOn(0))) {
            stopped = true;
            return false;
        }
        if (targets.isEmpty()) {
            report.header = header;
            targets = m_options.mapping.targetsFor(header);
            if (const QString conflict = conflictError(header, targets); !conflict.isEmpty())
                rowError(0, conflict);
        }
        ++report.rows;
        for (qsizetype i = header.size(); i < row.size(); ++i) {
            if (!row.at(i).trimmed().isEmpty()) {
                rowError(
                    line,
                    tr("Line %1 has %2 fields but the header has %3.").arg(line).arg(row.size()).arg(header.size()));
                return true;
            }
        }
        Result<ImportRecord> made = recordOf(row, targets);
        if (!made) {
            rowError(line, tr("Line %1: %2").arg(line).arg(made.error()));
            return true;
        }
        ImportRecord& record = *made;
        record.line = line;
        const bool writing = mode == Mode::Apply && report.errors.isEmpty();
        Known self = Known::of(record.attendee, 0, line);
        const QString name = nameKey(self, record.attendee);

        const Known* match = nullptr;
        const Known* sharesEmail = nullptr;
        QString reason;
        if (!self.email.isEmpty()) {
            // Several people may be booked under one address: the same person only by name too.
            for (auto it = byEmail.constFind(self.email); it != byEmail.cend() && it.key() == self.email; ++it) {
                if (it->sameNameAs(self)) {
                    match = &*it;
                    reason = QStringLiteral("email");
                    break;
                }
                sharesEmail = &*it; // the last one seen was added first
            }
            if (match)
                sharesEmail = nullptr;
        }
        if (!match) {
            // The same name at the same organisation is the same person, unless both have
            // e-mail addresses and they differ.
            if (auto found = byName.constFind(name);
                found != byName.cend() && (found->email.isEmpty() || self.email.isEmpty())) {
                match = &*found;
                reason = QStringLiteral("name_organisation");
            }
        }
        if (sharesEmail) {
            report.warnings.append({line,
                                    tr("Line %1: the same e-mail as %2, but a different name: imported as "
                                       "another person.")
                                        .arg(line)
                                        .arg(describe(*sharesEmail))});
        }

        if (match) {
            const Known known = *match;
            report.duplicates.append(
                {line, record.attendee.displayName(), reason, known.line == 0 ? known.attendeeId : 0, known.line});
            record.action
                = known.line == 0 ? ImportRecord::Action::MergeIntoExisting : ImportRecord::Action::MergeIntoEarlierRow;
            record.attendeeId = known.attendeeId;
            record.duplicateOfLine = known.line;
            record.registers = known.line == 0 && !registered.contains(known.attendeeId);
            if (!self.email.isEmpty()) {
                bool listed = false;
                for (auto it = byEmail.constFind(self.email); it != byEmail.cend() && it.key() == self.email; ++it)
                    listed = listed || it->samePersonAs(known);
                if (!listed)
                    byEmail.insert(self.email, known);
            }
            if (!self.email.isEmpty() && known.email.isEmpty()) {
                // They have an e-mail address now: a namesake with another one is someone else.
                if (auto named = byName.find(name); named != byName.end() && named->samePersonAs(known))
                    named->email = self.email;
            }
            if (known.attendeeId > 0) {
                Result<Attendee> stored = attendees.find(known.attendeeId);
                if (!stored)
                    return storeError(line, stored.error());
                Attendee merged = *stored;
                if (fillEmpty(merged, record.attendee)) {
                    if (writing) {
                        if (Status updated = attendees.update(merged); !updated)
                            return storeError(line, tr("Line %1: %2").arg(line).arg(updated.error()));
                        // Undoing the import puts back the person as they were before its first change.
                        if (known.line == 0 && !completed.contains(stored->id)) {
                            completed.insert(stored->id);
                            report.changes.completedAttendees.append(*stored);
                        }
                    }
                    // Someone this file adds is only being added, in a dry run as in the import.
                    if (known.line == 0)
                        ++report.attendeesUpdated;
                }
            }
        } else {
            record.action = ImportRecord::Action::Add;
            record.registers = true;
            if (writing) {
                Result<qint64> id = attendees.insert(record.attendee);
                if (!id)
                    return storeError(line, tr("Line %1: %2").arg(line).arg(id.error()));
                record.attendeeId = *id;
                record.attendee.id = *id;
                report.changes.addedAttendeeIds.append(*id);
            }
            ++report.attendeesAdded;
            self.attendeeId = record.attendeeId;
            if (!self.email.isEmpty())
                byEmail.insert(self.email, self);
            byName.insert(name, self);
        }

        if (record.registers) {
            if (writing) {
                Registration registration;
                registration.seminarId = m_seminarId;
                registration.attendeeId = record.attendeeId;
                registration.status = record.status;
                registration.receiverNeeded = record.receiverNeeded;
                registration.source = source;
                Result<qint64> id = registrations.insert(registration);
                if (!id)
                    return storeError(line, tr("Line %1: %2").arg(line).arg(id.error()));
                report.changes.addedRegistrationIds.append(*id);
            }
            // Later rows that match someone this file adds never register them again; only
            // people already in the database are looked up.
            if (record.action == ImportRecord::Action::MergeIntoExisting)
                registered.insert(record.attendeeId);
            ++report.registrationsAdded;
        }
        if (onRecord)
            onRecord(record);
        return true;
    });
    if (!read) {
        report.errors.prepend({failure.line, read.error()});
        report.suggestedEncoding = failure.suggestedEncoding;
    }
    if (stopped || !goOn(report.rows)) {
        report.errors.prepend({0, Progress::stopped().message});
        report.changes = {};
        return report; // the transaction rolls back
    }
    if (mode == Mode::Apply && report.errors.isEmpty()) {
        if (Status committed = transaction.commit(); !committed)
            return fileError(committed.error());
        report.applied = true;
    }
    if (!report.applied)
        report.changes = {};
    return report;
}

} // namespace sd
