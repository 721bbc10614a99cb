#include "core/models/ContactListModel.h"

#include "core/records/PhoneNumber.h"
#include "core/records/SearchText.h"
#include "core/settings/Translations.h"

namespace sd {

ContactListModel::ContactListModel(const Database& database, QObject* parent)
    : PagedSqlModel(database, parent)
{
    const QString byReading = QStringLiteral("contact.sort_key, contact.id");
    setSource(QStringLiteral("contact.id"), QStringLiteral("FROM contact"),
              {
                  {QT_TR_NOOP("Name"), QStringLiteral("contact.name"), byReading},
                  {QT_TR_NOOP("Reading"), QStringLiteral("contact.reading"), byReading},
                  {QT_TR_NOOP("Organisation"), QStringLiteral("contact.organisation"),
                   QStringLiteral("contact.organisation")},
                  {QT_TR_NOOP("Job title"), QStringLiteral("contact.role"), QStringLiteral("contact.role")},
                  {QT_TR_NOOP("Tel"), QStringLiteral("contact.tel"), QStringLiteral("contact.tel")},
                  {QT_TR_NOOP("E-mail"), QStringLiteral("contact.email"), QStringLiteral("contact.email")},
              },
              byReading);
    reload();
}

void ContactListModel::setSearchText(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        setFilter({}, {});
        return;
    }
    // The contact book is small: a plain LIKE over its fields is quick enough.
    const QString pattern = SearchText::likePattern(text.trimmed());
    setFilter(QStringLiteral("(contact.name LIKE ? ESCAPE '\\' OR contact.reading LIKE ? ESCAPE '\\' OR "
                             "contact.organisation LIKE ? ESCAPE '\\' OR contact.email LIKE ? ESCAPE '\\')"),
              {pattern, pattern, pattern, pattern});
}

QVariant ContactListModel::displayValue(int column, const QVariant& stored) const
{
    if (column == TelColumn)
        return PhoneNumber::display(stored.toString(), Translations::current());
    return stored;
}

} // namespace sd
