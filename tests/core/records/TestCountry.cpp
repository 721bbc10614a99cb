#include <catch2/catch.hpp>

#include "core/records/Country.h"
#include "support/CatchQt.h"

using namespace sd;

TEST_CASE("A country is stored by its English name however it was written", "[country]")
{
    struct Case
    {
        const char* typed;
        const char* stored;
    };
    const Case cases[] = {
        {"Japan", "Japan"},
        {"日本", "Japan"},
        {"日本国", "Japan"},
        {"ＪＡＰＡＮ", "Japan"},
        {"JP", "Japan"},
        {" japan ", "Japan"},
        {"Viet Nam", "Vietnam"},
        {"ベトナム", "Vietnam"},
        {"Republic of Korea", "South Korea"},
        {"韓国", "South Korea"},
        {"Türkiye", "Turkey"},
        {"Cote d'Ivoire", "Côte d'Ivoire"},
        {"Atlantis", "Atlantis"},
        {"jp", "jp"},
        {"", ""},
    };
    for (const Case& each : cases) {
        INFO(each.typed);
        CHECK(Country::stored(QString::fromUtf8(each.typed)) == QString::fromUtf8(each.stored));
    }
}

TEST_CASE("A stored country is shown in the reader's language", "[country]")
{
    CHECK(Country::name(QStringLiteral("Japan"), QStringLiteral("ja")) == QStringLiteral("日本"));
    CHECK(Country::name(QStringLiteral("Japan"), QStringLiteral("en")) == QStringLiteral("Japan"));
    CHECK(Country::name(QStringLiteral("Republic of Korea"), QStringLiteral("ja")) == QStringLiteral("韓国"));
    CHECK(Country::name(QStringLiteral("United Kingdom"), QStringLiteral("ja")) == QStringLiteral("イギリス"));
    CHECK(Country::name(QStringLiteral("Atlantis"), QStringLiteral("ja")) == QStringLiteral("Atlantis"));
    CHECK(Country::code(QStringLiteral("日本")) == QStringLiteral("JP"));
    CHECK(Country::code(QStringLiteral("Atlantis")).isEmpty());
}

TEST_CASE("Every country's names lead back to it alone", "[country]")
{
    const QStringList english = Country::names(QStringLiteral("en"));
    const QStringList japanese = Country::names(QStringLiteral("ja"));
    REQUIRE(english.size() == japanese.size());
    CHECK(english.size() > 240);
    QStringList clashes;
    for (qsizetype i = 0; i < english.size(); ++i) {
        if (Country::stored(english.at(i)) != english.at(i) || Country::stored(japanese.at(i)) != english.at(i))
            clashes.append(english.at(i));
    }
    CHECK(clashes.join(QStringLiteral(", ")) == QString());
}
