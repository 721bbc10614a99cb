#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace sd {

// One record's fields in a fixed order, written as compact JSON by hand: listing 100,000 rows
// through QJsonObject costs more than reading them from the database.
// Values: QString, qint64/int, double, bool, an invalid QVariant (null), QStringList (an array of strings),
// a JsonRecord (an object) or a QVariantList of any of these (an array).
class JsonRecord
{
public:
    JsonRecord& add(const QString& key, const QVariant& value);
    QVariant value(const QString& key) const;
    const QList<QPair<QString, QVariant>>& fields() const { return m_fields; }
    // Appends the record as one JSON object to OUT.
    void writeTo(QString& out) const;
    QString toJson() const;

    static void writeString(QString& out, const QString& text);

private:
    QList<QPair<QString, QVariant>> m_fields;
};

} // namespace sd

Q_DECLARE_METATYPE(sd::JsonRecord)
