#include "core/csv/CsvImporter.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringBuilder>

#include "core/csv/CsvReader.h"
#include "core/data/BulkWriteCache.h"
#include "core/data/Database.h"
#include "core/data/Transaction.h"
#include "core/records/SearchText.h"
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

// Keys under which two rows are the same person: what differs only in width, case, kana or
// spacing is equal.
QString nameKey(const Attendee& attendee)
{
    // The separator stays as it is and joins nothing, so folding the whole is folding each part.
    const QChar separator(0x1f);
    return SearchText::fold(attendee.familyName % separator % attendee.givenName % separator % attendee.organisation);
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
    fill(into.organisation, from.organisation);
    fill(into.position, from.position);
    fill(into.country, from.country);
    fill(into.email, from.email);
    fill(into.phone, from.phone);
    fill(into.notes, from.notes);
    return changed;
}

QString languageOf(const QString& text)
{
    const QString value = SearchText::fold(text);
    if (value.startsWith(QLatin1String("ja")) || value.startsWith(QStringLiteral("日本")))
        return QStringLiteral("ja");
    if (value.startsWith(QLatin1String("en")) || value.startsWith(QStringLiteral("英")))
        return QStringLiteral("en");
    return value;
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
    if (m_options.delimiter) {
        format.delimiter = *m_options.delimiter;
    } else {
        // Whole lines only: the last one may be cut off.
        const qsizetype end = file.atEnd() ? head.size() : head.lastIndexOf('\n') + 1;
        QStringDecoder decoder = CsvEncoding::decoder(format.encoding);
        format.delimiter = CsvReader::detectDelimiter(decoder.decode(QByteArrayView(head.constData(), end)));
    }
    return format;
}

