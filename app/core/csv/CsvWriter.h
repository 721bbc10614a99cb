// Writes CSV records as RFC 4180 says: quoted when needed, quotes doubled, each record ending in CRLF.
#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

namespace sd {

class CsvWriter
{
public:
    explicit CsvWriter(QChar delimiter = QLatin1Char(','), bool formulaGuard = true);

    // Appends one record with FIELDS to OUT.
    void appendRecord(const QStringList& fields, QString& out) const;
    // FIELD as it goes into a record: guarded, then quoted if it must be.
    QString cell(const QString& field) const;

    // A spreadsheet runs a cell starting with = + - @ tab or CR as a formula (OWASP "CSV
    // injection"); a leading single quote makes it text.
    static QString guarded(const QString& field);
    // What a guarded field held: an import takes its quote off again, or an exported phone number
    // (+81-…) or a note (-2 hours late) would come back with a quote in front.
    static QString unguarded(const QString& field);
    static bool looksLikeFormula(const QString& field);

    QChar delimiter() const { return m_delimiter; }
    bool formulaGuard() const { return m_formulaGuard; }

private:
    void appendField(const QString& field, QString& out) const;
    // TEXT in quotes, its quotes doubled, when it holds the delimiter, a quote, CR or LF.
    void appendQuoted(const QString& text, QString& out) const;

    QChar m_delimiter;
    bool m_formulaGuard;
};

} // namespace sd
