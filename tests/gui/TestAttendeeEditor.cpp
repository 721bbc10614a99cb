#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>

#include "core/settings/Translations.h"
#include "gui/AttendeeEditor.h"
#include "support/CatchQt.h"
#include "support/GuiTestSupport.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

TEST_CASE("The attendee form shows and keeps the name on the badge", "[gui][badge]")
{
    Attendee saved;
    AttendeeEditor editor([&saved](const Attendee& attendee, const Registration&) -> Status {
        saved = attendee;
        return {};
    });
    Attendee robert = makeAttendee(QStringLiteral("Whitfield"), QStringLiteral("Robert"));
    robert.badgeName = QStringLiteral("Bob");
    editor.setRegisteredAttendee(robert, Registration());
    auto* badgeName = child<QLineEdit>(editor, "badgeNameEdit");
    REQUIRE(badgeName);
    CHECK(badgeName->text() == QStringLiteral("Bob"));
    badgeName->clear();
    type(badgeName, QStringLiteral("ボブ"));
    editor.accept();
    CHECK(editor.result() == QDialog::Accepted);
    CHECK(saved.badgeName == QStringLiteral("ボブ"));
    CHECK(saved.givenName == QStringLiteral("Robert"));
}

TEST_CASE("The attendee editor shows stored values in the user's language and stores what the office writes",
          "[gui][attendee]")
{
    Translations::install(QStringLiteral("ja"));
    Attendee saved;
    AttendeeEditor editor([&saved](const Attendee& attendee, const Registration&) {
        saved = attendee;
        return Status();
    });
    Attendee attendee;
    attendee.id = 7;
    attendee.familyName = QStringLiteral("福沢");
    attendee.givenName = QStringLiteral("雫");
    attendee.country = QStringLiteral("Japan");
    Registration registration;
    registration.source = QStringLiteral("import:list.csv");
    editor.setRegisteredAttendee(attendee, registration);
    CHECK(child<QLineEdit>(editor, "countryEdit")->text() == QStringLiteral("日本"));
    CHECK(child<QLabel>(editor, "sourceValue")->text() == QStringLiteral("CSVインポート（list.csv）"));

    // Typed in hiragana and half-width kana, in full width: shown as stored once the field is left.
    editor.show();
    QApplication::setActiveWindow(&editor);
    REQUIRE(QTest::qWaitForWindowActive(&editor));
    auto* familyReading = child<QLineEdit>(editor, "familyReadingEdit");
    auto* givenReading = child<QLineEdit>(editor, "givenReadingEdit");
    auto* email = child<QLineEdit>(editor, "emailEdit");
    familyReading->setFocus();
    type(familyReading, QStringLiteral("ふくざわ"));
    givenReading->setFocus();
    CHECK(familyReading->text() == QStringLiteral("フクザワ"));
    givenReading->setText(QStringLiteral("ｼｽﾞｸ"));
    email->setFocus();
    CHECK(givenReading->text() == QStringLiteral("シズク"));
    type(email, QStringLiteral("ｓｈｉｚｕｋｕ＠ｅｘａｍｐｌｅ．ｊｐ"));
    familyReading->setFocus();
    CHECK(email->text() == QStringLiteral("shizuku@example.jp"));
    child<QLineEdit>(editor, "countryEdit")->setText(QStringLiteral("ベトナム"));

    editor.accept();
    Translations::install(QString());
    CHECK(editor.errorText().isEmpty());
    CHECK(saved.familyReading == QStringLiteral("フクザワ"));
    CHECK(saved.givenReading == QStringLiteral("シズク"));
    CHECK(saved.email == QStringLiteral("shizuku@example.jp"));
    CHECK(saved.country == QStringLiteral("Vietnam"));
}
