// A desk whose PostgreSQL server goes away while it works: a second server of the test's own
// (never the shared fixture's) is stopped in the middle of a transaction and started again.
#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "core/data/BulkWrite.h"
#include "core/data/Database.h"
#include "core/data/DatabaseUrl.h"
#include "core/data/DatabaseWatch.h"
#include "core/data/SqlStatement.h"
#include "core/data/Transaction.h"
#include "core/stores/AttendeeStore.h"
#include "support/CatchQt.h"
#include "support/SecondPostgresServer.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

Result<qint64> insertVenue(const Database& database, const QString& name)
{
    return insertRow(database, QStringLiteral("INSERT INTO venue (name) VALUES (?)"), {name});
}

// A venue added in a write transaction, which tells the other desks.
Status addVenue(const Database& database, const QString& name)
{
    Transaction transaction(database);
    if (!transaction.begun())
        return fail(transaction.errorText());
    if (auto id = insertVenue(database, name); !id)
        return fail(id.error());
    return transaction.commit();
}

QStringList venueNames(const Database& database)
{
    auto names = selectRows<QString>(database, QStringLiteral("SELECT name FROM venue ORDER BY id"), {},
                                     [](SqlStatement& row) { return row.value(0).toString(); });
    INFO(names.error().toStdString());
    REQUIRE(names.ok());
    return *names;
}

} // namespace

TEST_CASE("A desk whose server goes away is told so, loses no half of a change and works again when it is back")
{
    SecondPostgresServer server(1);
    // A desk's road: a role with its password, over TCP and TLS; connecting again takes both.
    const QString password = QStringLiteral("desk-Password-1");
    server.run({QStringLiteral("CREATE ROLE seminar_desk LOGIN PASSWORD '%1'").arg(password),
                QStringLiteral("CREATE DATABASE seminar OWNER seminar_desk")});
    auto url = DatabaseUrl::parse(
        QStringLiteral("postgresql://seminar_desk@127.0.0.1:%1/seminar?sslmode=require").arg(server.port()));
    REQUIRE(url.ok());
    auto opened = Database::open(*url, password);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    const Database& database = **opened;
    const QString path = url->toString();
    REQUIRE(insertVenue(database, QStringLiteral("Before")).ok());
    // Statements kept prepared across calls (an import's inserts and look-ups) outlive the connection.
    AttendeeStore attendees(database);
    const Result<qint64> first = attendees.insert(makeAttendee(QStringLiteral("Before"), QString()));
    REQUIRE(first.ok());
    REQUIRE(attendees.find(*first).ok());
    const auto insertInBulk = [&database](const QString& name) {
        const BulkWrite bulk(database);
        Transaction transaction(database);
        REQUIRE(transaction.begun());
        REQUIRE(AttendeeStore(database).insert(makeAttendee(name, QString())).ok());
        const Status committed = transaction.commit();
        INFO(committed.error().toStdString());
        REQUIRE(committed.ok());
    };
    insertInBulk(QStringLiteral("In bulk before"));

    const QString lost = QStringLiteral("The connection to the database server of “%1” was lost (").arg(path);
    const QString unreachable = QStringLiteral("The database server of “%1” cannot be reached (").arg(path);
    {
        Transaction transaction(database);
        REQUIRE(transaction.begun());
        REQUIRE(insertVenue(database, QStringLiteral("In flight")).ok());
        server.halt();
        auto failed = insertVenue(database, QStringLiteral("After the stop"));
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().startsWith(lost));
        CHECK(failed.error().endsWith(
            QStringLiteral("What was being saved was not saved; Seminar Desk connects again at the next step.")));
        CHECK(database.fileProblem() == failed.error());
        // Inside the transaction nothing connects again: its first rows went with the connection.
        auto inside = insertVenue(database, QStringLiteral("Still inside"));
        REQUIRE_FALSE(inside.ok());
        CHECK(inside.error().startsWith(lost));
        const Status committed = transaction.commit();
        REQUIRE_FALSE(committed.ok());
        CHECK(committed.error().startsWith(lost));
    }

    // While the server is down, each step tries again and says the server cannot be reached.
    {
        Transaction refused(database);
        CHECK_FALSE(refused.begun());
        CHECK(refused.errorText().startsWith(unreachable));
        CHECK(refused.errorText().endsWith(QStringLiteral(
            "Nothing was saved. Check that the server is running and the network is up, then try again.")));
    }
    auto down = insertVenue(database, QStringLiteral("While down"));
    REQUIRE_FALSE(down.ok());
    CHECK(down.error().startsWith(unreachable));

    server.resume();
    auto back = insertVenue(database, QStringLiteral("Back"));
    INFO(back.error().toStdString());
    REQUIRE(back.ok());
    CHECK(database.fileProblem().isEmpty());
    CHECK(venueNames(database) == QStringList {QStringLiteral("Before"), QStringLiteral("Back")});
    {
        Transaction transaction(database);
        REQUIRE(transaction.begun());
        REQUIRE(insertVenue(database, QStringLiteral("In a transaction again")).ok());
        REQUIRE(transaction.commit().ok());
    }
    CHECK(venueNames(database).size() == 3);

    // The kept statements prepare themselves again on the new connection.
    const Result<qint64> again = attendees.insert(makeAttendee(QStringLiteral("Back"), QString()));
    INFO(again.error().toStdString());
    REQUIRE(again.ok());
    const Result<Attendee> found = attendees.find(*first);
    INFO(found.error().toStdString());
    REQUIRE(found.ok());
    CHECK(found->familyName == QStringLiteral("Before"));
    insertInBulk(QStringLiteral("In bulk after"));
    CHECK(*AttendeeStore(database).count() == 4);
    SqlStatement encrypted(database, QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    REQUIRE(encrypted.exec().ok());
    REQUIRE(encrypted.next());
    CHECK(encrypted.value(0).toBool());
}

