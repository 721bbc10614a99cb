#include <catch2/catch.hpp>

#include <QLineEdit>

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