Status CsvImporter::visitRows(
    const QString& path, qint64* errorLine,
    const std::function<bool(const QStringList& header, qint64 line, const QStringList& row)>& visit) const
{
    if (XlsxReader::isSpreadsheetFile(path))
        return visitWorkbookRows(path, errorLine, visit);
    const Result<CsvFileFormat> fileFormat = format(path);
    if (!fileFormat)
        return fail(fileFormat.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read “%1”: %2").arg(path, file.errorString()));
    CsvReader reader(file, fileFormat->encoding, fileFormat->delimiter);
    QStringList header;
    const auto malformed = [&](const QString& message) {
        if (errorLine)
            *errorLine = reader.errorLine();
        return fail(tr("%1: %2").arg(QFileInfo(path).fileName(), message));
    };
    Result<bool> read = reader.next(header);
    if (!read)
        return malformed(read.error());
    if (!*read)
        return fail(tr("“%1” is empty: a CSV file with a header line is needed.").arg(path));
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
    const QString& path, qint64* errorLine,
    const std::function<bool(const QStringList& header, qint64 line, const QStringList& row)>& visit) const
{
    Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path);
    if (!reader)
        return fail(reader.error());
    Result<QString> sheet = (*reader)->sheet(m_options.sheet);
    if (!sheet)
        return fail(sheet.error());
    QStringList header;
    Status read = (*reader)->visitRows(*sheet, errorLine, [&](qint64 row, const QStringList& cells) {
        if (header.isEmpty()) {
            header = cells;
            return true;
        }
        return visit(header, row, cells);
    });
    if (!read)
        return fail(tr("%1: %2").arg(QFileInfo(path).fileName(), read.error()));
    if (header.isEmpty())
        return fail(tr("The sheet “%1” of “%2” is empty: a header row is needed.").arg(*sheet, path));
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

bool CsvImporter::isYes(const QString& text)
{
    static const QSet<QString> yes {QStringLiteral("yes"),  QStringLiteral("y"),    QStringLiteral("true"),
                                    QStringLiteral("1"),    QStringLiteral("はい"), QStringLiteral("要"),
                                    QStringLiteral("必要"), QStringLiteral("希望"), QStringLiteral("希望する"),
                                    QStringLiteral("有"),   QStringLiteral("あり"), QStringLiteral("○"),
                                    QStringLiteral("◯"),    QStringLiteral("〇"),   QStringLiteral("x")};
    return yes.contains(SearchText::fold(text));
}

Result<ImportRecord> CsvImporter::recordOf(const QStringList& row, const QList<HeaderMapping::Target>& targets) const
{
    using T = HeaderMapping::Target;
    ImportRecord record;
    Attendee& a = record.attendee;
    QString fullName;
    QString fullReading;
    for (qsizetype i = 0; i < row.size() && i < targets.size(); ++i) {
        const QString value = row.at(i).trimmed();
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
            a.email = value;
            break;
        case T::Phone:
            a.phone = value;
            break;
        case T::PreferredLanguage:
            a.preferredLanguage = languageOf(value);
            break;
        case T::Category:
            if (Attendee::categories().contains(value.toLower()))
                a.category = value.toLower();
            else
                return fail(tr("“%1” is not a category; use one of: %2.")
                                .arg(value, Attendee::categories().join(QStringLiteral(", "))));
            break;
        case T::Notes:
            a.notes = a.notes.isEmpty() ? value : a.notes + QLatin1Char('\n') + value;
            break;
        case T::ReceiverNeeded:
            record.receiverNeeded = isYes(value);
            break;
        case T::Status:
            if (const auto status = Registration::statusFromKey(value.toLower()))
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
    if (const QString invalid = AttendeeStore::validationError(a); !invalid.isEmpty())
        return fail(invalid);
    return record;
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
    const BulkWriteCache cache(m_database);
    Transaction transaction(m_database);
    if (!transaction.begun())
        return fileError(transaction.errorText());

    // Who is already known, by e-mail and by name and organisation; rows of the file join them.
    struct Known
    {
        qint64 attendeeId = 0;
        qint64 line = 0; // the row of this file that added them, 0 when they were in the database
        QString email;
    };
    QHash<QString, Known> byEmail;
    QHash<QString, Known> byName;
    AttendeeStore attendees(m_database);
    RegistrationStore registrations(m_database);
    Status visited = attendees.visitAll([&](const Attendee& attendee) {
        const Known known {attendee.id, 0, emailKey(attendee)};
        if (!known.email.isEmpty())
            byEmail.insert(known.email, known);
        byName.insert(nameKey(attendee), known);
        return true;
    });
    if (!visited)
        return fileError(visited.error());
    Result<QSet<qint64>> registeredIds = registrations.attendeeIdsOf(m_seminarId);
    if (!registeredIds)
        return fileError(registeredIds.error());
    QSet<qint64> registered = *registeredIds;

    const QString source = QStringLiteral("import:%1").arg(QFileInfo(path).fileName());
    QList<HeaderMapping::Target> targets;
    const auto rowError = [&report](qint64 line, const QString& message) {
        if (report.errors.size() < maximumErrors)
            report.errors.append({line, message});
    };

    qint64 errorLine = 0;
    Status read = visitRows(path, &errorLine, [&](const QStringList& header, qint64 line, const QStringList& row) {
        if (targets.isEmpty()) {
            report.header = header;
            targets = m_options.mapping.targetsFor(header);
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
        const QString email = emailKey(record.attendee);
        const QString name = nameKey(record.attendee);

        const Known* match = nullptr;
        QString reason;
        if (!email.isEmpty()) {
            if (auto found = byEmail.constFind(email); found != byEmail.cend()) {
                match = &*found;
                reason = QStringLiteral("email");
            }
        }
        if (!match) {
            // The same name at the same organisation is the same person, unless both have
            // e-mail addresses and they differ.
            if (auto found = byName.constFind(name);
                found != byName.cend() && (found->email.isEmpty() || email.isEmpty())) {
                match = &*found;
                reason = QStringLiteral("name_organisation");
            }
        }

        if (match) {
            const Known known = *match;
            report.duplicates.append({line, reason, known.line == 0 ? known.attendeeId : 0, known.line});
            record.action
                = known.line == 0 ? ImportRecord::Action::MergeIntoExisting : ImportRecord::Action::MergeIntoEarlierRow;
            record.attendeeId = known.attendeeId;
            record.duplicateOfLine = known.line;
            record.registers = known.line == 0 && !registered.contains(known.attendeeId);
            if (!email.isEmpty() && !byEmail.contains(email))
                byEmail.insert(email, known);
            if (!email.isEmpty() && known.email.isEmpty()) {
                // They have an e-mail address now: a namesake with another one is someone else.
                if (auto named = byName.find(name);
                    named != byName.end() && named->attendeeId == known.attendeeId && named->line == known.line)
                    named->email = email;
            }
            if (known.attendeeId > 0) {
                Result<Attendee> stored = attendees.find(known.attendeeId);
                if (!stored) {
                    rowError(line, stored.error());
                    return true;
                }
                Attendee merged = *stored;
                if (fillEmpty(merged, record.attendee)) {
                    if (writing) {
                        if (Status updated = attendees.update(merged); !updated) {
                            rowError(line, tr("Line %1: %2").arg(line).arg(updated.error()));
                            return true;
                        }
                    }
                    ++report.attendeesUpdated;
                }
            }
        } else {
            record.action = ImportRecord::Action::Add;
            record.registers = true;
            if (writing) {
                Result<qint64> id = attendees.insert(record.attendee);
                if (!id) {
                    rowError(line, tr("Line %1: %2").arg(line).arg(id.error()));
                    return true;
                }
                record.attendeeId = *id;
                record.attendee.id = *id;
            }
            ++report.attendeesAdded;
            const Known known {record.attendeeId, line, email};
            if (!email.isEmpty())
                byEmail.insert(email, known);
            byName.insert(name, known);
        }

        if (record.registers) {
            if (writing) {
                Registration registration;
                registration.seminarId = m_seminarId;
                registration.attendeeId = record.attendeeId;
                registration.status = record.status;
                registration.receiverNeeded = record.receiverNeeded;
                registration.source = source;
                if (Result<qint64> id = registrations.insert(registration); !id) {
                    rowError(line, tr("Line %1: %2").arg(line).arg(id.error()));
                    return true;
                }
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
    if (!read)
        report.errors.prepend({errorLine, read.error()});
    if (mode == Mode::Apply && report.errors.isEmpty()) {
        if (Status committed = transaction.commit(); !committed)
            return fileError(committed.error());
        report.applied = true;
    }
    return report;
}

} // namespace sd
