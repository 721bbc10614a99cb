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

namespace {

// MT19937, the generator QRandomGenerator seeds: its tempering, undone, and its recurrence.
quint32 untemper(quint32 y)
{
    y ^= y >> 18;
    y ^= (y << 15) & 0xefc60000u;
    quint32 x = y;
    for (int i = 0; i < 5; ++i)
        x = y ^ ((x << 7) & 0x9d2c5680u);
    y = x;
    x = y;
    for (int i = 0; i < 3; ++i)
        x = y ^ (x >> 11);
    return x;
}

quint32 temper(quint32 x)
{
    x ^= x >> 11;
    x ^= (x << 7) & 0x9d2c5680u;
    x ^= (x << 15) & 0xefc60000u;
    return x ^ (x >> 18);
}

quint64 bitsOf(const QString& code)
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    quint64 bits = 0;
    for (int i = 0; i < 10; ++i)
        bits |= quint64(alphabet.indexOf(code.at(3 + i))) << (5 * i);
    return bits;
}

} // namespace

// A code opens the door: no one who has seen many codes may work out the next ones. A code shows 50
// bits of a 64-bit draw: one 32-bit output of a Mersenne Twister whole and 18 bits of the next.
// From the whole ones, the twister's recurrence foretells the 18 shown bits of a later output but for
// a single unknown bit (two candidates): always right for a twister, right by chance once in 131,072
// times for a secure source.
TEST_CASE("No check-in code can be foretold from the codes made before it", "[checkin]")
{
    constexpr int draws = 700; // 1,400 outputs: the recurrence reaches back 624
    QList<quint32> whole; // the state words of outputs 0, 2, 4 ...
    QList<quint32> shown; // the low 18 bits of outputs 1, 3, 5 ...
    for (int i = 0; i < draws; ++i) {
        const quint64 bits = bitsOf(CheckInCode::generate());
        whole.append(untemper(quint32(bits)));
        shown.append(quint32(bits >> 32) & 0x3ffffu);
    }
    const auto word = [&whole](int output) {
        return whole.at(output / 2);
    }; // outputs of even index
    int foretold = 0;
    int tried = 0;
    for (int output = 1301; output < 2 * draws; output += 2) { // odd outputs, 624 and more after the first
        // x[n] = x[n - 227] ^ twist(upper bit of x[n - 624], lower 31 bits of x[n - 623]).
        for (quint32 upper : {0u, 0x80000000u}) {
            const quint32 y = upper | (word(output - 623) & 0x7fffffffu);
            const quint32 x = word(output - 227) ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
            if ((temper(x) & 0x3ffffu) == shown.at(output / 2)) {
                ++foretold;
                break;
            }
        }
        ++tried;
    }
    REQUIRE(tried == 50);
    CHECK(foretold <= 1);
}
