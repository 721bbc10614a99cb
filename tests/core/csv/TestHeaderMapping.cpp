#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include "core/csv/HeaderMapping.h"
#include "core/csv/KnownHeaders.h"
#include "support/CatchQt.h"

using namespace sd;
using T = HeaderMapping::Target;

namespace {

// TEXT as a form might write it in full width: Latin letters, digits, brackets and spaces.
QString fullWidth(const QString& text)
{
    QString wide;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        wide.append(u == u' ' ? QChar(0x3000) : u > 0x20 && u < 0x7F ? QChar(char16_t(u + 0xFEE0)) : c);
    }
    return wide;
}

// TEXT as a form might write it in half width: kana as half-width katakana (hiragana too), Latin
// letters and brackets as ASCII.
QString halfWidth(const QString& text)
{
    static const QString kana
        = QStringLiteral("ァアィイゥウェエォオカキクケコサシスセソタチッツテトナニヌネノハヒフヘホマミムメモ"
                         "ャヤュユョヨラリルレロワヲンー");
    static const QString narrow = QStringLiteral("ｧｱｨｲｩｳｪｴｫｵｶｷｸｹｺｻｼｽｾｿﾀﾁｯﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓｬﾔｭﾕｮﾖﾗﾘﾙﾚﾛﾜｦﾝｰ");
    QString result;
    for (QChar c : text) {
        char16_t u = c.unicode();
        if (u >= 0x3041 && u <= 0x3096)
            u += 0x60; // hiragana to katakana
        if (u >= 0xFF01 && u <= 0xFF5E) {
            result.append(QChar(char16_t(u - 0xFEE0)));
            continue;
        }
        // ガ is カ and the voiced mark: ｶﾞ.
        const QString parts = QString(QChar(u)).normalized(QString::NormalizationForm_D);
        const qsizetype at = kana.indexOf(parts.at(0));
        if (at < 0) {
            result.append(c);
            continue;
        }
        result.append(narrow.at(at));
        if (parts.size() > 1)
            result.append(parts.at(1).unicode() == 0x3099 ? QChar(0xFF9E) : QChar(0xFF9F));
    }
    return result;
}

// The ways a form writes one header: as it is, in capitals, in full width, in half width, with
// spaces around and inside.
QStringList widthVariants(const QString& header)
{
    return {header,
            header.toUpper(),
            fullWidth(header),
            halfWidth(header),
            QStringLiteral("  %1 ").arg(header),
            QString(header).replace(QLatin1Char(' '), QStringLiteral("  "))};
}

} // namespace

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

TEST_CASE("Every header of the tables is recognised in every width, case and spacing", "[csv][mapping]")
{
    QHash<QString, T> seen;
    int checked = 0;
    for (const KnownHeaders::Field& field : KnownHeaders::fields()) {
        for (const QString& header : field.headers) {
            // No header is listed for two fields.
            const QString key = KnownHeaders::normalised(header);
            CAPTURE(header);
            CHECK(seen.value(key, field.target) == field.target);
            seen.insert(key, field.target);
            for (const QString& variant : widthVariants(header)) {
                CAPTURE(variant);
                CHECK(HeaderMapping::recognise(variant) == field.target);
                ++checked;
            }
        }
    }
    CHECK(checked > 500);
}

