#include "cli/ListCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "cli/RecordJson.h"
#include "cli/TextTable.h"
#include "core/data/Database.h"
#include "core/records/Country.h"
#include "core/records/PhoneNumber.h"
#include "core/rota/SeminarRota.h"
#include "core/settings/Translations.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/ContactStore.h"
#include "core/stores/ProgrammeStore.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "core/stores/VenueStore.h"

namespace sd {

namespace {

Status listSeminars(const Database& database, qint64 seminarId, const ListCommand::Emit& output)
{
    auto seminars = SeminarStore(database).all();
    if (!seminars)
        return fail(seminars.error());
    VenueStore venues(database);
    for (const Seminar& seminar : *seminars) {
        if (seminarId > 0 && seminar.id != seminarId)
            continue;
        const auto venue = seminar.venueId > 0 ? venues.find(seminar.venueId) : Result<Venue>(fail(QString()));
        auto programme = ProgrammeStore(database).forSeminar(seminar.id);
        if (!programme)
            return fail(programme.error());
        output(RecordJson::seminar(seminar, venue ? venue->name : QString(), *programme));
    }
    return {};
}

Status listAttendees(const Database& database, qint64 seminarId, const ListCommand::Emit& output)
{
    if (seminarId > 0) {
        return RegistrationStore(database).visitRegisteredAttendees(seminarId, [&](const RegisteredAttendee& row) {
            output(RecordJson::attendee(row.attendee));
            return true;
        });
    }
    auto attendees = AttendeeStore(database).all();
    if (!attendees)
        return fail(attendees.error());
    for (const Attendee& attendee : *attendees)
        output(RecordJson::attendee(attendee));
    return {};
}

// The seminars a listing covers: the one asked for, or all of them.
Result<QList<qint64>> seminarIds(const Database& database, qint64 seminarId)
{
    if (seminarId > 0) {
        auto seminar = SeminarStore(database).find(seminarId);
        if (!seminar)
            return fail(seminar.error());
        return QList<qint64> {seminarId};
    }
    auto seminars = SeminarStore(database).all();
    if (!seminars)
        return fail(seminars.error());
    QList<qint64> ids;
    for (const Seminar& seminar : *seminars)
        ids.append(seminar.id);
    return ids;
}

Status listRegistrations(const Database& database, qint64 seminarId, const ListCommand::Emit& output)
{
    auto ids = seminarIds(database, seminarId);
    if (!ids)
        return fail(ids.error());
    RegistrationStore registrations(database);
    for (qint64 id : *ids) {
        Status visited = registrations.visitRegisteredAttendees(id, [&](const RegisteredAttendee& row) {
            output(RecordJson::registration(row));
            return true;
        });
        if (!visited)
            return visited;
    }
    return {};
}

Status listBooths(const Database& database, qint64 seminarId, const ListCommand::Emit& output)
{
    auto ids = seminarIds(database, seminarId);
    if (!ids)
        return fail(ids.error());
    for (qint64 id : *ids) {
        auto rota = SeminarRota::load(database, id);
        if (!rota)
            return fail(rota.error());
        for (const StaffedBooth& staffed : rota->booths) {
            output(RecordJson::booth(staffed, rota->interpretedMinutes(staffed.booth),
                                     RotaCheck::forBooth(rota->warnings, staffed.booth.id)));
        }
    }
    return {};
}

Status listContacts(const Database& database, qint64 seminarId, const ListCommand::Emit& output)
{
    ContactStore contacts(database);
    if (seminarId > 0) {
        auto links = contacts.forSeminar(seminarId);
        if (!links)
            return fail(links.error());
        for (const SeminarContact& link : *links)
            output(RecordJson::seminarContact(link));
        return {};
    }
    auto all = contacts.all();
    if (!all)
        return fail(all.error());
    for (const Contact& contact : *all)
        output(RecordJson::contact(contact));
    return {};
}

QString cellText(const QVariant& value)
{
    if (value.typeId() == QMetaType::QVariantList) {
        QStringList names;
        for (const QVariant& item : value.toList())
            names.append(item.value<JsonRecord>().value(QStringLiteral("name")).toString());
        names.removeDuplicates();
        return names.join(QStringLiteral(", "));
    }
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString();
}

// The table's words for the stored values that JSON gives as codes.
QString seminarStatusText(const QVariant& key)
{
    const auto status = Seminar::statusFromKey(key.toString());
    return status ? Seminar::statusName(*status) : key.toString();
}

QString registrationStatusText(const QVariant& key)
{
    const auto status = Registration::statusFromKey(key.toString());
    return status ? Registration::statusName(*status) : key.toString();
}

QString receiverText(const QVariant& needed)
{
    return Registration::receiverNeededName(needed.toBool());
}

QString categoryText(const QVariant& key)
{
    return Attendee::categoryName(key.toString());
}

QString countryText(const QVariant& stored)
{
    return Country::name(stored.toString(), Translations::current());
}

QString phoneText(const QVariant& stored)
{
    return PhoneNumber::display(stored.toString(), Translations::current());
}

QString seminarRoleText(const QVariant& key)
{
    const auto role = Contact::roleFromKey(key.toString());
    return role ? Contact::roleName(*role) : key.toString();
}

} // namespace

QString ListCommand::summary() const
{
    return tr("Print the seminars, attendees, registrations, booths or contacts stored in a database.");
}

QList<ListCommand::Kind> ListCommand::kinds()
{
    const QString id = QStringLiteral("id");
    return {
        {QStringLiteral("seminars"),
         {{tr("ID"), id},
          {tr("Starts"), QStringLiteral("starts_at")},
          {tr("Title"),
           Translations::current() == QLatin1String("ja") ? QStringLiteral("title_ja") : QStringLiteral("title_en")},
          {tr("Venue"), QStringLiteral("venue_name")},
          {tr("Status"), QStringLiteral("status"), seminarStatusText}},
         listSeminars},
        {QStringLiteral("attendees"),
         {{tr("ID"), id},
          {tr("Name"), QStringLiteral("display_name")},
          {tr("Organisation"), QStringLiteral("organisation")},
          {tr("Country"), QStringLiteral("country"), countryText},
          {tr("Category"), QStringLiteral("category"), categoryText}},
         listAttendees},
        {QStringLiteral("registrations"),
         {{tr("ID"), id},
          {tr("Name"), QStringLiteral("display_name")},
          {tr("Reading"), QStringLiteral("reading")},
          {tr("Status"), QStringLiteral("status"), registrationStatusText},
          {tr("Check-in code"), QStringLiteral("checkin_code")},
          {tr("Receiver"), QStringLiteral("receiver_needed"), receiverText}},
         listRegistrations},
        {QStringLiteral("booths"),
         {{tr("ID"), id},
          {tr("Seminar"), QStringLiteral("seminar_id")},
          {tr("Channel"), QStringLiteral("channel")},
          {tr("Booth"), QStringLiteral("name")},
          {tr("Languages"), QStringLiteral("language_pair")},
          {tr("Interpreters"), QStringLiteral("interpreters")}},
         listBooths},
        {QStringLiteral("contacts"),
         {{tr("ID"), id},
          {tr("Name", "of a contact: a person or an organisation"), QStringLiteral("name")},
          {tr("Organisation"), QStringLiteral("organisation")},
          {tr("Tel"), QStringLiteral("tel"), phoneText},
          {tr("E-mail"), QStringLiteral("email")},
          {tr("Seminar role"), QStringLiteral("seminar_role"), seminarRoleText}},
         listContacts},
    };
}

int ListCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WHAT"), tr("seminars, attendees, registrations, booths or contacts"));
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("seminar"), tr("Only what belongs to the seminar with this ID."), tr("ID")});
    parser.addOption({QStringLiteral("format"), tr("table (default) or json."), tr("FORMAT"), QStringLiteral("table")});
    int exitCode = 0;
    if (!parse(parser, arguments, out, err, exitCode))
        return exitCode;

    const QList<Kind> all = kinds();
    const QString what = parser.positionalArguments().value(0);
    auto kind = std::find_if(all.begin(), all.end(), [&](const Kind& k) { return k.name == what; });
    if (parser.positionalArguments().size() != 1 || kind == all.end()) {
        err << tr("seminar-desk list: say what to list: seminars, attendees, registrations, booths or contacts.")
            << Qt::endl;
        return 2;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json")) {
        err << tr("--format is table or json, not “%1”.").arg(format) << Qt::endl;
        return 2;
    }
    qint64 seminarId = 0;
    if (parser.isSet(QStringLiteral("seminar")) && !readId(parser, QStringLiteral("seminar"), seminarId, err))
        return 2;
    const auto database = openDatabase(parser, err);
    if (!database)
        return 1;

    Status listed;
    if (format == QLatin1String("json")) {
        // One object a line, written as it is read: 100,000 rows never sit in memory at once.
        bool first = true;
        QString line;
        out << '[';
        listed = kind->list(*database, seminarId, [&](const JsonRecord& record) {
            line = QLatin1String(first ? "\n" : ",\n");
            record.writeTo(line);
            out << line;
            first = false;
        });
        out << (first ? "]\n" : "\n]\n");
    } else {
        QStringList headers;
        for (const TableColumn& column : kind->tableColumns)
            headers.append(column.header);
        TextTable table(headers);
        listed = kind->list(*database, seminarId, [&](const JsonRecord& record) {
            QStringList cells;
            for (const TableColumn& column : kind->tableColumns) {
                const QVariant value = record.value(column.field);
                cells.append(column.shown ? column.shown(value) : cellText(value));
            }
            table.addRow(cells);
        });
        if (listed)
            table.print(out);
    }
    out.flush();
    if (!listed) {
        err << listed.error() << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace sd
