#include "cli/CheckInCommand.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>

#include "cli/SeminarDayJson.h"
#include "cli/TextTable.h"
#include "core/checkin/CheckInDesk.h"
#include "core/data/Database.h"
#include "core/records/Seminar.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/RecordEdits.h"

namespace sd {

namespace {

const QStringList formats {QStringLiteral("table"), QStringLiteral("json")};
// How many of a typed name's matches are printed when it names more than one person.
constexpr int matchesShown = 10;

const QStringList walkInOptions {QStringLiteral("family"),       QStringLiteral("given"),    QStringLiteral("reading"),
                                 QStringLiteral("organisation"), QStringLiteral("email"),    QStringLiteral("category"),
                                 QStringLiteral("receiver"),     QStringLiteral("existing"), QStringLiteral("new")};

void printJson(QTextStream& out, const JsonRecord& record)
{
    out << record.toJson() << '\n';
}

QString dateTimeText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

void printPeople(QTextStream& out, const QList<RegisteredAttendee>& rows)
{
    TextTable table({CheckInCommand::tr("Code"), CheckInCommand::tr("Name"), CheckInCommand::tr("Reading"),
                     CheckInCommand::tr("Organisation"), CheckInCommand::tr("Status")});
    for (const RegisteredAttendee& row : rows)
        table.addRow({row.registration.checkInCode, row.attendee.displayName(), row.attendee.name().displayReading(),
                      row.attendee.organisation, Registration::statusName(row.registration.status)});
    table.print(out);
}

} // namespace

QString CheckInCommand::summary() const
{
    return tr("Check people in at the door: by check-in code or name, walk-ins, undo; or show the counts.");
}

int CheckInCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CODE"),
                                 tr("The check-in code on the badge (SD-…), as scanned or typed."));
    addSeminarOptions(parser, true);
    parser.addOption(
        {QStringLiteral("name"), tr("Check in by name (kanji, kana or Latin letters) instead of a code."), tr("TEXT")});
    parser.addOption({QStringLiteral("undo"), tr("Take back the check-in of CODE or --name.")});
    parser.addOption({QStringLiteral("register"),
                      tr("Register someone cancelled, waitlisted or not registered for this seminar, and check them "
                         "in.")});
    parser.addOption({QStringLiteral("walk-in"), tr("Register someone at the door and check them in.")});
    parser.addOption({QStringLiteral("family"), tr("Walk-in: family name."), tr("F")});
    parser.addOption({QStringLiteral("given"), tr("Walk-in: given name."), tr("G")});
    parser.addOption({QStringLiteral("reading"), tr("Walk-in: reading in kana, family then given name."), tr("R")});
    parser.addOption({QStringLiteral("organisation"), tr("Walk-in: organisation."), tr("O")});
    parser.addOption({QStringLiteral("email"), tr("Walk-in: e-mail address."), tr("E")});
    parser.addOption({QStringLiteral("category"),
                      tr("Walk-in: %1 (default: participant).").arg(Attendee::categories().join(QStringLiteral(", "))),
                      tr("C"), QStringLiteral("participant")});
    parser.addOption({QStringLiteral("receiver"), tr("Walk-in: needs an interpretation receiver.")});
    parser.addOption({QStringLiteral("existing"),
                      tr("Walk-in: register this attendee of the database (as the list of people with that name "
                         "shows)."),
                      tr("ID")});
    parser.addOption({QStringLiteral("new"),
                      tr("Walk-in: add a new person even though one of that name or e-mail is "
                         "in the database.")});
    parser.addOption({QStringLiteral("counts"),
                      tr("Print expected, checked in, walk-ins, not yet arrived and "
                         "receivers out.")});
    parser.addOption({QStringLiteral("by-category"), tr("With --counts: one line per category.")});
    addFormatOption(parser, formats);
    int exitCode = 0;
    if (!parse(parser, arguments, out, err, exitCode))
        return exitCode;

    const QStringList codes = parser.positionalArguments();
    const bool walkingIn = parser.isSet(QStringLiteral("walk-in"));
    const bool counting = parser.isSet(QStringLiteral("counts"));
    const bool named = parser.isSet(QStringLiteral("name"));
    const int modes = int(!codes.isEmpty()) + int(named) + int(walkingIn) + int(counting);
    if (modes != 1 || codes.size() > 1) {
        err << tr("seminar-desk checkin: give one check-in code, or --name TEXT, --walk-in or --counts.") << Qt::endl;
        return 2;
    }
    const bool walkInOptionSet = std::any_of(walkInOptions.cbegin(), walkInOptions.cend(),
                                             [&](const QString& option) { return parser.isSet(option); });
    if ((walkInOptionSet && !walkingIn) || (walkingIn && !parser.isSet(QStringLiteral("family")))) {
        err << tr("seminar-desk checkin: a walk-in needs --walk-in and --family; the other walk-in options go with "
                  "them.")
            << Qt::endl;
        return 2;
    }
    if ((parser.isSet(QStringLiteral("undo")) || parser.isSet(QStringLiteral("register"))) && (walkingIn || counting)) {
        err << tr("seminar-desk checkin: --undo and --register go with a code or --name.") << Qt::endl;
        return 2;
    }
    m_format = readFormat(parser, formats, err);
    qint64 seminarId = 0;
    if (m_format.isEmpty() || !readSeminarId(parser, seminarId, err))
        return 2;
    const auto database = openDatabase(parser, err);
    if (!database)
        return 1;
    Seminar seminar;
    if (!findSeminar(*database, seminarId, seminar, err))
        return 1;
    RecordEdits edits(*database);
    CheckInDesk checkInDesk(*database, edits, seminarId, desk(parser));
    if (counting)
        return printCounts(parser, checkInDesk, out, err);
    if (walkingIn)
        return walkIn(parser, checkInDesk, out, err);
    return checkInPerson(parser, checkInDesk, out, err);
}

