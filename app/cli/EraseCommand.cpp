#include "cli/EraseCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "cli/JsonRecord.h"
#include "cli/TextTable.h"
#include "core/data/Database.h"
#include "core/data/StoredTime.h"
#include "core/stores/PersonalDataErasure.h"

namespace sd {

QString EraseCommand::summary() const
{
    return tr("Erase the people whose last seminar ended longer ago than a period (APPI), or list them.");
}

int EraseCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("older-than"),
                      tr("Erase the people whose last seminar ended longer ago than this: months as 12m, years as "
                         "2y."),
                      tr("PERIOD")});
    parser.addOption({QStringLiteral("dry-run"), tr("Only list who would be erased; change nothing.")});
    parser.addOption({QStringLiteral("format"), tr("table (default) or json."), tr("FORMAT"), QStringLiteral("table")});
    int exitCode = 0;
    if (!parse(parser, arguments, out, err, exitCode))
        return exitCode;
    const auto usage = [&err](const QString& message) {
        err << tr("seminar-desk erase: %1").arg(message) << Qt::endl;
        return 2;
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("it takes no file names; name the database with --db FILE."));
    if (!parser.isSet(QStringLiteral("older-than")))
        return usage(tr("say how long to keep personal data with --older-than, such as --older-than 12m."));
    const Result<RetentionPeriod> period = RetentionPeriod::parse(parser.value(QStringLiteral("older-than")));
    if (!period)
        return usage(period.error());
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usage(tr("--format must be table or json, not “%1”.").arg(format));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool json = format == QLatin1String("json");

    auto database = openDatabase(parser, err);
    if (!database)
        return 1;
    const PersonalDataErasure erasure(*database, *period);
    const auto past = erasure.pastPeriod();
    if (!past) {
        err << tr("seminar-desk erase: %1").arg(past.error()) << Qt::endl;
        return 1;
    }
    int registrations = 0;
    QList<qint64> ids;
    for (const AttendeePastRetention& person : *past) {
        ids.append(person.attendee.id);
        registrations += person.registrations;
    }
    QString journalProblem;
    if (!dryRun) {
        auto erased = erasure.erase(ids);
        if (!erased) {
            err << tr("seminar-desk erase: %1").arg(erased.error()) << Qt::endl;
            err << tr("Nothing was erased.") << Qt::endl;
            return 1;
        }
        ids = erased->attendeeIds;
        registrations = erased->registrations;
        journalProblem = erased->journalProblem;
    }
    const QString before = storedLocalTime(erasure.lastSeminarBefore()).toString();

    if (json) {
        // Names only in a dry run: what was erased is not printed again, so no log of the output
        // keeps it.
        JsonRecord report;
        report.add(QStringLiteral("dry_run"), dryRun)
            .add(QStringLiteral("older_than_months"), period->months())
            .add(QStringLiteral("last_seminar_before"), before);
        if (dryRun) {
            QVariantList people;
            for (const AttendeePastRetention& person : *past) {
                people.append(QVariant::fromValue(
                    JsonRecord()
                        .add(QStringLiteral("attendee_id"), person.attendee.id)
                        .add(QStringLiteral("display_name"), person.attendee.displayName())
                        .add(QStringLiteral("last_seminar_ends_at"), storedLocalTime(person.lastSeminarEndsAt))
                        .add(QStringLiteral("registrations"), person.registrations)));
            }
            report.add(QStringLiteral("people"), people);
        }
        report.add(QStringLiteral("people_count"), int(ids.size()))
            .add(QStringLiteral("registrations_count"), registrations)
            .add(QStringLiteral("journal_cleared"), journalProblem.isEmpty());
        out << report.toJson() << Qt::endl;
    } else if (dryRun) {
        TextTable table({tr("ID"), tr("Name"), tr("Last seminar ended"), tr("Registrations")});
        for (const AttendeePastRetention& person : *past) {
            table.addRow({QString::number(person.attendee.id), person.attendee.displayName(),
                          person.lastSeminarEndsAt.isValid()
                              ? person.lastSeminarEndsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              : tr("none"),
                          QString::number(person.registrations)});
        }
        if (!past->isEmpty())
            table.print(out);
        out << tr("Dry run, nothing changed: %n person(s) with %1 registration(s) are past %2 (last seminar "
                  "before %3).",
                  nullptr, int(ids.size()))
                   .arg(registrations)
                   .arg(period->text(), before)
            << Qt::endl;
    } else {
        out << tr("Erased %n person(s) and their %1 registration(s): their last seminar was before %2 (%3 ago).",
                  nullptr, int(ids.size()))
                   .arg(registrations)
                   .arg(before, period->text())
            << Qt::endl;
        out << PersonalDataErasure::promise((*database).path()) << Qt::endl;
    }
    if (!journalProblem.isEmpty())
        err << journalProblem << Qt::endl;
    return 0;
}

} // namespace sd
