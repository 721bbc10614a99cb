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
    return QStringLiteral("attendee.family_name || char(31) || attendee.given_name");
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

void AttendeeColumns::addSearch(const QString& typed, QStringList& conditions, QVariantList& values,
                                const QString& codeColumn)
{
    for (const QByteArray& key : SearchText::searchKeys(typed)) {
        // Both sides are UTF-8 bytes: instr() compares them as they are, where LIKE would
        // convert every row's text first.
        const QString code = codeColumn.isEmpty() ? QString() : CheckInCode::fromTyped(QString::fromUtf8(key));
        if (code.isEmpty()) {
            conditions.append(QStringLiteral("instr(attendee.search_text, ?) > 0"));
            values.append(key);
        } else {
            conditions.append(QStringLiteral("(instr(attendee.search_text, ?) > 0 OR %1 = ?)").arg(codeColumn));
            values << key << code;
        }
    }
}

} // namespace sd