TEST_CASE("A qualifier decides the name field, in every bracket, width and spacing", "[csv][mapping]")
{
    struct Base
    {
        const char16_t* text;
        KnownHeaders::Part part;
    };
    const QList<Base> bases {
        {u"姓", KnownHeaders::Part::Family},        {u"名", KnownHeaders::Part::Given},
        {u"氏名", KnownHeaders::Part::Full},        {u"名前", KnownHeaders::Part::Full},
        {u"お名前", KnownHeaders::Part::Full},      {u"参加者名", KnownHeaders::Part::Full},
        {u"Name", KnownHeaders::Part::Full},        {u"Last name", KnownHeaders::Part::Family},
        {u"First name", KnownHeaders::Part::Given}, {u"Family name", KnownHeaders::Part::Family},
        {u"苗字", KnownHeaders::Part::Family},
    };
    struct Qualifier
    {
        const char16_t* text;
        KnownHeaders::Script script;
    };
    const QList<Qualifier> qualifiers {
        {u"カタカナ", KnownHeaders::Script::Reading}, {u"フリガナ", KnownHeaders::Script::Reading},
        {u"ふりがな", KnownHeaders::Script::Reading}, {u"カナ", KnownHeaders::Script::Reading},
        {u"よみがな", KnownHeaders::Script::Reading}, {u"全角カナ", KnownHeaders::Script::Reading},
        {u"kana", KnownHeaders::Script::Reading},     {u"ローマ字", KnownHeaders::Script::Latin},
        {u"英字", KnownHeaders::Script::Latin},       {u"半角英字", KnownHeaders::Script::Latin},
        {u"英語表記", KnownHeaders::Script::Latin},   {u"English", KnownHeaders::Script::Latin},
        {u"Romaji", KnownHeaders::Script::Latin},     {u"漢字", KnownHeaders::Script::AsWritten},
        {u"必須", KnownHeaders::Script::AsWritten},   {u"required", KnownHeaders::Script::AsWritten},
    };
    // By part (none, full, family, given), then script (as written, reading, Latin).
    const T expected[4][3] {
        {T::Ignore, T::FullReading, T::LatinName},
        {T::FullName, T::FullReading, T::LatinName},
        {T::FamilyName, T::FamilyReading, T::LatinFamilyName},
        {T::GivenName, T::GivenReading, T::LatinGivenName},
    };
    const QStringList forms {QStringLiteral("%1（%2）"), QStringLiteral("%1 （%2）"), QStringLiteral("%1(%2)"),
                             QStringLiteral("%1 (%2)"),  QStringLiteral("%1【%2】"),  QStringLiteral("%1［%2］"),
                             QStringLiteral("%1 [%2]"),  QStringLiteral("%1 %2"),     QStringLiteral("%1%2")};
    for (const Base& base : bases) {
        for (const Qualifier& qualifier : qualifiers) {
            const T target = expected[int(base.part)][int(qualifier.script)];
            for (const QString& form : forms) {
                const QString header = form.arg(QString::fromUtf16(base.text), QString::fromUtf16(qualifier.text));
                for (const QString& variant : {header, fullWidth(header), halfWidth(header)}) {
                    CAPTURE(variant);
                    CHECK(HeaderMapping::recognise(variant) == target);
                }
            }
        }
    }
    SECTION("the part in brackets after the script, and names written as one word")
    {
        CHECK(HeaderMapping::recognise(QStringLiteral("フリガナ（姓）")) == T::FamilyReading);
        CHECK(HeaderMapping::recognise(QStringLiteral("ﾌﾘｶﾞﾅ(名)")) == T::GivenReading);
        CHECK(HeaderMapping::recognise(QStringLiteral("フリガナ（セイ）")) == T::FamilyReading);
        CHECK(HeaderMapping::recognise(QStringLiteral("ローマ字（姓）")) == T::LatinFamilyName);
        CHECK(HeaderMapping::recognise(QStringLiteral("お名前（姓）")) == T::FamilyName);
        CHECK(HeaderMapping::recognise(QStringLiteral("氏名（例：山田 太郎）")) == T::FullName);
        CHECK(HeaderMapping::recognise(QStringLiteral("セイ")) == T::FamilyReading);
        CHECK(HeaderMapping::recognise(QStringLiteral("ｾｲ")) == T::FamilyReading);
        CHECK(HeaderMapping::recognise(QStringLiteral("メイ")) == T::GivenReading);
        CHECK(HeaderMapping::recognise(QStringLiteral("ローマ字")) == T::LatinName);
        CHECK(HeaderMapping::recognise(QStringLiteral("Name in Latin script")) == T::LatinName);
        CHECK(HeaderMapping::recognise(QStringLiteral("Romanized name")) == T::LatinName);
        CHECK(HeaderMapping::recognise(QStringLiteral("Name (Japanese)")) == T::FullName);
    }
    SECTION("what is not a name stays unknown")
    {
        CHECK(HeaderMapping::recognise(QStringLiteral("English")) == T::Ignore); // "English: yes"
        CHECK(HeaderMapping::recognise(QStringLiteral("Middle name")) == T::Ignore);
        CHECK(HeaderMapping::recognise(QStringLiteral("User name")) == T::Ignore);
        CHECK(HeaderMapping::recognise(QStringLiteral("姓名（フリガナ・ローマ字）")) == T::Ignore); // both at once
        CHECK(HeaderMapping::recognise(QStringLiteral("（必須）")) == T::Ignore);
    }
}

