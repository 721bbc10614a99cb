#include "cli/DemoCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "core/stores/DemoSeminar.h"

namespace sd {

QString DemoCommand::summary() const
{
    return tr("Create a new database FILE holding the demo seminar and fictitious attendees.");
}

int DemoCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The new database file (must not exist)."));
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
    if (Status created = DemoSeminar::create(file, attendees); !created) {
        err << created.error() << Qt::endl;
        return 1;
    }
    out << tr("Created %1 with the demo seminar and %n attendee(s).", nullptr, attendees).arg(file) << Qt::endl;
    return 0;
}

} // namespace sd
