// Times how soon a desk sees a check-in made at another desk: from the moment the other desk's
// check-in begins to the moment this desk has read the new count of arrivals, as the Check-in page
// reads it when DatabaseWatch signals. The check-ins come one at a time, a random 0.25 to 0.75 s
// apart (a busy door), so that each lands at another moment of this desk's look at the database.
// Usage: live-desk-benchmark DATABASE [CHECKINS] — DATABASE a new SQLite file, or the address of an
// empty database on a PostgreSQL server (postgresql://...); 50 check-ins unless told.
#include <algorithm>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QTextStream>

#include "core/checkin/CheckInDesk.h"
#include "core/data/DatabaseUrl.h"
#include "core/data/DatabaseWatch.h"
#include "core/data/Transaction.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "core/stores/SortKeyRefresh.h"

namespace {

constexpr int defaultCheckIns = 50;
constexpr int targetMs = 1000;

sd::Result<std::unique_ptr<sd::Database>> open(const QString& name)
{
    if (!sd::DatabaseUrl::isUrl(name))
        return sd::openForWork(name);
    auto url = sd::DatabaseUrl::parse(name);
    if (!url)
        return sd::fail(url.error());
    return sd::openForWork(*url);
}

// A seminar with PEOPLE registered, all still expected; gives the seminar's id and their registrations.
sd::Result<std::pair<qint64, QList<qint64>>> registerPeople(const sd::Database& database, int people)
{
    sd::Transaction transaction(database);
    if (!transaction.begun())
        return sd::fail(transaction.errorText());
    sd::Seminar seminar;
    seminar.titleEn = QStringLiteral("Team Kitakyushu Seminar");
    seminar.titleJa = QStringLiteral("チーム北九州セミナー");
    seminar.startsAt = QDateTime(QDate(2027, 2, 12), QTime(13, 30));
    seminar.endsAt = QDateTime(QDate(2027, 2, 12), QTime(17, 0));
    auto seminarId = sd::SeminarStore(database).insert(seminar);
    if (!seminarId)
        return sd::fail(seminarId.error());
    QList<qint64> registrations;
    for (int each = 1; each <= people; ++each) {
        sd::Attendee attendee;
        attendee.familyName = QStringLiteral("Yamada");
        attendee.givenName = QString::number(each);
        auto attendeeId = sd::AttendeeStore(database).insert(attendee);
        if (!attendeeId)
            return sd::fail(attendeeId.error());
        sd::Registration registration;
        registration.seminarId = *seminarId;
        registration.attendeeId = *attendeeId;
        auto registrationId = sd::RegistrationStore(database).insert(registration);
        if (!registrationId)
            return sd::fail(registrationId.error());
        registrations.append(*registrationId);
    }
    if (sd::Status committed = transaction.commit(); !committed)
        return sd::fail(committed.error());
    return std::make_pair(*seminarId, registrations);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "Usage: live-desk-benchmark DATABASE [CHECKINS]" << Qt::endl;
        return 2;
    }
    const QString name = QString::fromLocal8Bit(argv[1]);
    const int checkIns = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : defaultCheckIns;
    // Two desks on one database: this one, and the one at the door that checks people in.
    auto here = open(name);
    if (!here) {
        out << here.error() << Qt::endl;
        return 1;
    }
    auto there = open(name);
    if (!there) {
        out << there.error() << Qt::endl;
        return 1;
    }
    auto people = registerPeople(**there, checkIns);
    if (!people) {
        out << people.error() << Qt::endl;
        return 1;
    }
    const sd::Desk deskHere {QStringLiteral("Entrance A"), QString()};
    const sd::Desk deskThere {QStringLiteral("Entrance B"), QString()};
    sd::RecordEdits editsHere(**here);
    sd::RecordEdits editsThere(**there);
    sd::CheckInDesk reception(**here, editsHere, people->first, deskHere);
    sd::CheckInDesk door(**there, editsThere, people->first, deskThere);
    sd::DatabaseWatch watch(**here);

    int seenArrivals = 0;
    QElapsedTimer sinceCheckIn;
    QList<double> ms;
    QObject::connect(&watch, &sd::DatabaseWatch::changedElsewhere, [&] {
        const auto counts = reception.counts();
        if (counts && counts->checkedIn > seenArrivals) {
            seenArrivals = counts->checkedIn;
            ms.append(sinceCheckIn.nsecsElapsed() / 1e6);
        }
    });
    QRandomGenerator random(2027);
    for (int each = 0; each < checkIns; ++each) {
        QTest::qWait(250 + int(random.bounded(500)));
        sinceCheckIn.start();
        if (auto answer = door.checkIn(people->second.at(each)); !answer) {
            out << answer.error() << Qt::endl;
            return 1;
        }
        if (!QTest::qWaitFor([&] { return seenArrivals == each + 1; }, 5000)) {
            out << "Check-in " << each + 1 << " was not seen within 5 s." << Qt::endl;
            return 1;
        }
    }
    std::sort(ms.begin(), ms.end());
    out << QStringLiteral("a change seen by another desk (%1): median %2 ms, slowest %3 ms over %4 check-ins "
                          "(target < %5 ms)")
               .arg((*here)->dialect().engine() == sd::SqlDialect::Engine::Sqlite ? QStringLiteral("SQLite")
                                                                                  : QStringLiteral("PostgreSQL"))
               .arg(ms.at(ms.size() / 2), 0, 'f', 1)
               .arg(ms.last(), 0, 'f', 1)
               .arg(ms.size())
               .arg(targetMs)
        << Qt::endl;
    return ms.last() < targetMs ? 0 : 1;
}
