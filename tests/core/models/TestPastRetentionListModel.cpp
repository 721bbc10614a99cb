#include <catch2/catch.hpp>

#include "core/data/SqlStatement.h"
#include "core/models/PastRetentionListModel.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "support/CatchQt.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

// "Now": 2027-06-01 09:00 at the venue; with 12 months, a last seminar must have ended before
// 2026-06-01 09:00.
const QDateTime now(QDate(2027, 6, 1), QTime(9, 0));

qint64 addSeminar(const Database& database, const QDate& day)
{
    Seminar seminar = makeSeminar();
    seminar.startsAt = QDateTime(day, QTime(13, 30));
    seminar.endsAt = QDateTime(day, QTime(17, 0));
    return *SeminarStore(database).insert(seminar);
}

qint64 addPerson(const Database& database, Attendee attendee, const QString& organisation, qint64 seminarId)
{
    attendee.organisation = organisation;
    const qint64 id = *AttendeeStore(database).insert(attendee);
    if (seminarId > 0) {
        Registration registration;
        registration.seminarId = seminarId;
        registration.attendeeId = id;
        REQUIRE(RegistrationStore(database).insert(registration).ok());
    }
    return id;
}

} // namespace

TEST_CASE("The list of people past the retention period is the erasure's, with why each is on it", "[model][erasure]")
{
    TestDatabaseFile file;
    const Database& database = file.database();
    const qint64 old = addSeminar(database, QDate(2025, 11, 20));
    const qint64 recent = addSeminar(database, QDate(2027, 4, 1));
    const qint64 past = addPerson(database, makeAttendee(QStringLiteral("Quillfeather"), QStringLiteral("Zephyrine")),
                                  QStringLiteral("Heliographics"), old);
    addPerson(database, makeAttendee(QStringLiteral("Recent"), QStringLiteral("Rex")), QString(), recent);
    const qint64 lapsed
        = addPerson(database, makeAttendee(QStringLiteral("Lapsed"), QStringLiteral("Lou")), QString(), 0);
    SqlStatement aged(database, QStringLiteral("UPDATE attendee SET updated_at = ? WHERE id = ?"));
    REQUIRE(aged.exec({QStringLiteral("2024-01-05T03:00:00Z"), lapsed}).ok());

    const PersonalDataErasure erasure(database, RetentionPeriod(12), now);
    PastRetentionListModel model(erasure);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == PastRetentionListModel::ColumnCount);
    CHECK(model.attendeeIds() == QList<qint64> {lapsed, past});
    CHECK(model.idAt(1) == past);
    CHECK(model.index(1, PastRetentionListModel::NameColumn).data().toString()
          == QStringLiteral("Zephyrine Quillfeather"));
    CHECK(model.index(1, PastRetentionListModel::OrganisationColumn).data().toString()
          == QStringLiteral("Heliographics"));
    CHECK(model.index(1, PastRetentionListModel::LastSeminarColumn).data().toString()
          == QStringLiteral("Thu 20 Nov 2025"));
    CHECK(model.index(1, PastRetentionListModel::RegistrationsColumn).data().toString() == QStringLiteral("1"));
    // Registered for no seminar: counted from the last change of the record, and the list says so.
    CHECK(model.index(0, PastRetentionListModel::LastSeminarColumn).data().toString()
          == QStringLiteral("none (record changed Fri 5 Jan 2024)"));
    CHECK(model.index(0, PastRetentionListModel::RegistrationsColumn).data().toString() == QStringLiteral("0"));
    CHECK(model.headerData(PastRetentionListModel::LastSeminarColumn, Qt::Horizontal).toString()
          == QStringLiteral("Last seminar ended"));

    REQUIRE(model.erasure().erase(model.attendeeIds()).ok());
    model.reload();
    CHECK(model.rowCount() == 0);
    CHECK(model.attendeeIds().isEmpty());
}
