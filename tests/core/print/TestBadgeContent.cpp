#include <catch2/catch.hpp>

#include "core/print/BadgeContent.h"
#include "core/records/Seminar.h"
#include "core/stores/RegistrationStore.h"
#include "support/CatchQt.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

TEST_CASE("A badge names the country of visitors from abroad, not of those from Japan", "[badge]")
{
    const Seminar seminar = makeSeminar();
    struct Case
    {
        const char* country;
        const char* printed;
    };
    const Case cases[] = {{"Japan", ""}, {"日本", ""}, {"Vietnam", "Vietnam"}, {"", ""}};
    for (const Case& each : cases) {
        INFO(each.country);
        RegisteredAttendee row;
        row.attendee = makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎"));
        row.attendee.country = QString::fromUtf8(each.country);
        CHECK(BadgeContent::from(row, seminar).country == QString::fromUtf8(each.printed));
    }
}
