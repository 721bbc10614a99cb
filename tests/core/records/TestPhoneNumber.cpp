#include <catch2/catch.hpp>

#include "core/records/PhoneNumber.h"
#include "support/CatchQt.h"

using namespace sd;

TEST_CASE("Japanese numbers are shown in domestic form in Japanese and international form in English", "[phone]")
{
    struct Case
    {
        const char* stored;
        const char* japanese;
        const char* english;
    };
    const Case cases[] = {
        {"093-681-1563", "093-681-1563", "+81-93-681-1563"},
        {"+81-93-681-1564", "093-681-1564", "+81-93-681-1564"},
        {"0936811563", "093-681-1563", "+81-93-681-1563"},
        {"+81 93 681 1563", "093-681-1563", "+81-93-681-1563"},
        {"(093) 681-1563", "093-681-1563", "+81-93-681-1563"},
        {"０９３－６８１－１５６３", "093-681-1563", "+81-93-681-1563"},
        {"09012345678", "090-1234-5678", "+81-90-1234-5678"},
        {"03-1234-5678", "03-1234-5678", "+81-3-1234-5678"},
        {"0120-123-456", "0120-123-456", "+81-120-123-456"},
        {"  093-681-1563 ", "093-681-1563", "+81-93-681-1563"},
    };
    for (const Case& each : cases) {
        INFO(each.stored);
        CHECK(PhoneNumber::display(QString::fromUtf8(each.stored), QStringLiteral("ja"))
              == QString::fromUtf8(each.japanese));
        CHECK(PhoneNumber::display(QString::fromUtf8(each.stored), QStringLiteral("en"))
              == QString::fromUtf8(each.english));
    }
}

TEST_CASE("Other countries' numbers take their international form, and what is no number stays as typed", "[phone]")
{
    CHECK(PhoneNumber::display(QStringLiteral("+44 20 7946 0958"), QStringLiteral("ja"))
          == QStringLiteral("+44 20 7946 0958"));
    CHECK(PhoneNumber::display(QStringLiteral("+1 212 555 0100"), QStringLiteral("en"))
          == QStringLiteral("+1 212-555-0100"));
    CHECK(PhoneNumber::display(QStringLiteral("ask at the desk"), QStringLiteral("en"))
          == QStringLiteral("ask at the desk"));
    CHECK(PhoneNumber::display(QStringLiteral("12"), QStringLiteral("ja")) == QStringLiteral("12"));
    CHECK(PhoneNumber::display(QString(), QStringLiteral("ja")).isEmpty());
}
