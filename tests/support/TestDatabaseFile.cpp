#include "support/TestDatabaseFile.h"

#include <catch2/catch.hpp>

#include "core/stores/SortKeyRefresh.h"

TestDatabaseFile::TestDatabaseFile()
    : m_path(m_folder.filePath(QStringLiteral("test.sqlite")))
{
    reopen();
}

void TestDatabaseFile::reopen()
{
    m_database.reset();
    auto opened = sd::openForWork(m_path);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    m_database = std::move(opened).value();
}

sd::Attendee makeAttendee(const QString& family, const QString& given, const QString& familyReading,
                          const QString& givenReading)
{
    sd::Attendee attendee;
    attendee.familyName = family;
    attendee.givenName = given;
    attendee.familyReading = familyReading;
    attendee.givenReading = givenReading;
    return attendee;
}

sd::Seminar makeSeminar(const QString& titleEn)
{
    sd::Seminar seminar;
    seminar.titleEn = titleEn;
    seminar.titleJa = QStringLiteral("テストセミナー");
    seminar.startsAt = QDateTime(QDate(2027, 2, 12), QTime(13, 30));
    seminar.endsAt = QDateTime(QDate(2027, 2, 12), QTime(17, 0));
    seminar.capacity = 100;
    return seminar;
}
