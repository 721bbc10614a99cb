#include "cli/JsonRecord.h"

#include <QStringList>

namespace sd {

namespace {

void writeValue(QString& out, const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        out += QLatin1String("null");
        return;
    }
    if (value.typeId() == qMetaTypeId<JsonRecord>()) {
        value.value<JsonRecord>().writeTo(out);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
        out += QString::number(value.toLongLong());
        return;
    case QMetaType::Double:
        out += QString::number(value.toDouble(), 'g', 12);
        return;
    case QMetaType::QStringList: {
        out += QLatin1Char('[');
        const QStringList items = value.toStringList();
        for (int i = 0; i < items.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            JsonRecord::writeString(out, items.at(i));
        }
        out += QLatin1Char(']');
        return;
    }
    case QMetaType::QVariantList: {
        out += QLatin1Char('[');
        const QVariantList items = value.toList();
        for (int i = 0; i < items.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            writeValue(out, items.at(i));
        }
        out += QLatin1Char(']');
        return;
    }
    default:
        JsonRecord::writeString(out, value.toString());
    }
}

} // namespace

JsonRecord& JsonRecord::add(const QString& key, const QVariant& value)
{
    m_fields.append({key, value});
    return *this;
}

QVariant JsonRecord::value(const QString& key) const
{
    for (const auto& field : m_fields) {
        if (field.first == key)
            return field.second;
    }
    return {};
}

void JsonRecord::writeString(QString& out, const QString& text)
{
    out += QLatin1Char('"');
    for (QChar character : text) {
        const char16_t unit = character.unicode();
        switch (unit) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (unit < 0x20)
                out += QStringLiteral("\\u%1").arg(int(unit), 4, 16, QLatin1Char('0'));
            else
                out += character;
        }
    }
    out += QLatin1Char('"');
}

void JsonRecord::writeTo(QString& out) const
{
    out += QLatin1Char('{');
    for (int i = 0; i < m_fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        writeString(out, m_fields.at(i).first);
        out += QLatin1Char(':');
        writeValue(out, m_fields.at(i).second);
    }
    out += QLatin1Char('}');
}

QString JsonRecord::toJson() const
{
    QString out;
    writeTo(out);
    return out;
}

} // namespace sd
