#include <catch2/catch.hpp>

#include "core/records/RetentionPeriod.h"
#include "support/CatchQt.h"

using namespace sd;

TEST_CASE("A retention period is read from months or years", "[retention]")
{
    CHECK(RetentionPeriod::parse(QStringLiteral("12m"))->months() == 12);
    CHECK(RetentionPeriod::parse(QStringLiteral(" 18M "))->months() == 18);
    CHECK(RetentionPeriod::parse(QStringLiteral("2y"))->months() == 24);
    for (const char* wrong : {"12", "0m", "m", "1.5y", "-3m", "12 months", "101y", ""}) {
        const auto parsed = RetentionPeriod::parse(QString::fromLatin1(wrong));
        INFO(wrong);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().contains(QStringLiteral("12m")));
    }
    CHECK(RetentionPeriod(12).lastSeminarBefore(QDateTime(QDate(2027, 2, 28), QTime(10, 0)))
          == QDateTime(QDate(2026, 2, 28), QTime(10, 0)));
    CHECK(RetentionPeriod().months() == RetentionPeriod::defaultMonths);
}
