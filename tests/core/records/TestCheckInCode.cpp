#include <catch2/catch.hpp>

#include <QSet>

#include "core/records/CheckInCode.h"
#include "support/CatchQt.h"

using namespace sd;

TEST_CASE("Check-in codes are well formed and distinct", "[checkin]")
{
    QSet<QString> codes;
    for (int i = 0; i < 2000; ++i) {
        const QString code = CheckInCode::generate();
        CHECK(CheckInCode::isWellFormed(code));
        codes.insert(code);
    }
    CHECK(codes.size() == 2000);
    CHECK_FALSE(CheckInCode::isWellFormed(QStringLiteral("SD-ILOU000000")));
}

TEST_CASE("A typed check-in code is read as its holder meant it", "[checkin]")
{
    CHECK(CheckInCode::normalized(QStringLiteral(" sd-abco1il234 ")) == QStringLiteral("SD-ABC0111234"));
    CHECK(CheckInCode::normalized(QStringLiteral("SDABC0112345")) == QStringLiteral("SD-ABC0112345"));
}

TEST_CASE("The code on a badge is recognised however it is typed", "[checkin]")
{
    struct Case
    {
        const char* typed;
        const char* code;
    };
    const Case cases[] = {
        {"SD-7K3M9Q2X4P", "SD-7K3M9Q2X4P"},
        {"sd-7k3m9q2x4p", "SD-7K3M9Q2X4P"},
        {"7K3M9Q2X4P", "SD-7K3M9Q2X4P"},
        {"7k3m9q2x4p", "SD-7K3M9Q2X4P"},
        {"SD7K3M9Q2X4P", "SD-7K3M9Q2X4P"},
        {"sd-o1l00000ab", "SD-01100000AB"},
        {"SD-7K3M9Q2X4", ""},
        {"yamada", ""},
        {"SD-7K3M9Q2X4U", ""},
        {"", ""},
    };
    for (const Case& each : cases) {
        INFO(each.typed);
        CHECK(CheckInCode::fromTyped(QString::fromUtf8(each.typed)) == QString::fromUtf8(each.code));
    }
}
