#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include "core/csv/HeaderMapping.h"
#include "support/CatchQt.h"

using namespace sd;
using T = HeaderMapping::Target;

TEST_CASE("The usual Japanese and English form headers are recognised", "[csv][mapping]")
{
    CHECK(HeaderMapping::recognise(QStringLiteral("姓")) == T::FamilyName);
    CHECK(HeaderMapping::recognise(QStringLiteral("名")) == T::GivenName);
    CHECK(HeaderMapping::recognise(QStringLiteral("セイ")) == T::FamilyReading);
    CHECK(HeaderMapping::recognise(QStringLiteral("メイ")) == T::GivenReading);
    CHECK(HeaderMapping::recognise(QStringLiteral("氏名")) == T::FullName);
    CHECK(HeaderMapping::recognise(QStringLiteral("フリガナ")) == T::FullReading);
    CHECK(HeaderMapping::recognise(QStringLiteral("ふりがな")) == T::FullReading);
    CHECK(HeaderMapping::recognise(QStringLiteral("所属")) == T::Organisation);
    CHECK(HeaderMapping::recognise(QStringLiteral("会社名")) == T::Organisation);
    CHECK(HeaderMapping::recognise(QStringLiteral("役職")) == T::Position);
    CHECK(HeaderMapping::recognise(QStringLiteral("メールアドレス")) == T::Email);
    CHECK(HeaderMapping::recognise(QStringLiteral("電話番号")) == T::Phone);
    CHECK(HeaderMapping::recognise(QStringLiteral("国")) == T::Country);
    CHECK(HeaderMapping::recognise(QStringLiteral("通訳")) == T::ReceiverNeeded);
    CHECK(HeaderMapping::recognise(QStringLiteral("Email")) == T::Email);
    CHECK(HeaderMapping::recognise(QStringLiteral("E-mail address")) == T::Email);
    CHECK(HeaderMapping::recognise(QStringLiteral("First name")) == T::GivenName);
    CHECK(HeaderMapping::recognise(QStringLiteral("Last name")) == T::FamilyName);
    CHECK(HeaderMapping::recognise(QStringLiteral("Organization")) == T::Organisation);
    CHECK(HeaderMapping::recognise(QStringLiteral("Favourite colour")) == T::Ignore);
}

TEST_CASE("Full-width, half-width, case, spaces and bracketed notes do not matter", "[csv][mapping]")
{
    CHECK(HeaderMapping::recognise(QStringLiteral("Ｅｍａｉｌ")) == T::Email);
    CHECK(HeaderMapping::recognise(QStringLiteral("ｾｲ")) == T::FamilyReading);
    CHECK(HeaderMapping::recognise(QStringLiteral("ﾌﾘｶﾞﾅ")) == T::FullReading);
    CHECK(HeaderMapping::recognise(QStringLiteral(" FIRST  NAME ")) == T::GivenName);
    CHECK(HeaderMapping::recognise(QStringLiteral("氏名（必須）")) == T::FullName);
    CHECK(HeaderMapping::recognise(QStringLiteral("メールアドレス [required]")) == T::Email);
    // Our own export's headers read back, in both languages.
    CHECK(HeaderMapping::recognise(QStringLiteral("Check-in code")) == T::Ignore);
    CHECK(HeaderMapping::recognise(QStringLiteral("Receiver needed")) == T::ReceiverNeeded);
    CHECK(HeaderMapping::recognise(QStringLiteral("通訳レシーバー")) == T::ReceiverNeeded);
}

TEST_CASE("A saved mapping file names the headers the recogniser does not know", "[csv][mapping]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("map.json"));
    HeaderMapping saved;
    saved.set(QStringLiteral("Participant surname"), T::FamilyName);
    saved.set(QStringLiteral("Email"), T::Ignore);
    REQUIRE(saved.save(path));
    Result<HeaderMapping> loaded = HeaderMapping::load(path);
    REQUIRE(loaded);
    CHECK(loaded->targetsFor({QStringLiteral("Participant surname"), QStringLiteral("Email"), QStringLiteral("名")})
          == QList<T> {T::FamilyName, T::Ignore, T::GivenName});

    const QString fixture = QStringLiteral(SEMINAR_DESK_TEST_DATA "/csv/custom-mapping.json");
    REQUIRE(HeaderMapping::load(fixture));
    QFile bad(folder.filePath(QStringLiteral("bad.json")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("{\"Name\": \"shoe_size\"}");
    bad.close();
    const Result<HeaderMapping> refused = HeaderMapping::load(bad.fileName());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("shoe_size")));
}
