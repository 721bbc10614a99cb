#include <catch2/catch.hpp>

#include "core/checkin/ScanAssembler.h"
#include "support/CatchQt.h"

using namespace sd;

namespace {

// The desk's input field with a clock the test moves by hand.
struct Field
{
    qint64 now = 1000;
    QString text;
    ScanAssembler scans {[this] {
        return now;
    }};

    // Types TEXT a character at a time, GAP_MS apart (the first one GAP_MS from now).
    void type(const QString& typed, qint64 gapMs)
    {
        for (QChar character : typed) {
            now += gapMs;
            text += character;
            scans.textEdited(text);
        }
    }
    void wait(qint64 ms) { now += ms; }
    std::optional<Scan> poll()
    {
        std::optional<Scan> scan = scans.takeIfDue();
        if (scan)
            text.clear();
        return scan;
    }
    Scan enter()
    {
        const Scan scan = scans.enter(text);
        text.clear();
        return scan;
    }
};

const QString code = QStringLiteral("SD-7M3QZ0W9XR");

} // namespace

TEST_CASE("A scanner's code is taken 300 ms after its last character, without Enter", "[checkin][scan]")
{
    Field field;
    field.type(code, 8);
    REQUIRE(field.scans.msUntilDue());
    CHECK(*field.scans.msUntilDue() == ScanAssembler::settleMs);
    field.wait(ScanAssembler::settleMs - 1);
    CHECK_FALSE(field.poll());
    CHECK(*field.scans.msUntilDue() == 1);
    field.wait(1);
    const std::optional<Scan> scan = field.poll();
    REQUIRE(scan);
    CHECK(scan->kind == Scan::Kind::Code);
    CHECK(scan->code == code);
    // Its Enter, if it sends one after all, finds the field empty.
    CHECK(field.enter().kind == Scan::Kind::Nothing);
}

TEST_CASE("Characters up to 100 ms apart are a scanner's, a prefix and suffix do not matter", "[checkin][scan]")
{
    Field field;
    field.type(QStringLiteral("]Q1") + code + QStringLiteral("#"), ScanAssembler::scannerGapMs);
    field.wait(ScanAssembler::settleMs);
    const std::optional<Scan> scan = field.poll();
    REQUIRE(scan);
    CHECK(scan->code == code);
}

TEST_CASE("Text typed by hand never fires early", "[checkin][scan]")
{
    SECTION("a code typed at a typist's pace")
    {
        Field field;
        field.type(code, 150);
        CHECK_FALSE(field.scans.msUntilDue());
        field.wait(10000);
        CHECK_FALSE(field.poll());
        const Scan scan = field.enter();
        CHECK(scan.kind == Scan::Kind::Code);
        CHECK(scan.code == code);
    }
    SECTION("a code typed quickly but for one pause")
    {
        Field field;
        field.type(code.left(6), 20);
        field.type(code.mid(6), 20 + ScanAssembler::scannerGapMs);
        field.wait(1000);
        CHECK_FALSE(field.poll());
    }
    SECTION("a code typed with a correction")
    {
        Field field;
        field.type(code + QStringLiteral("X"), 5);
        field.text.chop(1);
        field.scans.textEdited(field.text);
        field.wait(1000);
        CHECK_FALSE(field.poll());
        CHECK(field.enter().code == code);
    }
    SECTION("a name, however fast it comes (an input method commits a word at once)")
    {
        Field field;
        field.type(QStringLiteral("山田太郎"), 0);
        CHECK_FALSE(field.scans.msUntilDue());
        field.wait(1000);
        CHECK_FALSE(field.poll());
        const Scan scan = field.enter();
        CHECK(scan.kind == Scan::Kind::Name);
        CHECK(scan.text == QStringLiteral("山田太郎"));
    }
    SECTION("ten quick letters without SD: a name, perhaps")
    {
        Field field;
        field.type(QStringLiteral("yamadataro"), 5);
        CHECK_FALSE(field.scans.msUntilDue());
    }
}

TEST_CASE("The same code twice within two seconds is one scan", "[checkin][scan]")
{
    Field field;
    field.type(code, 5);
    CHECK(field.enter().kind == Scan::Kind::Code);
    field.wait(500);
    field.type(code, 5);
    const Scan again = field.enter();
    CHECK(again.kind == Scan::Kind::Repeat);
    CHECK(again.code == code);

    SECTION("also when the second comes without Enter")
    {
        field.wait(400);
        field.type(code, 5);
        field.wait(ScanAssembler::settleMs);
        const std::optional<Scan> third = field.poll();
        REQUIRE(third);
        CHECK(third->kind == Scan::Kind::Repeat);
    }
    SECTION("but not after two seconds: then it is a scan of its own")
    {
        field.wait(ScanAssembler::repeatMs + 1);
        field.type(code, 5);
        CHECK(field.enter().kind == Scan::Kind::Code);
    }
    SECTION("nor another code")
    {
        field.type(QStringLiteral("SD-ABCDEFGHJK"), 5);
        CHECK(field.enter().kind == Scan::Kind::Code);
    }
}
