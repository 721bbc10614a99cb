#include "core/models/PersonListModel.h"

#include "core/data/Database.h"
#include "core/data/StoredTime.h"
#include "core/models/AttendeeColumns.h"
#include "core/records/DateTimeText.h"

namespace sd {

namespace {

// Counted and looked up for the rows read (a page at a time) through the registrations' attendee
// index; only a sort on them reads them for everyone.
const QString registrationCount
    = QStringLiteral("(SELECT count(*) FROM registration WHERE registration.attendee_id = attendee.id)");
const QString lastSeminarStart
    = QStringLiteral("(SELECT max(seminar.starts_at) FROM registration JOIN seminar ON seminar.id = "
                     "registration.seminar_id WHERE registration.attendee_id = attendee.id)");

} // namespace

PersonListModel::PersonListModel(const Database& database, QObject* parent)
    : PagedSqlModel(database, parent)
{
    const QString byReading = AttendeeColumns::byReading();
    setSource(QStringLiteral("attendee.id"), QStringLiteral("FROM attendee"),
              {
                  {QT_TR_NOOP("Name"), AttendeeColumns::nameExpression(), byReading},
                  {QT_TR_NOOP("Reading"), AttendeeColumns::readingExpression(), byReading},
                  {QT_TR_NOOP("Organisation"), QStringLiteral("attendee.organisation"),
                   QStringLiteral("attendee.organisation")},
                  {QT_TR_NOOP("E-mail"), QStringLiteral("attendee.email"), QStringLiteral("attendee.email")},
                  {QT_TR_NOOP("Registrations"), registrationCount, registrationCount},
                  {QT_TR_NOOP("Last seminar"), lastSeminarStart, lastSeminarStart},
                  {QT_TR_NOOP("Attendee ID"), QStringLiteral("attendee.id"), QStringLiteral("attendee.id")},
              },
              byReading);
    reload();
}

void PersonListModel::setSearchText(const QString& text)
{
    QStringList conditions;
    QVariantList values;
    AttendeeColumns::addSearch(database().dialect(), text, conditions, values);
    // Typed a key at a time: the first page must come quickly, the count after it.
    setFilter(conditions.join(QStringLiteral(" AND ")), values, Counting::Deferred);
}

QVariant PersonListModel::displayValue(int column, const QVariant& stored) const
{
    switch (column) {
    case NameColumn:
        return AttendeeColumns::shownName(stored);
    case LastSeminarColumn:
        return DateTimeText::date(timeFromStored(stored).date());
    default:
        return stored;
    }
}

} // namespace sd
