// A large read in index order on the server (BulkStatement::ReadPlan::InIndexOrder): the planner's
// settings that hold the first row back are off for that one COPY, and the connection has its own
// settings again after it, whether the read ends, fails, or fails inside a transaction.
#include <catch2/catch.hpp>

#include "core/data/BulkStatement.h"
#include "core/data/Database.h"
#include "core/data/SqlStatement.h"
#include "core/data/Transaction.h"
#include "support/PostgresServer.h"

using namespace sd;

namespace {

const QString settingsQuery
    = QStringLiteral("SELECT current_setting('enable_sort'), current_setting('max_parallel_workers_per_gather')");

// The settings as the connection has them now.
QStringList plannerSettings(const Database& database)
{
    SqlStatement settings(database, settingsQuery);
    REQUIRE(settings.exec().ok());
    REQUIRE(settings.next());
    return {settings.value(0).toString(), settings.value(1).toString()};
}

} // namespace

TEST_CASE("A read in index order turns sorts and parallel workers off for itself alone", "[database][select]")
{
    auto opened = Database::open(PostgresServer::urlOf(PostgresServer::freshDatabase()));
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    const Database& database = **opened;
    const QStringList before = plannerSettings(database);
    CHECK(before == QStringList {QStringLiteral("on"), QStringLiteral("2")});

    const auto read = BulkStatement::forLargeSelect(database, settingsQuery, BulkStatement::ReadPlan::InIndexOrder);
    REQUIRE(read->select().ok());
    REQUIRE(read->next());
    CHECK(read->value(0).toString() == QStringLiteral("off"));
    CHECK(read->value(1).toString() == QStringLiteral("0"));
    CHECK_FALSE(read->next());
    CHECK(read->errorText().isEmpty());
    CHECK(plannerSettings(database) == before);

    const auto cheapest = BulkStatement::forLargeSelect(database, settingsQuery);
    REQUIRE(cheapest->select().ok());
    REQUIRE(cheapest->next());
    CHECK(cheapest->value(0).toString() == QStringLiteral("on"));

    const auto broken = BulkStatement::forLargeSelect(database, QStringLiteral("SELECT no_such_column FROM attendee"),
                                                      BulkStatement::ReadPlan::InIndexOrder);
    CHECK_FALSE(broken->select().ok());
    CHECK(broken->errorText().contains(QStringLiteral("no_such_column")));
    CHECK(plannerSettings(database) == before);
    {
        // Refused inside the transaction too; its rollback undoes the settings.
        Transaction transaction(database);
        CHECK_FALSE(broken->select().ok());
    }
    CHECK(plannerSettings(database) == before);
}
