#include "core/stores/RegistrationStore.h"

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"
#include "core/data/SqliteStatement.h"
#include "core/data/StoredTime.h"
#include "core/data/Transaction.h"
#include "core/records/CheckInCode.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/SeminarStore.h"

namespace sd {

namespace {

QVariantList valuesOf(const Registration& registration)
{
    return {registration.seminarId,
            registration.attendeeId,
            Registration::statusKey(registration.status),
            registration.checkInCode,
            registration.registeredAt.isValid() ? storedInstant(registration.registeredAt) : storedNow(),
            storedInstant(registration.checkInTimeAt(QDateTime::currentDateTimeUtc())),
            registration.receiverNeeded ? 1 : 0,
            storedInstant(registration.badgePrintedAt),
            registration.source,
            storedNow()};
}

constexpr int codeAttempts = 5;

} // namespace

RegistrationStore::RegistrationStore(const Database& database)
    : m_database(database)
{
}

RegistrationStore::~RegistrationStore() = default;

QString RegistrationStore::columnList()
{
    return QStringLiteral("registration.id, registration.seminar_id, registration.attendee_id, registration.status, "
                          "registration.checkin_code, registration.registered_at, registration.checked_in_at, "
                          "registration.receiver_needed, registration.badge_printed_at, registration.source, "
                          "registration.updated_at");
}

template <typename Row> Registration RegistrationStore::read(const Row& row, int firstColumn)
{
    Registration registration;
    int column = firstColumn;
    registration.id = row.value(column++).toLongLong();
    registration.seminarId = row.value(column++).toLongLong();
    registration.attendeeId = row.value(column++).toLongLong();
    registration.status
        = Registration::statusFromKey(row.value(column++).toString()).value_or(Registration::Status::Registered);
    registration.checkInCode = row.value(column++).toString();
    registration.registeredAt = timeFromStored(row.value(column++));
    registration.checkedInAt = timeFromStored(row.value(column++));
    registration.receiverNeeded = row.value(column++).toInt() != 0;
    registration.badgePrintedAt = timeFromStored(row.value(column++));
    registration.source = row.value(column++).toString();
    registration.updatedAt = timeFromStored(row.value(column++));
    return registration;
}

template Registration RegistrationStore::read(const SqlStatement&, int);
template Registration RegistrationStore::read(const SqliteStatement&, int);

Result<qint64> RegistrationStore::insert(const Registration& registration)
{
    if (!registration.checkInCode.isEmpty())
        return insertWithCode(registration);
    // A fresh random code clashes with an existing one about never; if it does, draw again.
    Result<qint64> inserted = fail(QString());
    for (int attempt = 0; attempt < codeAttempts; ++attempt) {
        Registration withCode = registration;
        withCode.checkInCode = CheckInCode::generate();
        inserted = insertWithCode(withCode);
        if (inserted || !m_insert->failedOn(QStringLiteral("registration.checkin_code")))
            break;
    }
    return inserted;
}

Result<qint64> RegistrationStore::insertWithCode(const Registration& registration)
{
    if (!m_insert) {
        m_insert = &m_database.insertStatement(
            QStringLiteral("INSERT INTO registration (seminar_id, attendee_id, status, checkin_code, "
                           "registered_at, checked_in_at, receiver_needed, badge_printed_at, source, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    Result<qint64> id = m_insert->insert(valuesOf(registration));
    if (!id) {
        if (m_insert->failedOn(QStringLiteral("registration.seminar_id, registration.attendee_id")))
            return fail(tr("This attendee is already registered for the seminar."));
        if (m_insert->failedOn(QStringLiteral("FOREIGN KEY")))
            return fail(tr("The seminar or the attendee of this registration no longer exists."));
        return fail(tr("Could not save the registration: %1").arg(id.error()));
    }
    return id;
}

Status RegistrationStore::update(const Registration& registration)
{
    QVariantList values = valuesOf(registration);
    values.append(registration.id);
    SqlStatement statement(m_database,
                           QStringLiteral("UPDATE registration SET seminar_id = ?, attendee_id = ?, status = ?, "
                                          "checkin_code = ?, registered_at = ?, checked_in_at = ?, "
                                          "receiver_needed = ?, badge_printed_at = ?, source = ?, updated_at = ? "
                                          "WHERE id = ?"));
    if (Status ran = statement.exec(values); !ran) {
        if (statement.failedOn(QStringLiteral("registration.checkin_code")))
            return fail(
                tr("The check-in code “%1” is already used by another registration.").arg(registration.checkInCode));
        return fail(tr("Could not save the registration: %1").arg(ran.error()));
    }
    if (statement.rowsAffected() == 0)
        return fail(tr("The registration no longer exists."));
    return {};
}

Status RegistrationStore::remove(qint64 id)
{
    Status removed = changeOneRow(m_database, QStringLiteral("DELETE FROM registration WHERE id = ?"), {id},
                                  tr("The registration no longer exists."));
    if (!removed)
        return fail(tr("Could not delete the registration: %1").arg(removed.error()));
    return removed;
}

Status RegistrationStore::moveTo(qint64 id, qint64 attendeeId)
{
    SqlStatement statement(m_database, QStringLiteral("UPDATE registration SET attendee_id = ? WHERE id = ?"));
    if (Status ran = statement.exec({attendeeId, id}); !ran) {
        if (statement.failedOn(QStringLiteral("registration.seminar_id, registration.attendee_id")))
            return fail(tr("This attendee is already registered for the seminar."));
        return fail(tr("Could not save the registration: %1").arg(ran.error()));
    }
    if (statement.rowsAffected() == 0)
        return fail(tr("The registration no longer exists."));
    return {};
}

Status RegistrationStore::restore(const Registration& registration)
{
    QVariantList values {registration.id};
    values.append(valuesOf(registration));
    auto id = insertRow(m_database,
                        QStringLiteral("INSERT INTO registration (id, seminar_id, attendee_id, status, checkin_code, "
                                       "registered_at, checked_in_at, receiver_needed, badge_printed_at, source, "
                                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        values);
    if (!id)
        return fail(tr("Could not restore the registration: %1").arg(id.error()));
    return {};
}

Result<Registration> RegistrationStore::find(qint64 id) const
{
    return selectOneRow<Registration>(
        m_database, QStringLiteral("SELECT %1 FROM registration WHERE id = ?").arg(columnList()), {id},
        [](const SqlStatement& row) { return read(row); }, tr("There is no registration with the number %1.").arg(id));
}

Result<Registration> RegistrationStore::findByCheckInCode(const QString& code) const
{
    const QString normalized = CheckInCode::normalized(code);
    return selectOneRow<Registration>(
        m_database, QStringLiteral("SELECT %1 FROM registration WHERE checkin_code = ?").arg(columnList()),
        {normalized}, [](const SqlStatement& row) { return read(row); },
        tr("No registration has the check-in code “%1”.").arg(code));
}

Result<QList<Registration>> RegistrationStore::forSeminar(qint64 seminarId) const
{
    return selectRows<Registration>(
        m_database, QStringLiteral("SELECT %1 FROM registration WHERE seminar_id = ? ORDER BY id").arg(columnList()),
        {seminarId}, [](const SqlStatement& row) { return read(row); });
}

Result<QList<Registration>> RegistrationStore::forAttendee(qint64 attendeeId) const
{
    return selectRows<Registration>(
        m_database, QStringLiteral("SELECT %1 FROM registration WHERE attendee_id = ? ORDER BY id").arg(columnList()),
        {attendeeId}, [](const SqlStatement& row) { return read(row); });
}

Result<QList<SeminarRegistration>> RegistrationStore::seminarsOf(qint64 attendeeId) const
{
    const int seminarColumn = int(columnList().count(QLatin1Char(',')) + 1);
    return selectRows<SeminarRegistration>(
        m_database,
        QStringLiteral("SELECT %1, %2 FROM registration JOIN seminar ON seminar.id = registration.seminar_id "
                       "WHERE registration.attendee_id = ? ORDER BY seminar.starts_at DESC, seminar.id DESC")
            .arg(columnList(), SeminarStore::columnList()),
        {attendeeId}, [seminarColumn](const SqlStatement& row) {
            return SeminarRegistration {read(row), SeminarStore::read(row, seminarColumn)};
        });
}

Result<QSet<qint64>> RegistrationStore::attendeeIdsOf(qint64 seminarId) const
{
    SqlStatement statement(m_database, QStringLiteral("SELECT attendee_id FROM registration WHERE seminar_id = ?"));
    if (Status ran = statement.exec({seminarId}); !ran)
        return fail(tr("Could not read the registrations: %1").arg(ran.error()));
    QSet<qint64> ids;
    while (statement.next())
        ids.insert(statement.value(0).toLongLong());
    return ids;
}

Status RegistrationStore::visitRegisteredAttendees(qint64 seminarId,
                                                   const std::function<bool(const RegisteredAttendee&)>& visit) const
{
    SqliteStatement statement(m_database,
                              QStringLiteral("SELECT %1, %2 FROM registration JOIN attendee ON attendee.id = "
                                             "registration.attendee_id WHERE registration.seminar_id = ? "
                                             "ORDER BY attendee.sort_key, attendee.id")
                                  .arg(columnList(), AttendeeStore::columnList()));
    if (Status ran = statement.select({seminarId}); !ran)
        return fail(tr("Could not read the registrations: %1").arg(ran.error()));
    const int attendeeColumn = columnList().count(QLatin1Char(',')) + 1;
    while (statement.next()) {
        const RegisteredAttendee row {read(statement), AttendeeStore::read(statement, attendeeColumn)};
        if (!visit(row))
            return {};
    }
    if (!statement.errorText().isEmpty())
        return fail(tr("Could not read the registrations: %1").arg(statement.errorText()));
    return {};
}

Result<QList<RegisteredAttendee>> RegistrationStore::registeredAttendees(qint64 seminarId) const
{
    QList<RegisteredAttendee> rows;
    Status visited = visitRegisteredAttendees(seminarId, [&rows](const RegisteredAttendee& row) {
        rows.append(row);
        return true;
    });
    if (!visited)
        return fail(visited.error());
    return rows;
}

Result<SeminarCounts> RegistrationStore::counts(qint64 seminarId) const
{
    return selectOneRow<SeminarCounts>(
        m_database,
        QStringLiteral("SELECT "
                       "count(CASE WHEN registration.status = 'registered' THEN 1 END), "
                       "count(CASE WHEN registration.status = 'waitlisted' THEN 1 END), "
                       "count(CASE WHEN registration.status = 'cancelled' THEN 1 END), "
                       "count(CASE WHEN registration.status = 'attended' THEN 1 END), "
                       "count(CASE WHEN registration.receiver_needed = 1 AND registration.status IN "
                       "('registered', 'attended') THEN 1 END), "
                       "(SELECT capacity FROM seminar WHERE id = ?) "
                       "FROM registration WHERE registration.seminar_id = ?"),
        {seminarId, seminarId},
        [](const SqlStatement& row) {
            SeminarCounts counts;
            counts.registered = row.value(0).toInt();
            counts.waitlisted = row.value(1).toInt();
            counts.cancelled = row.value(2).toInt();
            counts.attended = row.value(3).toInt();
            counts.receiversNeeded = row.value(4).toInt();
            counts.capacity = row.value(5).toInt();
            return counts;
        },
        QString());
}

Status RegistrationStore::markBadgesPrinted(const QList<qint64>& ids, const QDateTime& at)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return fail(tr("Could not record the printed badges: %1").arg(transaction.errorText()));
    SqlStatement statement(m_database, QStringLiteral("UPDATE registration SET badge_printed_at = ? WHERE id = ?"));
    const QVariant printedAt = storedInstant(at);
    for (qint64 id : ids) {
        if (Status ran = statement.exec({printedAt, id}); !ran)
            return fail(tr("Could not record the printed badges: %1").arg(ran.error()));
    }
    if (Status committed = transaction.commit(); !committed)
        return fail(tr("Could not record the printed badges: %1").arg(committed.error()));
    return {};
}

} // namespace sd
