#pragma once

#include <QList>
#include <QStringList>

class QTextStream;

namespace sd {

// A plain-text table for the terminal, its columns lined up by display width (a kanji or a
// full-width character takes two cells).
class TextTable
{
public:
    explicit TextTable(QStringList headers);
    void addRow(QStringList cells);
    void print(QTextStream& out) const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace sd
