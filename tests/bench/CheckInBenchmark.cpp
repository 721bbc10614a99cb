// Times the seminar day's core on a large database: a check-in by code and by name (from the
// Enter key to the answer with the person's name, as the Check-in page will get it), the search
// of a typed name, the live counts, and the reception list of 1,000 people as a PDF.
// With --db URL, the check-ins run on that empty database of a PostgreSQL server, filled with the
// demo first (a round trip to the server each), and the reception list on a file as without it.
// Usage: checkin-benchmark [ATTENDEES] [--db URL] (default 100,000 attendees).
#include <algorithm>

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include "core/checkin/CheckInDesk.h"
#include "core/data/DatabaseUrl.h"
#include "core/print/ReceptionList.h"
#include "core/stores/DemoSeminar.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/SortKeyRefresh.h"

namespace {

constexpr int defaultAttendees = 100000;
constexpr int samples = 200;
constexpr int receptionPeople = 1000;
constexpr int receptionRuns = 3;

struct Figures
{
    QList<double> ms;

    void add(const QElapsedTimer& timer) { ms.append(timer.nsecsElapsed() / 1e6); }
    QString text()
    {
        std::sort(ms.begin(), ms.end());
        return QStringLiteral("median %1 ms, 90th percentile %2 ms, slowest %3 ms (%4 runs)")
            .arg(ms.at(ms.size() / 2), 0, 'f', 1)
            .arg(ms.at(ms.size() * 9 / 10), 0, 'f', 1)
            .arg(ms.last(), 0, 'f', 1)
            .arg(ms.size());
    }
};

// SAMPLES registrations of seminar 1 still expected, spread over the whole list.
QList<sd::RegisteredAttendee> sample(const sd::Database& database, int count)
{
    QList<sd::RegisteredAttendee> all;
    const sd::Status visited = sd::RegistrationStore(database).visitRegisteredAttendees(1, [&all](const auto& row) {
        if (row.registration.status == sd::Registration::Status::Registered)
            all.append(row);
        return true;
    });
    Q_ASSERT(visited.ok());
    QList<sd::RegisteredAttendee> chosen;
    QRandomGenerator random(2027);
    while (chosen.size() < count && !all.isEmpty())
        chosen.append(all.takeAt(random.bounded(int(all.size()))));
    return chosen;
}

sd::Result<std::unique_ptr<sd::Database>> demoFile(const QString& path, int attendees)
{
    if (sd::Status created = sd::DemoSeminar::create(path, attendees); !created)
        return sd::fail(created.error());
    return sd::openForWork(path);
}

sd::Result<std::unique_ptr<sd::Database>> demoOnServer(const QString& address, int attendees)
{
    const auto url = sd::DatabaseUrl::parse(address);
    if (!url)
        return sd::fail(url.error());
    auto database = sd::openForWork(*url);
    if (!database)
        return database;
    if (auto filled = sd::DemoSeminar::fill(**database, attendees); !filled)
        return sd::fail(filled.error());
    return database;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    const int attendees = arguments.size() > 1 ? arguments.at(1).toInt() : defaultAttendees;
    const QString server
        = arguments.size() > 3 && arguments.at(2) == QLatin1String("--db") ? arguments.at(3) : QString();
    QTemporaryDir folder;
    out << "Creating a demo database with " << attendees << " attendees..." << Qt::endl;
    const auto database = server.isEmpty() ? demoFile(folder.filePath(QStringLiteral("big.sqlite")), attendees)
                                           : demoOnServer(server, attendees);
    if (!database) {
        out << database.error() << Qt::endl;
        return 1;
    }
    if (!server.isEmpty())
        out << "On the PostgreSQL server: " << (*database)->path() << Qt::endl;
    sd::RecordEdits edits(**database);
    sd::CheckInDesk desk(**database, edits, 1, sd::Desk::named(QStringLiteral("Benchmark")));
    const QList<sd::RegisteredAttendee> people = sample(**database, 2 * samples);

    Figures byCode;
    for (int i = 0; i < samples; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto answer = desk.checkInCode(people.at(i).registration.checkInCode.toLower());
        byCode.add(timer);
        if (!answer || answer->outcome != sd::CheckInAnswer::Outcome::CheckedIn || answer->attendee.id == 0) {
            out << "A check-in by code failed." << Qt::endl;
            return 1;
        }
    }
    out << "Check-in by code, from Enter to the answer with the name: " << byCode.text() << Qt::endl;

    Figures search;
    Figures byName;
    for (int i = samples; i < 2 * samples; ++i) {
        const sd::Attendee& person = people.at(i).attendee;
        const QString typed = person.displayName();
        QElapsedTimer timer;
        timer.start();
        auto matches = desk.matches(typed);
        search.add(timer);
        if (!matches || matches->rows.isEmpty()) {
            out << "A search for " << typed << " found no one." << Qt::endl;
            return 1;
        }
        timer.restart();
        auto answer = desk.checkIn(people.at(i).registration.id);
        byName.add(timer);
        if (!answer || answer->outcome != sd::CheckInAnswer::Outcome::CheckedIn) {
            out << "A check-in by name failed." << Qt::endl;
            return 1;
        }
    }
    out << "Search for a full typed name (the matches shown as you type): " << search.text() << Qt::endl;
    out << "Check-in by name, from Enter on the chosen match to the answer: " << byName.text() << Qt::endl;

    Figures counts;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!desk.counts())
            return 1;
        counts.add(timer);
    }
    out << "Live counts (expected, checked in, walk-ins, not arrived, receivers out): " << counts.text() << Qt::endl;

    const QString smallPath = folder.filePath(QStringLiteral("reception.sqlite"));
    if (!sd::DemoSeminar::create(smallPath, receptionPeople))
        return 1;
    auto small = sd::openForWork(smallPath);
    Figures reception;
    int pages = 0;
    int listed = 0;
    for (int run = 0; run < receptionRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto list = sd::ReceptionList::load(**small, 1);
        if (!list)
            return 1;
        const sd::TablePrinter printer = list->printer(3, sd::OutputLanguage(sd::OutputLanguage::Code::Japanese));
        if (!printer.savePdf(folder.filePath(QStringLiteral("reception.pdf"))))
            return 1;
        reception.add(timer);
        pages = int(printer.pages().size());
        listed = list->size();
    }
    out << "Reception list of " << listed << " people (demo of " << receptionPeople << ", 3 desks, " << pages
        << " pages) as PDF: " << reception.text() << Qt::endl;
    return 0;
}
