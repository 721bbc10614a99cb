#include "core/stores/RegistrationStore.h"

#include <optional>

#include "core/data/BulkStatement.h"
#include "core/data/Database.h"
#include "core/data/SqlStatement.h"
#include "core/data/StoredTime.h"
#include "core/data/Transaction.h"
#include "core/records/CheckInCode.h"
#include "core/records/SearchText.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/SeminarStore.h"
#include "core/stores/VersionedUpdate.h"

namespace sd {

namespace {

// What an edit changes: everything but the id, the version and the printed badge.
QVariantList contentOf(const Registration& registration)
{
    return {registration.seminarId,
            registration.attendeeId,
            Registration::statusKey(registration.status),
            registration.checkInCode,
            registration.registeredAt.isValid() ? storedInstant(registration.registeredAt) : storedNow(),
            storedInstant(registration.checkInTimeAt(QDateTime::currentDateTimeUtc())),
            registration.receiverNeeded ? 1 : 0,
            registration.source,
            storedNow()};
}

// The content and then badge_printed_at, as a new row is inserted.
QVariantList valuesOf(const Registration& registration)
{
    QVariantList values = contentOf(registration);
    values.append(storedInstant(registration.badgePrintedAt));
    return values;
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
                          "registration.updated_at, registration.version, registration.badge_printed_version, "
                          "registration.badge_printed_attendee_version");
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
    registration.version = row.value(column++).toLongLong();
    registration.badgePrintedVersion = row.value(column++).toLongLong();
    registration.badgePrintedAttendeeVersion = row.value(column++).toLongLong();
    return registration;
}

template Registration RegistrationStore::read(const SqlStatement&, int);
template Registration RegistrationStore::read(const BulkStatement&, int);

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
        if (inserted
            || !m_insert->failedOn(SqlDialect::Constraint::Unique, QStringLiteral("registration"),
                                   {QStringLiteral("checkin_code")}))
            break;
    }
    return inserted;
}

