#include "core/models/AttendeeColumns.h"

#include "core/records/CheckInCode.h"
#include "core/records/PersonName.h"
#include "core/records/SearchText.h"

namespace sd {

namespace {

const QChar nameSeparator(0x1f); // unit separator: never typed into a name

} // namespace

QString AttendeeColumns::nameExpression()
{
    // The separator is in the SQL text itself: SQLite calls the function that makes it char(),
    // PostgreSQL chr().
    return QStringLiteral("attendee.family_name || '%1' || attendee.given_name").arg(nameSeparator);
}

QString AttendeeColumns::readingExpression()
{
    return QStringLiteral("trim(attendee.family_reading || ' ' || attendee.given_reading)");
}

QString AttendeeColumns::byReading()
{
    return QStringLiteral("attendee.sort_key, attendee.id");
}

QString AttendeeColumns::shownName(const QVariant& stored)
{
    const QStringList parts = stored.toString().split(nameSeparator);
    return PersonName(parts.value(0), parts.value(1)).display();
}

void AttendeeColumns::addSearch(const SqlDialect& dialect, const QString& typed, QStringList& conditions,
                                QVariantList& values, const QString& codeColumn)
{
    for (const QByteArray& key : SearchText::searchKeys(typed)) {
        // Both sides are UTF-8 bytes, compared as they are, where LIKE would convert every row's
        // text first.
        const QString code = codeColumn.isEmpty() ? QString() : CheckInCode::fromTyped(QString::fromUtf8(key));
        if (code.isEmpty()) {
            conditions.append(dialect.containsBytes(QStringLiteral("attendee.search_text")));
            values.append(key);
        } else {
            conditions.append(QStringLiteral("(%1 OR %2 = ?)")
                                  .arg(dialect.containsBytes(QStringLiteral("attendee.search_text")), codeColumn));
            values << key << code;
        }
    }
}

} // namespace sd