int CheckInCommand::checkInPerson(const QCommandLineParser& parser, CheckInDesk& desk, QTextStream& out,
                                  QTextStream& err)
{
    const bool undoing = parser.isSet(QStringLiteral("undo"));
    QString code = parser.positionalArguments().value(0);
    std::optional<Result<CheckInAnswer>> found;
    if (parser.isSet(QStringLiteral("name"))) {
        const QString typed = parser.value(QStringLiteral("name"));
        auto matches = desk.matches(typed, matchesShown);
        if (!matches) {
            err << matches.error() << Qt::endl;
            return 1;
        }
        if (matches->total > 1) {
            err << tr("%n people match “%1”: give more of the name, or the check-in code.", nullptr, matches->total)
                       .arg(typed)
                << Qt::endl;
            printMatches(out, *matches);
            return 1;
        }
        if (matches->total == 1) {
            code = matches->rows.constFirst().registration.checkInCode;
        } else {
            // No one registered here: someone in the database, perhaps, to register at the door.
            auto people = desk.peopleMatching(typed, matchesShown);
            if (!people) {
                err << people.error() << Qt::endl;
                return 1;
            }
            if (people->size() != 1 || undoing) {
                err << (people->isEmpty() ? tr("No one matches “%1”.").arg(typed)
                                          : tr("No one registered for this seminar matches “%1”.").arg(typed))
                    << Qt::endl;
                printMatches(out, RegistrationMatches());
                return 1;
            }
            found = desk.checkInAttendee(people->constFirst().id);
        }
    }
    if (undoing)
        return answer(desk.undoCheckIn(code), out, err);
    const Result<CheckInAnswer> checkedIn = found ? *found : desk.checkInCode(code);
    if (checkedIn && checkedIn->canRegisterHere() && parser.isSet(QStringLiteral("register")))
        return answer(desk.registerAndCheckIn(*checkedIn), out, err);
    return answer(checkedIn, out, err);
}

void CheckInCommand::printMatches(QTextStream& out, const RegistrationMatches& matches) const
{
    if (m_format == QLatin1String("json")) {
        QVariantList shown;
        for (const RegisteredAttendee& row : matches.rows)
            shown.append(QVariant::fromValue(SeminarDayJson::match(row)));
        printJson(out,
                  JsonRecord()
                      .add(QStringLiteral("outcome"),
                           matches.total == 0 ? QStringLiteral("no_match") : QStringLiteral("several_matches"))
                      .add(QStringLiteral("total_matches"), matches.total)
                      .add(QStringLiteral("matches"), shown));
    } else if (!matches.rows.isEmpty()) {
        printPeople(out, matches.rows);
    }
}

