#include "core/records/ValueNames.h"

#include <QCoreApplication>

#include "core/records/SearchText.h"
#include "core/settings/Translations.h"

namespace sd {

ValueNames::ValueNames(const char* context, QList<Value> values)
    : m_context(context)
    , m_values(std::move(values))
{
    for (const Value& value : m_values) {
        const QString key = QLatin1String(value.key);
        for (const QString& text :
             {key, QString::fromUtf8(value.name), Translations::text(QStringLiteral("ja"), m_context, value.name)})
            m_keysByText.insert(SearchText::fold(text), key);
    }
}

QStringList ValueNames::keys() const
{
    QStringList keys;
    for (const Value& value : m_values)
        keys.append(QLatin1String(value.key));
    return keys;
}

QString ValueNames::name(const QString& key) const
{
    for (const Value& value : m_values) {
        if (key == QLatin1String(value.key))
            return QCoreApplication::translate(m_context, value.name);
    }
    return key;
}

QString ValueNames::name(const QString& key, const QString& language) const
{
    for (const Value& value : m_values) {
        if (key == QLatin1String(value.key))
            return Translations::text(language, m_context, value.name);
    }
    return key;
}

std::optional<QString> ValueNames::keyOf(const QString& text) const
{
    const auto found = m_keysByText.constFind(SearchText::fold(text));
    if (found == m_keysByText.cend())
        return std::nullopt;
    return *found;
}

} // namespace sd
