#include "core/records/Country.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include "core/records/SearchText.h"

namespace sd {

namespace {

struct Entry
{
    QString code;
    QString english;
    QString japanese;
};

// The table, read once from the resources.
struct Table
{
    QList<Entry> entries;
    QHash<QString, int> byFoldedName; // every name and alias, folded -> entry
    QHash<QString, int> byCode; // "JP" -> entry

    Table()
    {
        QFile file(QStringLiteral(":/countries.json"));
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT(opened);
        Q_UNUSED(opened);
        const QJsonArray countries = QJsonDocument::fromJson(file.readAll())[QLatin1String("countries")].toArray();
        for (const QJsonValue& value : countries) {
            const QJsonObject object = value.toObject();
            const int index = int(entries.size());
            entries.append({object[QLatin1String("code")].toString(), object[QLatin1String("en")].toString(),
                            object[QLatin1String("ja")].toString()});
            const Entry& entry = entries.constLast();
            byCode.insert(entry.code, index);
            QStringList names {entry.english, entry.japanese};
            for (const QJsonValue& alias : object[QLatin1String("aliases")].toArray())
                names.append(alias.toString());
            for (const QString& name : names)
                byFoldedName.insert(SearchText::fold(name), index);
        }
    }

    const Entry* find(const QString& text) const
    {
        if (text.isEmpty())
            return nullptr;
        auto found = byFoldedName.constFind(SearchText::fold(text));
        if (found == byFoldedName.cend()) {
            // A code only in capitals: "IN" or "NO" in lower case is more likely a word.
            found = byCode.constFind(text.trimmed());
            if (found == byCode.cend())
                return nullptr;
        }
        return &entries.at(*found);
    }
};

const Table& table()
{
    static const Table countries;
    return countries;
}

} // namespace

QString Country::stored(const QString& typed)
{
    const Entry* entry = table().find(typed);
    return entry ? entry->english : typed.trimmed();
}

QString Country::name(const QString& stored, const QString& language)
{
    const Entry* entry = table().find(stored);
    if (!entry)
        return stored;
    return language == QLatin1String("ja") ? entry->japanese : entry->english;
}

QString Country::code(const QString& stored)
{
    const Entry* entry = table().find(stored);
    return entry ? entry->code : QString();
}

QStringList Country::names(const QString& language)
{
    QStringList names;
    for (const Entry& entry : table().entries)
        names.append(language == QLatin1String("ja") ? entry.japanese : entry.english);
    return names;
}

} // namespace sd
