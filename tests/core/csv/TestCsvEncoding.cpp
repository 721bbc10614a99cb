#include <catch2/catch.hpp>

#include "core/csv/CsvEncoding.h"
#include "support/CatchQt.h"

using namespace sd;

namespace {

QByteArray toShiftJis(const QString& text)
{
    CsvTextEncoder encoder(CsvEncoding::Kind::ShiftJis);
    QByteArray bytes;
    REQUIRE(encoder.append(text, bytes));
    return bytes;
}

QString fromShiftJis(const QByteArray& bytes)
{
    QStringDecoder decoder = CsvEncoding::decoder(CsvEncoding::Kind::ShiftJis);
    const QString text = decoder.decode(bytes);
    REQUIRE_FALSE(decoder.hasError());
    return text;
}

} // namespace

TEST_CASE("CP932 round-trips the NEC and IBM extensions Windows users type", "[csv][encoding]")
{
    const QString text = QStringLiteral("髙橋 﨑子 ① ㈱ ～ Ⅲ ｶﾀｶﾅ ∥ －");
    const QByteArray bytes = toShiftJis(text);
    // What Windows writes for them (CP932 code points).
    CHECK(bytes.startsWith(QByteArray("\xFB\xFC", 2))); // 髙
    CHECK(bytes.contains(QByteArray("\xFA\xB1", 2))); // 﨑
    CHECK(bytes.contains(QByteArray("\x87\x40", 2))); // ①
    CHECK(bytes.contains(QByteArray("\x87\x8A", 2))); // ㈱
    CHECK(bytes.contains(QByteArray("\x81\x60", 2))); // ～
    CHECK(fromShiftJis(bytes) == text);
}

TEST_CASE("Characters CP932 lacks but has an equivalent for are mapped", "[csv][encoding]")
{
    CHECK(CsvEncoding::cp932Equivalents(QStringLiteral("10〜12時")) == QStringLiteral("10～12時"));
    CHECK(CsvEncoding::cp932Equivalents(QStringLiteral("−5℃")) == QStringLiteral("－5℃"));
    CHECK(CsvEncoding::cp932Equivalents(QStringLiteral("a—b ‖ ¢£¬")) == QStringLiteral("a―b ∥ ￠￡￢"));
    const QByteArray bytes = toShiftJis(QStringLiteral("〜−"));
    CHECK(bytes == QByteArray("\x81\x60\x81\x7C", 4));
    CHECK(fromShiftJis(bytes) == QStringLiteral("～－"));
}

TEST_CASE("A character CP932 cannot hold is found, never written as '?'", "[csv][encoding]")
{
    CsvTextEncoder encoder(CsvEncoding::Kind::ShiftJis);
    QByteArray bytes;
    CHECK_FALSE(encoder.append(QStringLiteral("박서연"), bytes));
    CHECK(CsvEncoding::firstUnencodable(QStringLiteral("山田박")) == 2);
    CHECK(CsvEncoding::firstUnencodable(QStringLiteral("ok 😀")) == 3);
    CHECK(CsvEncoding::firstUnencodable(QStringLiteral("山田 ①")) == -1);
}

TEST_CASE("The encoding is detected: BOM, else valid UTF-8, else CP932", "[csv][encoding]")
{
    CHECK(CsvEncoding::detect(QByteArray("\xEF\xBB\xBF"
                                         "a,b"))
          == CsvEncoding::Kind::Utf8Bom);
    CHECK(CsvEncoding::detect(QStringLiteral("氏名,所属").toUtf8()) == CsvEncoding::Kind::Utf8);
    CHECK(CsvEncoding::detect(toShiftJis(QStringLiteral("氏名,所属"))) == CsvEncoding::Kind::ShiftJis);
    // A UTF-8 character cut off at the end of the sample is still UTF-8.
    CHECK(CsvEncoding::detect(QStringLiteral("氏名").toUtf8().left(4)) == CsvEncoding::Kind::Utf8);
    // A UTF-8 file with a stray bad byte is UTF-8 still: the import shows that byte on its line.
    CHECK(CsvEncoding::detect(QStringLiteral("氏名,所属\n山田 太郎,北九州市\n").toUtf8() + "\xFF\n")
          == CsvEncoding::Kind::Utf8);
    CHECK(CsvEncoding::detect("Yamada,\xFF\n") == CsvEncoding::Kind::ShiftJis);
    CHECK_FALSE(CsvEncoding::isValidUtf8(QByteArray("\xC0\xAF"), false)); // overlong
    CHECK_FALSE(CsvEncoding::isValidUtf8(QByteArray("\xED\xA0\x80"), false)); // surrogate
}

