#include <catch2/catch.hpp>

#include "core/records/EmailAddress.h"

using namespace sd;

TEST_CASE("An e-mail address needs one @ and a dot inside its domain, and no spaces", "[email]")
{
    for (const char16_t* address : {u"hanako@example.jp", u"a@b.c", u"o'brien+seminar@mail.kitakyushu.lg.jp", u"a@.b.c",
                                    u"a@b.c.", u"山田@例え.日本"}) {
        INFO(QString::fromUtf16(address).toStdString());
        CHECK(EmailAddress::isPlausible(QString::fromUtf16(address)));
    }
    for (const char16_t* text :
         {u"", u"hanako", u"@example.jp", u"hanako@", u"hanako@example", u"hanako@example.", u"a@b@c.jp",
          u"hana ko@example.jp", u"hanako@example.jp ", u"hanako\u3000@example.jp", u"hanako@.jp"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK_FALSE(EmailAddress::isPlausible(QString::fromUtf16(text)));
    }
}

TEST_CASE("An e-mail address typed in full width is stored in ASCII", "[email]")
{
    CHECK(EmailAddress::normalised(QStringLiteral("ｔｅｓｔ＠ｅｘａｍｐｌｅ．ｊｐ"))
          == QStringLiteral("test@example.jp"));
    CHECK(EmailAddress::normalised(QStringLiteral(" Hanako@Example.jp\u3000")) == QStringLiteral("Hanako@Example.jp"));
    CHECK(EmailAddress::normalised(QStringLiteral("山田@例え.日本")) == QStringLiteral("山田@例え.日本"));
    CHECK(EmailAddress::isPlausible(EmailAddress::normalised(QStringLiteral("ｔｅｓｔ＠ｅｘａｍｐｌｅ．ｊｐ"))));
}
