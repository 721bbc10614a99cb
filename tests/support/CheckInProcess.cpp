// A check-in desk in a process of its own, as a second computer at the door is: checks in, on
// the database DATABASE (a file or a server's address), at the seminar SEMINAR_ID, as the desk
// DESK_NAME, every registration id read from stdin, one a line, as fast as it can. Prints how
// many it checked in and how many were checked in already; every error goes to stderr and makes
// the exit code 1. Used by the tests of desks racing for the same people (TestTwoDeskProcesses).
#include <QCoreApplication>
#include <QTextStream>

#include "core/checkin/CheckInDesk.h"
#include "core/data/DatabaseUrl.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/SortKeyRefresh.h"

using namespace sd;

namespace {

Result<std::unique_ptr<Database>> openDatabase(const QString& address)
{
    if (!DatabaseUrl::isUrl(address))
        return openForWork(address, Database::IfMissing::Refuse);
    auto url = DatabaseUrl::parse(address);
    if (!url)
        return fail(url.error());
    return openForWork(*url);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = application.arguments();
    if (arguments.size() != 4) {
        err << "usage: checkin-desk-process DATABASE SEMINAR_ID DESK_NAME < registration ids\n";
        return 2;
    }
    auto database = openDatabase(arguments.at(1));
    if (!database) {
        err << database.error() << '\n';
        return 1;
    }
    RecordEdits edits(**database);
    CheckInDesk desk(**database, edits, arguments.at(2).toLongLong(), Desk::named(arguments.at(3)));
    QTextStream in(stdin);
    int checkedIn = 0;
    int already = 0;
    int errors = 0;
    for (QString line = in.readLine(); !line.isNull(); line = in.readLine()) {
        const auto answer = desk.checkIn(line.toLongLong());
        if (answer && answer->outcome == CheckInAnswer::Outcome::CheckedIn) {
            ++checkedIn;
        } else if (answer && answer->outcome == CheckInAnswer::Outcome::AlreadyCheckedIn) {
            ++already;
        } else {
            err << line << ": " << (answer ? answer->message() : answer.error()) << '\n';
            ++errors;
        }
    }
    out << "checked-in " << checkedIn << "\nalready " << already << '\n';
    return errors == 0 ? 0 : 1;
}