TEST_CASE("A desk whose server went away hears the other desks again once it has connected again")
{
    SecondPostgresServer server(7);
    server.run({QStringLiteral("CREATE DATABASE seminar")});
    const DatabaseUrl url = server.urlOf(QStringLiteral("seminar"));
    auto here = Database::open(url);
    auto there = Database::open(url);
    REQUIRE(here.ok());
    REQUIRE(there.ok());
    DatabaseWatch watch(**here);
    QSignalSpy heard(&watch, &DatabaseWatch::changedElsewhere);

    server.halt();
    server.resume();
    // Each desk learns of the loss at its next step, and connects again at the one after.
    CHECK_FALSE(addVenue(**here, QStringLiteral("Lost")).ok());
    REQUIRE(addVenue(**here, QStringLiteral("Back here")).ok());
    // What the other desks changed meanwhile was announced to no one here: the desk reads again.
    REQUIRE(heard.wait(1000));
    QTest::qWait(int(DatabaseWatch::minimumInterval.count()) * 2);
    heard.clear();

    CHECK_FALSE(addVenue(**there, QStringLiteral("Lost")).ok());
    REQUIRE(addVenue(**there, QStringLiteral("Back there")).ok());
    CHECK(heard.wait(1000));
}

TEST_CASE("An idle desk whose server went away comes back by itself, its window never frozen")
{
    SecondPostgresServer server(8);
    server.run({QStringLiteral("CREATE DATABASE seminar")});
    const DatabaseUrl url = server.urlOf(QStringLiteral("seminar"));
    auto here = Database::open(url);
    REQUIRE(here.ok());
    DatabaseWatch watch(**here);
    QSignalSpy heard(&watch, &DatabaseWatch::changedElsewhere);
    QSignalSpy reachable(&watch, &DatabaseWatch::serverReachable);
    const int connection = (*here)->connectionNumber();
    // The longest the event loop went without running a timer: the window's freeze.
    QElapsedTimer sinceTick;
    qint64 longestFreeze = 0;
    QTimer tick;
    tick.setInterval(20);
    QObject::connect(&tick, &QTimer::timeout, [&] { longestFreeze = qMax(longestFreeze, sinceTick.restart()); });
    sinceTick.start();
    tick.start();

    server.halt();
    sinceTick.restart();
    REQUIRE(reachable.wait(2000));
    CHECK(reachable.takeFirst().at(0).toBool() == false);
    // Down for longer than the desk waits between two questions: it asks again and again.
    QTest::qWait(int(DatabaseWatch::probeInterval.count()) * 2);
    CHECK(reachable.isEmpty());
    server.resume();
    {
        auto there = Database::open(url);
        REQUIRE(there.ok());
        REQUIRE(addVenue(**there, QStringLiteral("Meanwhile")).ok());
    }
    sinceTick.restart();
    heard.clear();
    // Nothing is done here: the desk connects again, LISTENs and reads again by itself.
    REQUIRE(reachable.wait(int(DatabaseWatch::probeInterval.count()) + 3000));
    CHECK(reachable.takeFirst().at(0).toBool() == true);
    CHECK((*here)->connectionNumber() == connection + 1);
    CHECK((heard.count() > 0 || heard.wait(1000)));
    CHECK(longestFreeze < 500);

    // And it hears the other desks as they change things from now on.
    QTest::qWait(int(DatabaseWatch::minimumInterval.count()) * 2);
    heard.clear();
    auto there = Database::open(url);
    REQUIRE(there.ok());
    REQUIRE(addVenue(**there, QStringLiteral("Later")).ok());
    CHECK(heard.wait(1000));
    CHECK(venueNames(**here) == QStringList {QStringLiteral("Meanwhile"), QStringLiteral("Later")});
}
