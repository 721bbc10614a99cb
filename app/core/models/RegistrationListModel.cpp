#include "core/models/RegistrationListModel.h"

#include "core/data/Database.h"
#include "core/data/StoredTime.h"
#include "core/models/AttendeeColumns.h"
#include "core/records/Attendee.h"
#include "core/records/DateTimeText.h"
#include "core/records/Registration.h"
#include "core/stores/RegistrationStore.h"

namespace sd {

namespace {

// Two ways to the same rows. When the seminar holds most of the attendees, walking the attendees
// in reading order (their sort-key index) gives the first page at once, without sorting them all;
// SqlDialect::joinInThisOrder() tells SQLite to walk them first. A small seminar among many
// attendees is quicker from its registrations, sorted afterwards.
const QString fromRegistrations
    = QStringLiteral("FROM registration JOIN attendee ON attendee.id = registration.attendee_id");

QString fromAttendees(const SqlDialect& dialect)
{
    return QStringLiteral("FROM attendee %1 registration ON registration.attendee_id = attendee.id")
        .arg(dialect.joinInThisOrder());
}

} // namespace

RegistrationListModel::RegistrationListModel(const Database& database, QObject* parent)
    : PagedSqlModel(database, parent)
{
    const QString byReading = AttendeeColumns::byReading();
    setSource(
        QStringLiteral("registration.id"), fromRegistrations,
        {
            {QT_TR_NOOP("Name"), AttendeeColumns::nameExpression(), byReading},
            {QT_TR_NOOP("Reading"), AttendeeColumns::readingExpression(), byReading},
            {QT_TR_NOOP("Status"), QStringLiteral("registration.status"), QStringLiteral("registration.status")},
            {QT_TR_NOOP("Category"), QStringLiteral("attendee.category"), QStringLiteral("attendee.category")},
            {QT_TR_NOOP("Organisation"), QStringLiteral("attendee.organisation"),
             QStringLiteral("attendee.organisation")},
            {QT_TR_NOOP("Latin name"), QStringLiteral("attendee.latin_name"), QStringLiteral("attendee.latin_name")},
            {QT_TR_NOOP("Receiver"), QStringLiteral("registration.receiver_needed"),
             QStringLiteral("registration.receiver_needed")},
            {QT_TR_NOOP("Check-in code"), QStringLiteral("registration.checkin_code"),
             QStringLiteral("registration.checkin_code")},
            {QT_TR_NOOP("Registered"), QStringLiteral("registration.registered_at"),
             QStringLiteral("registration.registered_at")},
            {QT_TR_NOOP("E-mail"), QStringLiteral("attendee.email"), QStringLiteral("attendee.email")},
        },
        byReading);
    applyFilter();
}

void RegistrationListModel::setSeminar(qint64 seminarId)
{
    m_seminarId = seminarId;
    const bool dense = RegistrationStore(database()).holdsMostAttendees(seminarId);
    setFromClause(dense ? fromAttendees(database().dialect()) : fromRegistrations);
    applyFilter();
}

void RegistrationListModel::setSearchText(const QString& text)
{
    m_searchText = text;
    applyFilter(Counting::Deferred); // typed a key at a time: the first page must come quickly
}

void RegistrationListModel::setStatuses(const QStringList& statusKeys)
{
    m_statuses = statusKeys;
    applyFilter();
}

void RegistrationListModel::setCategory(const QString& categoryKey)
{
    m_category = categoryKey;
    applyFilter();
}

void RegistrationListModel::applyFilter(Counting counting)
{
    QStringList conditions {QStringLiteral("registration.seminar_id = ?")};
    QVariantList values {m_seminarId};
    // A word that can be the code on a badge finds that registration too.
    AttendeeColumns::addSearch(database().dialect(), m_searchText, conditions, values,
                               QStringLiteral("registration.checkin_code"));
    if (!m_statuses.isEmpty()) {
        QStringList placeholders;
        for (const QString& status : m_statuses) {
            placeholders.append(QStringLiteral("?"));
            values.append(status);
        }
        conditions.append(QStringLiteral("registration.status IN (%1)").arg(placeholders.join(QStringLiteral(", "))));
    }
    if (!m_category.isEmpty()) {
        conditions.append(QStringLiteral("attendee.category = ?"));
        values.append(m_category);
    }
    setFilter(conditions.join(QStringLiteral(" AND ")), values, counting);
}

QVariant RegistrationListModel::displayValue(int column, const QVariant& stored) const
{
    switch (column) {
    case NameColumn:
        return AttendeeColumns::shownName(stored);
    case CategoryColumn:
        return Attendee::categoryName(stored.toString());
    case StatusColumn: {
        const auto status = Registration::statusFromKey(stored.toString());
        return status ? Registration::statusName(*status) : stored;
    }
    case ReceiverColumn:
        return stored.toInt() != 0 ? Registration::receiverNeededName(true) : QString();
    case RegisteredColumn:
        return DateTimeText::dateTime(timeFromStored(stored).toLocalTime());
    default:
        return stored;
    }
}

} // namespace sd
