#include <catch2/catch.hpp>

#include "core/checkin/CodeReader.h"
#include "support/CatchQt.h"

using namespace sd;

namespace {

QString codeIn(const QString& typed)
{
    const auto reading = CodeReader::read(typed);
    return reading ? reading->code : QStringLiteral("(none)");
}

} // namespace

TEST_CASE("A code is read however a hand types it", "[checkin][code]")
{
    const QString code = QStringLiteral("SD-ABCDEFGHJK");
    CHECK(codeIn(QStringLiteral("SD-ABCDEFGHJK")) == code);
    CHECK(codeIn(QStringLiteral("sd-abcdefghjk")) == code);
    CHECK(codeIn(QStringLiteral("SDABCDEFGHJK")) == code);
    CHECK(codeIn(QStringLiteral("  sd abcd efgh jk ")) == code);
    CHECK(codeIn(QStringLiteral("SD-ABCDE-FGHJK")) == code);
    // Full width, as a Japanese input method types it, with its long-vowel mark for the hyphen.
    CHECK(codeIn(QStringLiteral("ＳＤ－ＡＢＣＤＥＦＧＨＪＫ")) == code);
    CHECK(codeIn(QStringLiteral("ｓｄーａｂｃｄｅｆｇｈｊｋ")) == code);
    CHECK(codeIn(QStringLiteral("SD\u3000ABCDEFGHJK")) == code);
    // Crockford's look-alikes: I and L are 1, O is 0.
    CHECK(codeIn(QStringLiteral("sd-abco1il234")) == QStringLiteral("SD-ABC0111234"));
    CHECK(codeIn(QStringLiteral("SD-OOOOOIIIII")) == QStringLiteral("SD-0000011111"));
}

TEST_CASE("A code is read out of what a scanner sends around it", "[checkin][code]")
{
    const QString code = QStringLiteral("SD-7M3QZ0W9XR");
    CHECK(codeIn(QStringLiteral("]Q1SD-7M3QZ0W9XR")) == code); // the AIM symbology identifier of QR
    CHECK(codeIn(QStringLiteral("#SD-7M3QZ0W9XR#\r")) == code);
    CHECK(codeIn(QStringLiteral("SD-7M3QZ0W9XR\t")) == code);
    // Sent twice in one burst, with or without something between.
    CHECK(codeIn(QStringLiteral("SD-7M3QZ0W9XRSD-7M3QZ0W9XR")) == code);
    CHECK(codeIn(QStringLiteral("SD-7M3QZ0W9XR SD-7M3QZ0W9XR")) == code);
    const auto reading = CodeReader::read(QStringLiteral("]Q1SD-7M3QZ0W9XR"));
    REQUIRE(reading);
    CHECK(reading->prefixed);
}

TEST_CASE("Ten characters without SD are a code that may be a name", "[checkin][code]")
{
    const auto bare = CodeReader::read(QStringLiteral("7m3qz0w9xr"));
    REQUIRE(bare);
    CHECK(bare->code == QStringLiteral("SD-7M3QZ0W9XR"));
    CHECK_FALSE(bare->prefixed);
    // "yamadataro" reads as a code too; the desk tries it as one, then as a name.
    const auto name = CodeReader::read(QStringLiteral("yamadataro"));
    REQUIRE(name);
    CHECK_FALSE(name->prefixed);
}

TEST_CASE("What is not one code is not read as one", "[checkin][code]")
{
    CHECK_FALSE(CodeReader::read(QString()));
    CHECK_FALSE(CodeReader::read(QStringLiteral("山田太郎")));
    CHECK_FALSE(CodeReader::read(QStringLiteral("Yamada")));
    CHECK_FALSE(CodeReader::read(QStringLiteral("SD-ABCDEFGHJ"))); // nine characters
    CHECK_FALSE(CodeReader::read(QStringLiteral("SD-ABCDEFGHJU"))); // U is not Crockford's
    CHECK_FALSE(CodeReader::read(QStringLiteral("maria garcia")));
    // Two different codes in one burst: which was meant is not for the desk to guess.
    CHECK_FALSE(CodeReader::read(QStringLiteral("SD-7M3QZ0W9XRSD-ABCDEFGHJK")));
}
