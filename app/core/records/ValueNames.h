// The words for a set of stored values (categories, statuses, languages): one place that the
// program's lists, its editors, the CSV export and the CSV import all read.
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

class ValueNames
{
public:
    struct Value
    {
        const char* key; // what is stored, and what JSON gives
        const char* name; // its name in English, marked with QT_TRANSLATE_NOOP(context, ...)
    };

    ValueNames(const char* context, QList<Value> values);

    QStringList keys() const;
    // KEY's name in the program's language; KEY itself when it is not one of the values.
    QString name(const QString& key) const;
    // KEY's name in LANGUAGE ("ja" or "en"), whatever language the program speaks.
    QString name(const QString& key, const QString& language) const;
    // The key that TEXT names: the key itself, or its name in English or Japanese, in any case or
    // width (一般参加者, Participant, participant, ＰＡＲＴＩＣＩＰＡＮＴ).
    std::optional<QString> keyOf(const QString& text) const;

private:
    const char* m_context;
    QList<Value> m_values;
    QHash<QString, QString> m_keysByText; // folded key and names -> key: imports look up every row
};

} // namespace sd