TEST_CASE("UTF-16 is detected by its BOM, and encodings are named as people name them", "[csv][encoding]")
{
    CHECK(CsvEncoding::detect(QByteArray("\xFF\xFE"
                                         "a\0,\0",
                                         6))
          == CsvEncoding::Kind::Utf16Le);
    CHECK(CsvEncoding::detect(QByteArray("\xFE\xFF\0a\0,", 6)) == CsvEncoding::Kind::Utf16Be);
    CHECK(CsvEncoding::fromKey(QStringLiteral("windows-1252")) == CsvEncoding::Kind::Windows1252);
    CHECK(CsvEncoding::fromKey(QStringLiteral("Latin1")) == CsvEncoding::Kind::Windows1252);
    CHECK(CsvEncoding::fromKey(QStringLiteral("CP932")) == CsvEncoding::Kind::ShiftJis);
    CHECK(CsvEncoding::fromKey(QStringLiteral("utf-16le")) == CsvEncoding::Kind::Utf16Le);
    CHECK_FALSE(CsvEncoding::fromKey(QStringLiteral("ebcdic")));
    for (CsvEncoding::Kind kind : CsvEncoding::readableKinds())
        CHECK(CsvEncoding::fromKey(CsvEncoding::key(kind)) == kind);
    // An export writes only what Excel on Japanese Windows opens.
    CHECK_FALSE(CsvEncoding::kinds().contains(CsvEncoding::Kind::Windows1252));
}

TEST_CASE("A read cut inside a character leaves its start for the next read", "[csv][encoding]")
{
    using K = CsvEncoding::Kind;
    const QByteArray a = QStringLiteral("あ").toUtf8(); // three bytes
    const QByteArray smile = QStringLiteral("😀").toUtf8(); // four bytes
    CHECK(CsvEncoding::wholeCharacterBytes(K::Utf8, "ab") == 2);
    CHECK(CsvEncoding::wholeCharacterBytes(K::Utf8, "ab" + a.left(1)) == 2);
    CHECK(CsvEncoding::wholeCharacterBytes(K::Utf8, "ab" + a.left(2)) == 2);
    CHECK(CsvEncoding::wholeCharacterBytes(K::Utf8, "ab" + a) == 5);
    CHECK(CsvEncoding::wholeCharacterBytes(K::Utf8, smile.left(3)) == 0);
    CHECK(CsvEncoding::wholeCharacterBytes(K::Utf8, "a\xFF") == 2); // invalid: decoding says so
    // 髙 is FB FC in CP932; FC is also a lead byte: only a walk from the start tells them apart.
    CHECK(CsvEncoding::wholeCharacterBytes(K::ShiftJis, QByteArray("a\xFB\xFC")) == 3);
    CHECK(CsvEncoding::wholeCharacterBytes(K::ShiftJis, QByteArray("a\xFB")) == 1);
    CHECK(CsvEncoding::wholeCharacterBytes(K::ShiftJis, QByteArray("\xFB\xFC\xFB")) == 2);
    CHECK(CsvEncoding::wholeCharacterBytes(K::Windows1252, QByteArray("N\xFA")) == 2);
    CHECK(CsvEncoding::wholeCharacterBytes(K::Utf16Le, QByteArray("a\0b", 3)) == 2);
    CHECK(CsvEncoding::wholeCharacterBytes(K::Utf16Le, QByteArray("a\0\x3D\xD8", 4)) == 2); // a high surrogate
    CHECK(CsvEncoding::wholeCharacterBytes(K::Utf16Be, QByteArray("\0a\xD8\x3D\xDE", 5)) == 2);
}
