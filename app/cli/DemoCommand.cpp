#include "cli/DemoCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "core/data/Database.h"
#include "core/data/DatabaseUrl.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/DemoSeminar.h"
#include "core/stores/SeminarStore.h"

namespace sd {

QString DemoCommand::summary() const
{
    return tr("Create a new database FILE (or fill an empty database on a server) with the demo seminar and "
              "fictitious attendees.");
}

int DemoCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("The new database file (must not exist), or postgresql://USER@HOST[:PORT]/DATABASE: an empty database "
           "on a PostgreSQL server."));
    parser.addOption({QStringLiteral("attendees"),
                      tr("How many attendees to register (default %1).").arg(DemoSeminar::defaultAttendees), tr("N")});
    int exitCode = 0;
    if (!parse(parser, arguments, out, err, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        err << tr("seminar-desk demo: name one new database FILE.") << Qt::endl;
        return 2;
    }
    int attendees = DemoSeminar::defaultAttendees;
    if (parser.isSet(QStringLiteral("attendees"))) {
        bool ok = false;
        attendees = parser.value(QStringLiteral("attendees")).toInt(&ok);
        if (!ok || attendees < 0) {
            err << tr("--attendees needs a number of 0 or more, not “%1”.")
                       .arg(parser.value(QStringLiteral("attendees")))
                << Qt::endl;
            return 2;
        }
    }
    const QString file = parser.positionalArguments().constFirst();
    if (DatabaseUrl::isUrl(file))
        return fillSharedDatabase(file, attendees, out, err);
    if (Status created = DemoSeminar::create(file, attendees); !created) {
        err << created.error() << Qt::endl;
        return 1;
    }
    out << tr("Created %1 with the demo seminar and %n attendee(s).", nullptr, attendees).arg(file) << Qt::endl;
    return 0;
}

int DemoCommand::fillSharedDatabase(const QString& address, int attendees, QTextStream& out, QTextStream& err)
{
    const auto database = openSharedDatabase(address, err);
    if (!database)
        return 1;
    // As a file is never overwritten, a server's database must hold nothing yet.
    const auto seminars = SeminarStore(*database).all();
    const auto people = AttendeeStore(*database).count();
    if (!seminars || !people) {
        err << (seminars ? people.error() : seminars.error()) << Qt::endl;
        return 1;
    }
    if (!seminars->isEmpty() || *people > 0) {
        err << tr("“%1” already holds seminars or people; the demo is only written to an empty database.")
                   .arg(database->path())
            << Qt::endl;
        return 1;
    }
    if (Result<qint64> filled = DemoSeminar::fill(*database, attendees); !filled) {
        err << filled.error() << Qt::endl;
        return 1;
    }
    out << tr("Filled %1 with the demo seminar and %n attendee(s).", nullptr, attendees).arg(database->path())
        << Qt::endl;
    return 0;
}

} // namespace sd
