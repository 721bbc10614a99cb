#include "CsvWriter.h"

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

void CsvWriter::appendField(const QString& field, QString& out) const
{
    if (m_formulaGuard && looksLikeFormula(field))
        appendQuoted(guarded(field), out);
    else
        appendQuoted(field, out);
}

void CsvWriter::appendQuoted(const QString& text, QString& out) const
{
    bool needsQuotes = false;
    for (const QChar c : text) {
        if (c == m_delimiter || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            needsQuotes = true;
            break;
        }
    }
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
