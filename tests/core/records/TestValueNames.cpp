#include <catch2/catch.hpp>

#include "core/records/Attendee.h"
#include "core/records/Registration.h"
#include "core/records/Seminar.h"
#include "support/CatchQt.h"

using namespace sd;

// The program runs in English here (LC_ALL=C.UTF-8): the Japanese words come from the translation
// whatever language the program speaks.
TEST_CASE("Stored values have one name in each language", "[values]")
{
    using S = Registration::Status;
    struct Case
    {
        S status;
        const char* english;
        const char* japanese;
    };
    const Case statuses[] = {{S::Registered, "Registered", "申込済み"},
                             {S::Waitlisted, "Waitlisted", "キャンセル待ち"},
                             {S::Cancelled, "Cancelled", "キャンセル済み"},
                             {S::Attended, "Attended", "出席"}};
    for (const Case& each : statuses) {
        INFO(each.english);
        CHECK(Registration::statusName(each.status) == QString::fromUtf8(each.english));
        CHECK(Registration::statusName(each.status, QStringLiteral("en")) == QString::fromUtf8(each.english));
        CHECK(Registration::statusName(each.status, QStringLiteral("ja")) == QString::fromUtf8(each.japanese));
    }
    CHECK(Attendee::categoryName(QStringLiteral("participant"), QStringLiteral("ja")) == QStringLiteral("一般参加者"));
    CHECK(Attendee::categoryName(QStringLiteral("interpreter"), QStringLiteral("ja")) == QStringLiteral("通訳者"));
    CHECK(Attendee::categoryName(QStringLiteral("vip"), QStringLiteral("en")) == QStringLiteral("VIP"));
    CHECK(Registration::receiverNeededName(true, QStringLiteral("ja")) == QStringLiteral("要"));
    CHECK(Registration::receiverNeededName(false, QStringLiteral("ja")) == QStringLiteral("不要"));
    CHECK(Seminar::languageName(QStringLiteral("en"), QStringLiteral("ja")) == QStringLiteral("英語"));
    CHECK(Seminar::languageName(QStringLiteral("ja"), QStringLiteral("en")) == QStringLiteral("Japanese"));
    CHECK(Registration::sourceName(QStringLiteral("manual"), QStringLiteral("ja")) == QStringLiteral("手入力"));
    CHECK(Registration::sourceName(QStringLiteral("import:list.csv"), QStringLiteral("ja"))
          == QStringLiteral("CSVインポート（list.csv）"));
    CHECK(Registration::sourceName(QStringLiteral("import:list.csv"), QStringLiteral("en"))
          == QStringLiteral("CSV import (list.csv)"));
}

TEST_CASE("Stored values are read back from their key or their name in either language", "[values]")
{
    using S = Registration::Status;
    const QList<QPair<QString, S>> statuses {
        {QStringLiteral("registered"), S::Registered},
        {QStringLiteral("申込済み"), S::Registered},
        {QStringLiteral("Waitlisted"), S::Waitlisted},
        {QStringLiteral("キャンセル待ち"), S::Waitlisted},
        {QStringLiteral("ＣＡＮＣＥＬＬＥＤ"), S::Cancelled},
        {QStringLiteral("キャンセル済み"), S::Cancelled},
        {QStringLiteral(" 出席 "), S::Attended},
    };
    for (const auto& [text, status] : statuses) {
        INFO(text.toStdString());
        CHECK(Registration::statusFromText(text) == status);
    }
    CHECK_FALSE(Registration::statusFromText(QStringLiteral("lost")).has_value());

    CHECK(Attendee::categoryFromText(QStringLiteral("一般参加者")) == QStringLiteral("participant"));
    CHECK(Attendee::categoryFromText(QStringLiteral("Speaker")) == QStringLiteral("speaker"));
    CHECK(Attendee::categoryFromText(QStringLiteral("来賓")) == QStringLiteral("vip"));
    CHECK_FALSE(Attendee::categoryFromText(QStringLiteral("guest of honour")).has_value());

    const QList<QPair<QString, std::optional<bool>>> receivers {
        {QStringLiteral("要"), true},
        {QStringLiteral("不要"), false},
        {QStringLiteral("yes"), true},
        {QStringLiteral("no"), false},
        {QStringLiteral("Needed"), true},
        {QStringLiteral("Not needed"), false},
        {QStringLiteral("はい"), true},
        {QStringLiteral("希望する"), true},
        {QStringLiteral("○"), true},
        {QStringLiteral("いいえ"), false},
        {QStringLiteral("perhaps"), std::nullopt},
    };
    for (const auto& [text, needed] : receivers) {
        INFO(text.toStdString());
        CHECK(Registration::receiverNeededFromText(text) == needed);
    }

    CHECK(Seminar::languageFromText(QStringLiteral("英語")) == QStringLiteral("en"));
    CHECK(Seminar::languageFromText(QStringLiteral("日本語")) == QStringLiteral("ja"));
    CHECK(Seminar::languageFromText(QStringLiteral("Japanese")) == QStringLiteral("ja"));
    CHECK(Seminar::languageFromText(QStringLiteral("韓国語")) == QStringLiteral("ko"));
    CHECK(Seminar::languageFromText(QStringLiteral("English, please")) == QStringLiteral("en"));
    CHECK(Seminar::languageFromText(QStringLiteral("Swahili")) == QStringLiteral("Swahili"));
}
