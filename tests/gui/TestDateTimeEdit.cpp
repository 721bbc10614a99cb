#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>

#include "core/records/DateTimeText.h"
#include "core/settings/Translations.h"
#include "gui/DateTimeEdit.h"
#include "support/CatchQt.h"

using namespace sd;

namespace {

// A date and time field between two others, in a window that has the keyboard.
struct Form
{
    Form()
    {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(field);
        layout->addWidget(after);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        before->setFocus();
    }

    QWidget window;
    QLineEdit* before = new QLineEdit(&window);
    DateTimeEdit* field = new DateTimeEdit(QDateTime(QDate(2027, 2, 12), QTime(13, 30)), &window);
    QLineEdit* after = new QLineEdit(&window);
};

void checkTyping(const char* language, const char* typed, const QString& shown)
{
    Translations::install(QString::fromLatin1(language));
    {
        Form form;
        CHECK(form.field->text() == DateTimeText::dateTime(form.field->dateTime()));
        QTest::keyClick(form.before, Qt::Key_Tab);
        REQUIRE(form.field->hasFocus());
        // Straight through, without a key for the weekday, which follows from the date.
        QTest::keyClicks(form.field, typed);
        CHECK(form.field->dateTime() == QDateTime(QDate(2028, 3, 15), QTime(10, 45)));
        CHECK(form.field->text() == shown);
        // Shift+Tab goes back over the sections to the field before, skipping the weekday.
        int steps = 0;
        while (form.field->hasFocus() && steps < 10) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
            ++steps;
        }
        CHECK(form.before->hasFocus());
        CHECK(steps == 5); // minute → hour → day → month → year → out, in either order of writing
    }
    Translations::install(QStringLiteral("en"));
}

} // namespace

TEST_CASE("A date and time is typed without stopping at the weekday, in Japanese", "[DateTimeEdit][translation]")
{
    checkTyping("ja", "202803151045", QStringLiteral("2028/03/15（水）10:45"));
}

TEST_CASE("A date and time is typed without stopping at the weekday, in English", "[DateTimeEdit]")
{
    // Day, month by its name's first letters, year, hour, minute.
    checkTyping("en", "15mar20281045", QStringLiteral("Wed 15 Mar 2028 10:45"));
}

TEST_CASE("Tab leaves the date and time field after its last section", "[DateTimeEdit]")
{
    Form form;
    QTest::keyClick(form.before, Qt::Key_Tab);
    int steps = 0;
    while (form.field->hasFocus() && steps < 10) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        ++steps;
    }
    CHECK(form.after->hasFocus());
    CHECK(steps == 5);
}
