#include "core/csv/CsvWriter.h"

#include <algorithm>

namespace sd {

CsvWriter::CsvWriter(QChar delimiter, bool formulaGuard)
    : m_delimiter(delimiter)
    , m_formulaGuard(formulaGuard)
{
}

bool CsvWriter::looksLikeFormula(const QString& field)
{
    if (field.isEmpty())
        return false;
    switch (field.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

QString CsvWriter::guarded(const QString& field)
{
    return looksLikeFormula(field) ? QLatin1Char('\'') + field : field;
}

QString CsvWriter::unguarded(const QString& field)
{
    const bool wasGuarded = field.startsWith(QLatin1Char('\'')) && looksLikeFormula(field.mid(1));
    return wasGuarded ? field.mid(1) : field;
}

void CsvWriter::appendField(const QString& field, QString& out) const
{
    if (m_formulaGuard && looksLikeFormula(field))
        appendQuoted(guarded(field), out);
    else
        appendQuoted(field, out);
}

void CsvWriter::appendQuoted(const QString& text, QString& out) const
{
    // Every character that calls for quotes is at or below the delimiter or '"' in code: one
    // comparison passes over nearly all the rest (exports look at every character of 100,000 rows).
    const char16_t delimiter = m_delimiter.unicode();
    const char16_t highest = qMax(delimiter, char16_t(u'"'));
    const char16_t* const begin = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* const end = begin + text.size();
    const bool needsQuotes = std::any_of(begin, end, [=](char16_t c) {
        return c <= highest && (c == delimiter || c == u'"' || c == u'\r' || c == u'\n');
    });
    if (!needsQuotes) {
        out.append(text);
        return;
    }
    out.append(QLatin1Char('"'));
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            out.append(QLatin1Char('"'));
        out.append(c);
    }
    out.append(QLatin1Char('"'));
}

QString CsvWriter::cell(const QString& field) const
{
    QString out;
    appendField(field, out);
    return out;
}

void CsvWriter::appendRecord(const QStringList& fields, QString& out) const
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(m_delimiter);
        appendField(fields.at(i), out);
    }
    out.append(QLatin1String("\r\n"));
}

} // namespace sd