Result<qint64> RegistrationStore::insertWithCode(const Registration& registration)
{
    if (!m_insert) {
        m_insert = &m_database.insertStatement(
            QStringLiteral("INSERT INTO registration (seminar_id, attendee_id, status, checkin_code, "
                           "registered_at, checked_in_at, receiver_needed, source, updated_at, "
                           "badge_printed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    // Where a refused statement ends the transaction it runs in (PostgreSQL), the insert has a
    // savepoint of its own: a clashing code is drawn again, and a caller told "already registered"
    // goes on, in the same transaction. A row queued for COPY is refused only when it is written.
    std::optional<Transaction> attempt;
    if (m_database.dialect().refusalEndsTransaction() && !m_insert->queuesRows()) {
        attempt.emplace(m_database);
        if (!attempt->begun())
            return fail(attempt->errorText());
    }
    Result<qint64> id = m_insert->insert(valuesOf(registration));
    if (id && attempt) {
        if (Status released = attempt->commit(); !released)
            return fail(released.error());
    }
    if (!id) {
        if (m_insert->failedOn(SqlDialect::Constraint::Unique, QStringLiteral("registration"),
                               {QStringLiteral("seminar_id"), QStringLiteral("attendee_id")}))
            return fail(tr("This attendee is already registered for the seminar."));
        if (m_insert->failedOn(SqlDialect::Constraint::ForeignKey))
            return fail(tr("The seminar or the attendee of this registration no longer exists."));
        return fail(tr("Could not save the registration: %1").arg(id.error()));
    }
    return id;
}

Status RegistrationStore::update(const Registration& registration)
{
    // The badge's printed time and versions are left alone: only markBadgesPrinted() writes them,
    // so an edit saved from a form opened before a print cannot undo the print. Badges compare the
    // version this counts up with the one they printed (see VersionedUpdate).
    VersionedUpdate update(m_database, QStringLiteral("registration"),
                           QStringLiteral("seminar_id = ?, attendee_id = ?, status = ?, checkin_code = ?, "
                                          "registered_at = ?, checked_in_at = ?, receiver_needed = ?, source = ?, "
                                          "updated_at = ?"));
    if (Status saved = update.exec(contentOf(registration), registration.id, registration.version,
                                   tr("The registration no longer exists."));
        !saved) {
        if (update.statement().failedOn(SqlDialect::Constraint::Unique, QStringLiteral("registration"),
                                        {QStringLiteral("checkin_code")}))
            return fail(
                tr("The check-in code “%1” is already used by another registration.").arg(registration.checkInCode));
        return fail(tr("Could not save the registration: %1").arg(saved.error()));
    }
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
    // A badge printed before shows the other record's name: the version counted up marks it changed.
    SqlStatement statement(m_database,
                           QStringLiteral("UPDATE registration SET attendee_id = ?, %1 WHERE id = ?")
                               .arg(VersionedUpdate::versionCountedUp()));
    if (Status ran = statement.exec({attendeeId, id}); !ran) {
        if (statement.failedOn(SqlDialect::Constraint::Unique, QStringLiteral("registration"),
                               {QStringLiteral("seminar_id"), QStringLiteral("attendee_id")}))
            return fail(tr("This attendee is already registered for the seminar."));
        return fail(tr("Could not save the registration: %1").arg(ran.error()));
    }
    if (statement.rowsAffected() == 0)
        return fail(tr("The registration no longer exists."));
    return {};
}

Status RegistrationStore::restore(const Registration& registration)
{
    // Back with the versions it had: a badge printed of it is still what it shows.
    QVariantList values {registration.id};
    values.append(valuesOf(registration));
    values << qMax<qint64>(registration.version, 1)
           << (registration.badgePrintedVersion > 0 ? QVariant(registration.badgePrintedVersion) : QVariant())
           << (registration.badgePrintedAttendeeVersion > 0 ? QVariant(registration.badgePrintedAttendeeVersion)
                                                            : QVariant());
    auto id
        = insertRow(m_database,
                    QStringLiteral("INSERT INTO registration (id, seminar_id, attendee_id, status, checkin_code, "
                                   "registered_at, checked_in_at, receiver_needed, source, updated_at, "
                                   "badge_printed_at, version, badge_printed_version, badge_printed_attendee_version) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
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

Result<RegisteredAttendee> RegistrationStore::findRegisteredAttendee(qint64 attendeeId, qint64 registrationId) const
{
    RegisteredAttendee row;
    if (registrationId > 0) {
        auto registration = find(registrationId);
        if (!registration)
            return fail(registration.error());
        row.registration = *registration;
    }
    auto attendee = AttendeeStore(m_database).find(attendeeId);
    if (!attendee)
        return fail(attendee.error());
    row.attendee = *attendee;
    return row;
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
    const auto statement
        = BulkStatement::forLargeSelect(m_database,
                                        QStringLiteral("SELECT %1, %2 FROM registration JOIN attendee ON attendee.id = "
                                                       "registration.attendee_id WHERE registration.seminar_id = ? "
                                                       "ORDER BY attendee.sort_key, attendee.id")
                                            .arg(columnList(), AttendeeStore::columnList()),
                                        largeReadPlan(seminarId));
    if (Status ran = statement->select({seminarId}); !ran)
        return fail(tr("Could not read the registrations: %1").arg(ran.error()));
    const int attendeeColumn = columnList().count(QLatin1Char(',')) + 1;
    while (statement->next()) {
        const RegisteredAttendee row {read(*statement), AttendeeStore::read(*statement, attendeeColumn)};
        if (!visit(row))
            return {};
    }
    if (!statement->errorText().isEmpty())
        return fail(tr("Could not read the registrations: %1").arg(statement->errorText()));
    return {};
}

BulkStatement::ReadPlan RegistrationStore::largeReadPlan(qint64 seminarId) const
{
    // SQLite plans a large read for itself (see BulkStatement::forLargeSelect): counting would only cost time.
    if (m_database.dialect().engine() == SqlDialect::Engine::Sqlite || !holdsMostAttendees(seminarId))
        return BulkStatement::ReadPlan::Cheapest;
    // The server's cheapest plan sorts every row before it sends the first; in index order the rows
    // come at once, and an export writes them while the server reads on.
    return BulkStatement::ReadPlan::InIndexOrder;
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

bool RegistrationStore::holdsMostAttendees(qint64 seminarId) const
{
    constexpr qint64 mostShare = 4; // a quarter of all attendees or more
    const Result<bool> most = selectOneRow<bool>(
        m_database,
        QStringLiteral(
            "SELECT (SELECT count(*) FROM registration WHERE seminar_id = ?), (SELECT count(*) FROM attendee)"),
        {seminarId},
        [](const SqlStatement& row) { return row.value(0).toLongLong() * mostShare >= row.value(1).toLongLong(); },
        QString());
    return most && *most;
}

Result<QList<ReceiverWish>> RegistrationStore::receiverWishes(qint64 seminarId) const
{
    return selectRows<ReceiverWish>(
        m_database,
        QStringLiteral("SELECT attendee.preferred_language, registration.receiver_needed, count(*) "
                       "FROM registration JOIN attendee ON attendee.id = registration.attendee_id "
                       "WHERE registration.seminar_id = ? AND registration.status <> 'cancelled' "
                       "GROUP BY attendee.preferred_language, registration.receiver_needed "
                       "ORDER BY attendee.preferred_language, registration.receiver_needed"),
        {seminarId}, [](const SqlStatement& row) {
            return ReceiverWish {row.value(0).toString(), row.value(1).toInt() == 1, row.value(2).toInt()};
        });
}

Result<QList<ArrivalCounts>> RegistrationStore::arrivals(qint64 seminarId, bool byCategory) const
{
    // Every registration of the seminar is read either way; grouping by category needs the people.
    const QString sql
        = QStringLiteral("SELECT %1, count(CASE WHEN registration.status IN ('registered', 'attended') THEN 1 END), "
                         "count(CASE WHEN registration.status = 'attended' THEN 1 END), "
                         "count(CASE WHEN registration.status = 'attended' AND registration.source = ? THEN 1 END) "
                         "FROM registration %2 WHERE registration.seminar_id = ? %3");
    const QString grouped = sql.arg(QStringLiteral("attendee.category"),
                                    QStringLiteral("JOIN attendee ON attendee.id = registration.attendee_id"),
                                    QStringLiteral("GROUP BY attendee.category ORDER BY attendee.category"));
    const QString whole = sql.arg(QStringLiteral("''"), QString(), QString());
    auto rows = selectRows<ArrivalCounts>(m_database, byCategory ? grouped : whole,
                                          {Registration::walkInSource(), seminarId}, [](const SqlStatement& row) {
                                              ArrivalCounts counts;
                                              counts.category = row.value(0).toString();
                                              counts.expected = row.value(1).toInt();
                                              counts.checkedIn = row.value(2).toInt();
                                              counts.walkIns = row.value(3).toInt();
                                              return counts;
                                          });
    if (!rows)
        return fail(tr("Could not count the arrivals: %1").arg(rows.error()));
    return rows;
}

Result<int> RegistrationStore::walkInBadgesWaiting(qint64 seminarId) const
{
    auto waiting = selectOneRow<int>(
        m_database,
        QStringLiteral("SELECT count(*) FROM registration WHERE seminar_id = ? AND source = ? "
                       "AND status = 'attended' AND badge_printed_at IS NULL"),
        {seminarId, Registration::walkInSource()}, [](const SqlStatement& row) { return row.value(0).toInt(); },
        QString());
    if (!waiting)
        return fail(tr("Could not count the badges waiting to be printed: %1").arg(waiting.error()));
    return waiting;
}

Result<std::optional<Registration>> RegistrationStore::findFor(qint64 seminarId, qint64 attendeeId) const
{
    auto rows = selectRows<Registration>(
        m_database,
        QStringLiteral("SELECT %1 FROM registration WHERE seminar_id = ? AND attendee_id = ?").arg(columnList()),
        {seminarId, attendeeId}, [](const SqlStatement& row) { return read(row); });
    if (!rows)
        return fail(rows.error());
    return rows->isEmpty() ? std::optional<Registration>() : std::optional<Registration>(rows->constFirst());
}

Result<RegistrationMatches> RegistrationStore::search(qint64 seminarId, const QString& typed, int limit) const
{
    // As the attendee list searches: the attendees are walked in reading order on their index,
    // which carries the search text, so a table row is read only for a match, and the first LIMIT
    // come without a sort. SqlDialect::joinInThisOrder() makes SQLite walk the attendees first.
    const QList<QByteArray> keys = SearchText::searchKeys(typed);
    RegistrationMatches matches;
    if (keys.isEmpty())
        return matches;
    QString where = QStringLiteral("registration.seminar_id = ?");
    QVariantList values {seminarId};
    for (const QByteArray& key : keys) {
        where += QStringLiteral(" AND ") + m_database.dialect().containsBytes(QStringLiteral("attendee.search_text"));
        values.append(key);
    }
    const QString from
        = QStringLiteral("FROM attendee %1 registration ON registration.attendee_id = attendee.id WHERE %2")
              .arg(m_database.dialect().joinInThisOrder(), where);
    const auto rows
        = BulkStatement::forSelect(m_database,
                                   QStringLiteral("SELECT %1, %2 %3 ORDER BY attendee.sort_key, attendee.id LIMIT ?")
                                       .arg(columnList(), AttendeeStore::columnList(), from));
    QVariantList rowValues = values;
    rowValues.append(limit);
    if (Status ran = rows->select(rowValues); !ran)
        return fail(tr("Could not search the registrations: %1").arg(ran.error()));
    const int attendeeColumn = columnList().count(QLatin1Char(',')) + 1;
    while (rows->next())
        matches.rows.append({read(*rows), AttendeeStore::read(*rows, attendeeColumn)});
    if (!rows->errorText().isEmpty())
        return fail(tr("Could not search the registrations: %1").arg(rows->errorText()));
    matches.total = int(matches.rows.size());
    if (matches.total < limit)
        return matches;
    auto total = selectOneRow<int>(
        m_database, QStringLiteral("SELECT count(*) %1").arg(from), values,
        [](const SqlStatement& row) { return row.value(0).toInt(); }, QString());
    if (!total)
        return fail(tr("Could not search the registrations: %1").arg(total.error()));
    matches.total = *total;
    return matches;
}

QString RegistrationStore::statusCountedUp()
{
    // The right-hand sides read the row as it was, on both engines: a badge printed at the version
    // before is printed at the one after, since the status is not on the badge.
    return QStringLiteral("%1, badge_printed_version = CASE WHEN badge_printed_version = version THEN version + 1 "
                          "ELSE badge_printed_version END")
        .arg(VersionedUpdate::versionCountedUp());
}

Result<bool> RegistrationStore::markAttended(qint64 id, Registration::Status from, const QDateTime& at)
{
    SqlStatement statement(m_database,
                           QStringLiteral("UPDATE registration SET status = 'attended', checked_in_at = ?, "
                                          "updated_at = ?, %1 WHERE id = ? AND status = ?")
                               .arg(statusCountedUp()));
    if (Status ran = statement.exec({storedInstant(at), storedNow(), id, Registration::statusKey(from)}); !ran)
        return fail(tr("Could not check in: %1").arg(ran.error()));
    return statement.rowsAffected() == 1;
}

Result<bool> RegistrationStore::unmarkAttended(qint64 id, Registration::Status to)
{
    SqlStatement statement(m_database,
                           QStringLiteral("UPDATE registration SET status = ?, checked_in_at = NULL, updated_at = ?, "
                                          "%1 WHERE id = ? AND status = 'attended'")
                               .arg(statusCountedUp()));
    if (Status ran = statement.exec({Registration::statusKey(to), storedNow(), id}); !ran)
        return fail(tr("Could not undo the check-in: %1").arg(ran.error()));
    return statement.rowsAffected() == 1;
}

Status RegistrationStore::markBadgesPrinted(const QList<PrintedBadge>& badges, const QDateTime& at)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return fail(tr("Could not record the printed badges: %1").arg(transaction.errorText()));
    SqlStatement statement(m_database,
                           QStringLiteral("UPDATE registration SET badge_printed_at = ?, badge_printed_version = ?, "
                                          "badge_printed_attendee_version = ? WHERE id = ?"));
    const QVariant printedAt = storedInstant(at);
    for (const PrintedBadge& badge : badges) {
        if (Status ran
            = statement.exec({printedAt, badge.registrationVersion, badge.attendeeVersion, badge.registrationId});
            !ran)
            return fail(tr("Could not record the printed badges: %1").arg(ran.error()));
    }
    if (Status committed = transaction.commit(); !committed)
        return fail(tr("Could not record the printed badges: %1").arg(committed.error()));
    return {};
}

} // namespace sd