int CheckInCommand::walkIn(const QCommandLineParser& parser, CheckInDesk& desk, QTextStream& out, QTextStream& err)
{
    Attendee person;
    person.familyName = parser.value(QStringLiteral("family")).trimmed();
    person.givenName = parser.value(QStringLiteral("given")).trimmed();
    const QString reading = parser.value(QStringLiteral("reading")).trimmed();
    const int space = reading.indexOf(QRegularExpression(QStringLiteral("[ 　]")));
    person.familyReading = space < 0 ? reading : reading.left(space);
    person.givenReading = space < 0 ? QString() : reading.mid(space + 1).trimmed();
    person.organisation = parser.value(QStringLiteral("organisation")).trimmed();
    person.email = parser.value(QStringLiteral("email")).trimmed();
    person.category = parser.value(QStringLiteral("category"));
    if (!Attendee::categories().contains(person.category)) {
        err << tr("--category is %1, not “%2”.").arg(Attendee::categories().join(QStringLiteral(", ")), person.category)
            << Qt::endl;
        return 2;
    }
    const bool receiver = parser.isSet(QStringLiteral("receiver"));
    if (parser.isSet(QStringLiteral("existing"))) {
        qint64 id = 0;
        if (!readId(parser, QStringLiteral("existing"), id, err))
            return 2;
        auto existing = AttendeeStore(desk.database()).find(id);
        if (!existing) {
            err << existing.error() << Qt::endl;
            return 1;
        }
        return answer(desk.walkIn(*existing, receiver), out, err);
    }
    if (!parser.isSet(QStringLiteral("new"))) {
        auto known = desk.knownPeople(person);
        if (!known) {
            err << known.error() << Qt::endl;
            return 1;
        }
        if (!known->isEmpty()) {
            err << tr("Already in the database with that name or e-mail: register one of them with --existing ID, "
                      "or add a new person with --new.")
                << Qt::endl;
            TextTable table({tr("ID"), tr("Name"), tr("Reading"), tr("Organisation"), tr("E-mail")});
            for (const Attendee& attendee : *known)
                table.addRow({QString::number(attendee.id), attendee.displayName(), attendee.name().displayReading(),
                              attendee.organisation, attendee.email});
            table.print(out);
            return 1;
        }
    }
    return answer(desk.walkIn(person, receiver), out, err);
}

int CheckInCommand::printCounts(const QCommandLineParser& parser, const CheckInDesk& desk, QTextStream& out,
                                QTextStream& err)
{
    QList<ArrivalCounts> rows;
    if (parser.isSet(QStringLiteral("by-category"))) {
        auto counts = desk.countsByCategory();
        if (!counts) {
            err << counts.error() << Qt::endl;
            return 1;
        }
        rows = *counts;
    } else {
        auto counts = desk.counts();
        if (!counts) {
            err << counts.error() << Qt::endl;
            return 1;
        }
        rows.append(*counts);
    }
    if (m_format == QLatin1String("json")) {
        QList<JsonRecord> records;
        for (const ArrivalCounts& counts : rows)
            records.append(SeminarDayJson::counts(counts));
        printJsonArray(out, records);
        return 0;
    }
    TextTable table(
        {tr("Category"), tr("Expected"), tr("Checked in"), tr("Walk-ins"), tr("Not yet arrived"), tr("Receivers out")});
    for (const ArrivalCounts& counts : rows)
        table.addRow({counts.category.isEmpty() ? tr("Everyone") : Attendee::categoryName(counts.category),
                      QString::number(counts.expected), QString::number(counts.checkedIn),
                      QString::number(counts.walkIns), QString::number(counts.notArrived()),
                      QString::number(counts.receiversOut)});
    table.print(out);
    return 0;
}

int CheckInCommand::answer(const Result<CheckInAnswer>& result, QTextStream& out, QTextStream& err) const
{
    if (!result) {
        err << result.error() << Qt::endl;
        return 1;
    }
    const CheckInAnswer& answer = *result;
    const bool done
        = answer.outcome == CheckInAnswer::Outcome::CheckedIn || answer.outcome == CheckInAnswer::Outcome::Undone;
    if (m_format == QLatin1String("json")) {
        printJson(out, SeminarDayJson::answer(answer));
    } else {
        if (done)
            out << answer.message() << '\n';
        if (answer.attendee.id > 0) {
            TextTable table({tr("Code"), tr("Name"), tr("Reading"), tr("Organisation"), tr("Status"),
                             tr("Checked in at"), tr("Desk")});
            const bool registered = answer.registration.id > 0;
            table.addRow({registered ? answer.registration.checkInCode : answer.code, answer.attendee.displayName(),
                          answer.attendee.name().displayReading(), answer.attendee.organisation,
                          registered ? Registration::statusName(answer.registration.status) : QString(),
                          dateTimeText(answer.checkedInAt), answer.desk});
            table.print(out);
        }
    }
    out.flush();
    if (done)
        return 0;
    err << answer.message() << Qt::endl;
    if (answer.canRegisterHere())
        err << tr("Run again with --register to register them for this seminar and check them in.") << Qt::endl;
    return 1;
}

} // namespace sd
