#include <catch2/catch.hpp>

#include "core/records/PersonName.h"
#include "support/CatchQt.h"

using namespace sd;

TEST_CASE("Japanese names show family name first, others given name first", "[name]")
{
    CHECK(PersonName(QStringLiteral("山田"), QStringLiteral("太郎")).display() == QStringLiteral("山田 太郎"));
    CHECK(PersonName(QStringLiteral("김"), QStringLiteral("민준")).display() == QStringLiteral("김 민준"));
    CHECK(PersonName(QStringLiteral("Santos"), QStringLiteral("Maria")).display() == QStringLiteral("Maria Santos"));
    CHECK(PersonName(QStringLiteral("Santos"), QString()).display() == QStringLiteral("Santos"));
    CHECK(PersonName(QStringLiteral("やまだ"), QStringLiteral("はなこ")).isEastAsian());
    CHECK_FALSE(PersonName(QStringLiteral("Müller"), QStringLiteral("Lukas")).isEastAsian());
}

TEST_CASE("Names sort by their reading when they have one", "[name]")
{
    CHECK(PersonName(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("ヤマダ"), QStringLiteral("タロウ"))
              .sortText()
          == QStringLiteral("ヤマダ タロウ"));
    CHECK(PersonName(QStringLiteral("Santos"), QStringLiteral("Maria")).sortText() == QStringLiteral("Santos Maria"));
}
