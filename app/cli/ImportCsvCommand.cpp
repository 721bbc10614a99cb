#include "cli/ImportCsvCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "cli/JsonRecord.h"
#include "cli/TerminalProgress.h"
#include "cli/TextTable.h"
#include "core/csv/CsvImporter.h"
#include "core/csv/CsvInput.h"
#include "core/csv/CsvReader.h"
#include "core/data/Database.h"

namespace sd {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

JsonRecord recordJson(const ImportRecord& record)
{
    const Attendee& a = record.attendee;
    return JsonRecord()
        .add(QStringLiteral("line"), record.line)
        .add(QStringLiteral("action"), ImportRecord::actionKey(record.action))
        .add(QStringLiteral("attendee_id"), idOrNull(record.attendeeId))
        .add(QStringLiteral("duplicate_of_line"), idOrNull(record.duplicateOfLine))
        .add(QStringLiteral("registers"), record.registers)
        .add(QStringLiteral("family_name"), a.familyName)
        .add(QStringLiteral("given_name"), a.givenName)
        .add(QStringLiteral("family_reading"), a.familyReading)
        .add(QStringLiteral("given_reading"), a.givenReading)
        .add(QStringLiteral("latin_name"), a.latinName)
        .add(QStringLiteral("badge_name"), a.badgeName)
        .add(QStringLiteral("organisation"), a.organisation)
        .add(QStringLiteral("position"), a.position)
        .add(QStringLiteral("country"), a.country)
        .add(QStringLiteral("email"), a.email)
        .add(QStringLiteral("phone"), a.phone)
        .add(QStringLiteral("preferred_language"), a.preferredLanguage)
        .add(QStringLiteral("category"), a.category)
        .add(QStringLiteral("notes"), a.notes)
        .add(QStringLiteral("status"), Registration::statusKey(record.status))
        .add(QStringLiteral("receiver_needed"), record.receiverNeeded);
}

// Writes the members of one JSON array as they come, a comma before all but the first.
class JsonArrayWriter
{
public:
    JsonArrayWriter(QTextStream& out, const QString& key, bool first)
        : m_out(out)
    {
        m_out << (first ? "{" : ",") << '"' << key << "\":[";
    }
    void add(const JsonRecord& record)
    {
        m_text.clear();
        if (m_count++ > 0)
            m_text.append(QLatin1Char(','));
        record.writeTo(m_text);
        m_out << m_text;
    }
    void close() { m_out << ']'; }

private:
    QTextStream& m_out;
    QString m_text;
    qint64 m_count = 0;
};

} // namespace

QString ImportCsvCommand::summary() const
{
    return tr("Import registrations from a CSV file or an Excel workbook (.xlsx) into a seminar.");
}

int ImportCsvCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addPositionalArgument(QStringLiteral("IN"),
                                 tr("The CSV file or Excel workbook (.xlsx) to import, or - for standard input."));
    parser.addOption({QStringLiteral("seminar"), tr("The seminar to register the attendees for."), tr("ID")});
    parser.addOption(
        {QStringLiteral("mapping"),
         tr("A JSON file {\"header\": \"field\"} naming the field of the headers that are not recognised."),
         tr("MAP.json")});
    parser.addOption({QStringLiteral("encoding"),
                      tr("auto (default), utf-8, shift_jis, windows-1252, utf-16le or utf-16be."), tr("ENCODING"),
                      QStringLiteral("auto")});
    parser.addOption({QStringLiteral("delimiter"), tr("auto (default), comma, semicolon or tab."), tr("DELIMITER"),
                      QStringLiteral("auto")});
    parser.addOption(
        {QStringLiteral("sheet"), tr("The sheet of an Excel workbook to import (default: the first)."), tr("NAME")});
    parser.addOption({QStringLiteral("dry-run"), tr("Only show what would be imported; change nothing.")});
    parser.addOption({QStringLiteral("format"), tr("table (default) or json."), tr("FORMAT"), QStringLiteral("table")});
    int exitCode = 0;
    if (!parse(parser, arguments, out, err, exitCode))
        return exitCode;

    const auto usage = [&err](const QString& message) {
        err << tr("seminar-desk import-csv: %1").arg(message) << Qt::endl;
        return 2;
    };
    if (parser.positionalArguments().size() != 1)
        return usage(tr("name one CSV file or Excel workbook to import."));
    if (!parser.isSet(QStringLiteral("seminar")))
        return usage(tr("name the seminar with --seminar ID."));
    qint64 seminarId = 0;
    if (!readId(parser, QStringLiteral("seminar"), seminarId, err))
        return 2;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usage(tr("--format must be table or json, not “%1”.").arg(format));

    CsvImportOptions options;
    const QString encoding = parser.value(QStringLiteral("encoding"));
    if (encoding != QLatin1String("auto")) {
        options.encoding = CsvEncoding::fromKey(encoding);
        if (options.encoding == CsvEncoding::Kind::Utf8Bom)
            options.encoding = CsvEncoding::Kind::Utf8; // the BOM is read either way
        if (!options.encoding || !CsvEncoding::readableKinds().contains(*options.encoding)) {
            return usage(tr("--encoding must be auto, utf-8, shift_jis, windows-1252, utf-16le or utf-16be, "
                            "not “%1”.")
                             .arg(encoding));
        }
    }
    const QString delimiter = parser.value(QStringLiteral("delimiter"));
    if (delimiter != QLatin1String("auto")) {
        options.delimiter = CsvReader::delimiterFromKey(delimiter);
        if (!options.delimiter)
            return usage(tr("--delimiter must be auto, comma, semicolon or tab, not “%1”.").arg(delimiter));
    }
    options.sheet = parser.value(QStringLiteral("sheet"));
    if (parser.isSet(QStringLiteral("mapping"))) {
        Result<HeaderMapping> mapping = HeaderMapping::load(parser.value(QStringLiteral("mapping")));
        if (!mapping) {
            err << tr("seminar-desk import-csv: %1").arg(mapping.error()) << Qt::endl;
            return 1;
        }
        options.mapping = *mapping;
    }

    auto database = openDatabase(parser, err);
    if (!database)
        return 1;
    CsvInput input;
    if (Status opened = input.open(parser.positionalArguments().constFirst()); !opened) {
        err << tr("seminar-desk import-csv: %1").arg(opened.error()) << Qt::endl;
        return 1;
    }
    options.sourceName = input.name();
    const QString file = input.path();
    CsvImporter importer(*database, seminarId, options);
    TerminalProgress progress(err);
    importer.setProgress(progress.ifShown());
    const auto mode = parser.isSet(QStringLiteral("dry-run")) ? CsvImporter::Mode::DryRun : CsvImporter::Mode::Apply;

    ImportReport report;
    if (format == QLatin1String("json")) {
        JsonArrayWriter rows(out, QStringLiteral("rows"), true);
        // A malformed file stops the rows here; the import below reports it under "errors".
        QStringList keys;
        (void)importer.visitRows(file, nullptr, [&](const QStringList& header, qint64, const QStringList& row) {
            if (keys.isEmpty())
                keys = HeaderMapping::columnKeys(header);
            JsonRecord object;
            for (qsizetype i = 0; i < keys.size(); ++i)
                object.add(keys.at(i), row.value(i));
            rows.add(object);
            return true;
        });
        rows.close();
        JsonArrayWriter records(out, QStringLiteral("records"), false);
        report = importer.run(file, mode, [&records](const ImportRecord& record) { records.add(recordJson(record)); });
        progress.clear();
        records.close();
        JsonArrayWriter duplicates(out, QStringLiteral("duplicates"), false);
        for (const ImportDuplicate& duplicate : report.duplicates) {
            duplicates.add(JsonRecord()
                               .add(QStringLiteral("line"), duplicate.line)
                               .add(QStringLiteral("name"), duplicate.name)
                               .add(QStringLiteral("reason"), duplicate.reason)
                               .add(QStringLiteral("attendee_id"), idOrNull(duplicate.attendeeId))
                               .add(QStringLiteral("duplicate_of_line"), idOrNull(duplicate.duplicateOfLine)));
        }
        duplicates.close();
        for (const auto& [key, list] : {std::pair(QStringLiteral("warnings"), &report.warnings),
                                        std::pair(QStringLiteral("errors"), &report.errors)}) {
            JsonArrayWriter messages(out, key, false);
            for (const ImportError& message : *list) {
                messages.add(JsonRecord()
                                 .add(QStringLiteral("line"), idOrNull(message.line))
                                 .add(QStringLiteral("message"), message.message));
            }
            messages.close();
        }
        out << '}' << Qt::endl;
    } else {
        report = importer.run(file, mode);
        progress.clear();
        if (!report.duplicates.isEmpty()) {
            TextTable table({tr("Line"), tr("Name"), tr("Same person as"), tr("Because of")});
            for (const ImportDuplicate& duplicate : report.duplicates) {
                table.addRow({QString::number(duplicate.line), duplicate.name,
                              duplicate.duplicateOfLine > 0
                                  ? tr("line %1").arg(duplicate.duplicateOfLine)
                                  : tr("attendee %1, already stored").arg(duplicate.attendeeId),
                              duplicate.reason == QLatin1String("email") ? tr("the same e-mail and name")
                                                                         : tr("the same name and organisation")});
            }
            table.print(out);
        }
        if (report.errors.isEmpty()) {
            const QString counts = CsvImporter::countsText(report);
            out << (mode == CsvImporter::Mode::DryRun ? tr("Dry run, nothing changed: %1").arg(counts)
                                                      : tr("Imported: %1").arg(counts))
                << Qt::endl;
        }
        for (const ImportError& warning : report.warnings)
            err << tr("seminar-desk import-csv: warning: %1").arg(warning.message) << Qt::endl;
    }
    if (!report.errors.isEmpty()) {
        for (const ImportError& error : report.errors)
            err << tr("seminar-desk import-csv: %1").arg(error.message) << Qt::endl;
        if (report.suggestedEncoding) {
            err << tr("Try --encoding %1.").arg(CsvEncoding::key(*report.suggestedEncoding)) << Qt::endl;
        }
        if (mode == CsvImporter::Mode::Apply)
            err << tr("Nothing was imported.") << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace sd
