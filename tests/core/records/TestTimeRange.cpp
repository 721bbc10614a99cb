#include <catch2/catch.hpp>

#include "core/records/TimeRange.h"

using namespace sd;

TEST_CASE("Moving a start moves the end by as much", "[TimeRange]")
{
    const TimeRange afternoon {QDateTime(QDate(2027, 2, 12), QTime(13, 30)),
                               QDateTime(QDate(2027, 2, 12), QTime(17, 0))};
    const TimeRange nextDay = afternoon.movedTo(QDateTime(QDate(2027, 2, 13), QTime(10, 0)));
    CHECK(nextDay.start == QDateTime(QDate(2027, 2, 13), QTime(10, 0)));
    CHECK(nextDay.end == QDateTime(QDate(2027, 2, 13), QTime(13, 30)));
    const TimeRange earlier = afternoon.movedTo(QDateTime(QDate(2027, 2, 12), QTime(9, 0)));
    CHECK(earlier.end == QDateTime(QDate(2027, 2, 12), QTime(12, 30)));
}

TEST_CASE("An end that is not set stays unset when the start moves", "[TimeRange]")
{
    const TimeRange open {QDateTime(QDate(2027, 2, 12), QTime(13, 30)), QDateTime()};
    CHECK_FALSE(open.movedTo(QDateTime(QDate(2027, 2, 13), QTime(13, 30))).end.isValid());
}
