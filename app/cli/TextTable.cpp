#include "cli/TextTable.h"

#include <QTextStream>

#include "core/records/DisplayWidth.h"

namespace sd {

namespace {

constexpr int maximumCellWidth = 40;

// Cuts TEXT to WIDTH cells, marking the cut with an ellipsis; one line only.
QString fitted(const QString& text, int width)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    if (displayWidth(line) <= width)
        return line;
    QString cut;
    int used = 0;
    for (uint codePoint : line.toUcs4()) {
        const int cell = isWideCharacter(codePoint) ? 2 : 1;
        if (used + cell > width - 1)
            break;
        cut += QString::fromUcs4(reinterpret_cast<const char32_t*>(&codePoint), 1);
        used += cell;
    }
    return cut + QChar(0x2026);
}

} // namespace

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
{
}

void TextTable::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
}

void TextTable::print(QTextStream& out) const
{
    QList<int> widths;
    for (const QString& header : m_headers)
        widths.append(displayWidth(header));
    for (const QStringList& row : m_rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMin(maximumCellWidth, qMax(widths[i], displayWidth(row.at(i))));
    }
    auto printRow = [&](const QStringList& cells) {
        QString line;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = fitted(cells.value(i), widths.at(i));
            line += cell + QString(widths.at(i) - displayWidth(cell) + 2, QLatin1Char(' '));
        }
        out << line.trimmed() << '\n';
    };
    printRow(m_headers);
    QStringList rules;
    for (int width : widths)
        rules.append(QString(width, QLatin1Char('-')));
    printRow(rules);
    for (const QStringList& row : m_rows)
        printRow(row);
    out.flush();
}

} // namespace sd
