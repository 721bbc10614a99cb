#include <catch2/catch.hpp>

#include <QLocale>

#include "core/records/DateTimeText.h"
#include "support/CatchQt.h"

using namespace sd;

namespace {

// The program speaks LANGUAGE while it lives (as Translations::install sets it), then as before.
struct Speaking
{
    explicit Speaking(QLocale::Language language) { QLocale::setDefault(QLocale(language)); }
    ~Speaking() { QLocale::setDefault(previous); }
    Q_DISABLE_COPY_MOVE(Speaking)

    QLocale previous;
};

const QDateTime seminarStart(QDate(2027, 2, 12), QTime(13, 30));

} // namespace

TEST_CASE("Dates are written with their weekday in the program's language", "[DateTimeText]")
{
    SECTION("Japanese")
    {
        const Speaking japanese(QLocale::Japanese);
        CHECK(DateTimeText::dateTime(seminarStart) == QStringLiteral("2027/02/12（金）13:30"));
        CHECK(DateTimeText::date(seminarStart.date()) == QStringLiteral("2027/02/12（金）"));
        CHECK(DateTimeText::dateTime(QDateTime(QDate(2027, 2, 14), QTime(9, 5)))
              == QStringLiteral("2027/02/14（日）09:05"));
    }
    SECTION("English")
    {
        const Speaking english(QLocale::English);
        CHECK(DateTimeText::dateTime(seminarStart) == QStringLiteral("Fri 12 Feb 2027 13:30"));
        CHECK(DateTimeText::date(seminarStart.date()) == QStringLiteral("Fri 12 Feb 2027"));
        CHECK(DateTimeText::date(QDate()).isEmpty());
    }
    SECTION("any other system language writes English, the language the program then speaks")
    {
        const Speaking german(QLocale::German);
        CHECK(DateTimeText::dateTime(seminarStart) == QStringLiteral("Fri 12 Feb 2027 13:30"));
    }
    CHECK(DateTimeText::dateTime(QDateTime()).isEmpty());
}

TEST_CASE("The format for editors is the lists' one, and says where its weekday is", "[DateTimeText]")
{
    for (QLocale::Language language : {QLocale::Japanese, QLocale::English}) {
        const Speaking speaking(language);
        CHECK(DateTimeText::locale().toString(seminarStart, DateTimeText::format())
              == DateTimeText::dateTime(seminarStart));
        // The weekday section is the one written with "ddd": count the sections before it.
        const QString format = DateTimeText::format();
        int sections = 0;
        for (int at = 0; at < format.indexOf(QStringLiteral("ddd")); ++at) {
            if (format.at(at).isLetter() && (at == 0 || format.at(at - 1) != format.at(at)))
                ++sections;
        }
        CHECK(DateTimeText::weekdaySection() == sections);
    }
}
