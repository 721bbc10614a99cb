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

TEST_CASE("Names sort by their reading when they have one, family part first", "[name]")
{
    const auto key = [](const char16_t* family, const char16_t* given, const char16_t* familyReading = u"",
                        const char16_t* givenReading = u"") {
        return PersonName(QString::fromUtf16(family), QString::fromUtf16(given), QString::fromUtf16(familyReading),
                          QString::fromUtf16(givenReading))
            .sortKey();
    };
    CHECK(key(u"山田", u"太郎", u"ヤマダ", u"タロウ") == key(u"x", u"y", u"ヤマダ", u"タロウ"));
    CHECK(key(u"Santos", u"Maria") < key(u"Tanaka", u"Aki")); // under S, family name first
    // The whole family reading decides before the given one: ヤマサキ before ヤマザキ, and ヤマ
    // before ヤマサキ, whatever the given names.
    CHECK(key(u"山﨑", u"由美", u"ヤマサキ", u"ユミ") < key(u"山崎", u"智子", u"ヤマザキ", u"トモコ"));
    CHECK(key(u"山", u"花子", u"ヤマ", u"ハナコ") < key(u"山﨑", u"亜美", u"ヤマサキ", u"アミ"));
    CHECK(key(u"山崎", u"智子", u"ヤマザキ", u"トモコ") < key(u"山崎", u"麻衣", u"ヤマザキ", u"マイ"));
}