TEST_CASE("The headers of the tools people export from are recognised", "[csv][mapping]")
{
    const QList<std::pair<const char16_t*, T>> headers {
        // Event and ticketing tools.
        {u"First", T::GivenName},
        {u"Last", T::FamilyName},
        {u"First Name", T::GivenName},
        {u"Last Name", T::FamilyName},
        {u"Company", T::Organisation},
        {u"Company Name", T::Organisation},
        {u"Job Title", T::Position},
        {u"Ticket First Name", T::GivenName},
        {u"Ticket Last Name", T::FamilyName},
        {u"Ticket Full Name", T::FullName},
        {u"Ticket Email", T::Email},
        {u"Ticket Company Name", T::Organisation},
        {u"Ticket Job Title", T::Position},
        {u"Ticket Phone Number", T::Phone},
        {u"Attendee first name", T::GivenName},
        {u"Ticket Type", T::Ignore},
        {u"Order Date", T::Ignore},
        // Google Forms, Microsoft Forms.
        {u"タイムスタンプ", T::Ignore},
        {u"Timestamp", T::Ignore},
        {u"お名前", T::FullName},
        {u"ご所属", T::Organisation},
        {u"ご所属先", T::Organisation},
        {u"お電話番号", T::Phone},
        {u"メールアドレス", T::Email},
        {u"Email Address", T::Email},
        {u"Your name", T::FullName},
        {u"開始時刻", T::Ignore},
        {u"完了時刻", T::Ignore},
        // Japanese event lists and other languages.
        {u"参加者", T::FullName},
        {u"参加者名", T::FullName},
        {u"参加者 氏名", T::FullName},
        {u"参加者メールアドレス", T::Email},
        {u"申込者名", T::FullName},
        {u"Nom", T::FamilyName},
        {u"Prénom", T::GivenName},
        {u"Prenom", T::GivenName},
        {u"Nom de famille", T::FamilyName},
        {u"Courriel", T::Email},
        {u"Société", T::Organisation},
        // A badge-name column.
        {u"Badge name", T::BadgeName},
        {u"Name on badge", T::BadgeName},
        {u"名札表示名", T::BadgeName},
        {u"名札（ローマ字）", T::BadgeName},
        // A second copy to confirm the first is not imported.
        {u"メールアドレス（確認用）", T::Ignore},
        {u"メールアドレス(確認のため再入力)", T::Ignore},
        {u"Email (again)", T::Ignore},
        {u"Confirm email", T::Ignore},
    };
    for (const auto& [header, target] : headers) {
        for (const QString& variant : widthVariants(QString::fromUtf16(header))) {
            CAPTURE(variant);
            CHECK(HeaderMapping::recognise(variant) == target);
        }
    }
}

TEST_CASE("A Microsoft Forms export's respondent columns fill only what the form does not ask", "[csv][mapping]")
{
    const HeaderMapping mapping;
    const QStringList asking {QStringLiteral("ID"),     QStringLiteral("開始時刻"),      QStringLiteral("完了時刻"),
                              QStringLiteral("メール"), QStringLiteral("名前"),          QStringLiteral("お名前"),
                              QStringLiteral("ご所属"), QStringLiteral("メールアドレス")};
    CHECK(mapping.targetsFor(asking)
          == QList<T> {T::Ignore, T::Ignore, T::Ignore, T::Ignore, T::Ignore, T::FullName, T::Organisation, T::Email});
    CHECK(HeaderMapping::conflicts(mapping.targetsFor(asking)).isEmpty());
    const QStringList signedIn {
        QStringLiteral("ID"),    QStringLiteral("Start time"), QStringLiteral("Completion time"),
        QStringLiteral("Email"), QStringLiteral("Name"),       QStringLiteral("Organization")};
    CHECK(mapping.targetsFor(signedIn)
          == QList<T> {T::Ignore, T::Ignore, T::Ignore, T::Email, T::FullName, T::Organisation});
    // Elsewhere the same headers are two columns for one field: asked about, never resolved silently.
    const QStringList notForms {QStringLiteral("メール"), QStringLiteral("名前"), QStringLiteral("お名前"),
                                QStringLiteral("メールアドレス")};
    const QList<HeaderMapping::Conflict> conflicts = HeaderMapping::conflicts(mapping.targetsFor(notForms));
    REQUIRE(conflicts.size() == 2);
    CHECK(conflicts[0].target == T::Email);
    CHECK(conflicts[0].columns == QList<int> {0, 3});
    CHECK(conflicts[1].target == T::FullName);
    CHECK(conflicts[1].columns == QList<int> {1, 2});
}

TEST_CASE("Repeated and empty headers get distinct column keys", "[csv][mapping]")
{
    CHECK(HeaderMapping::columnKeys({QStringLiteral("氏名"), QStringLiteral("備考"), QString(), QStringLiteral("備考"),
                                     QStringLiteral(" "), QStringLiteral("備考")})
          == QStringList {QStringLiteral("氏名"), QStringLiteral("備考"), QStringLiteral("column 3"),
                          QStringLiteral("備考 (2)"), QStringLiteral("column 5"), QStringLiteral("備考 (3)")});
    // A generated key never takes the name of another column.
    CHECK(HeaderMapping::columnKeys({QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("a (2)"),
                                     QStringLiteral("column 4"), QString()})
          == QStringList {QStringLiteral("a"), QStringLiteral("a (3)"), QStringLiteral("a (2)"),
                          QStringLiteral("column 4"), QStringLiteral("column 5")});
    CHECK(HeaderMapping::columnKeys({QString(), QStringLiteral("column 1")})
          == QStringList {QStringLiteral("column 1 (2)"), QStringLiteral("column 1")});
    // Saved choices name a repeated column by its key; notes may come from several columns.
    HeaderMapping mapping;
    mapping.set(QStringLiteral("備考 (2)"), T::Ignore);
    const QList<T> targets
        = mapping.targetsFor({QStringLiteral("備考"), QStringLiteral("備考"), QStringLiteral("備考")});
    CHECK(targets == QList<T> {T::Notes, T::Ignore, T::Notes});
    CHECK(HeaderMapping::conflicts(targets).isEmpty());
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
