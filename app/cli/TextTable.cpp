#include "cli/TextTable.h"

#include <QTextStream>

namespace sd {

namespace {

constexpr int maximumCellWidth = 40;

bool isWide(uint codePoint)
{
    return (codePoint >= 0x1100 && codePoint <= 0x115F) || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
        || (codePoint >= 0xAC00 && codePoint <= 0xD7A3) || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
        || (codePoint >= 0xFE30 && codePoint <= 0xFE4F) || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
        || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6) || (codePoint >= 0x1F300 && codePoint <= 0x1FAFF)
        || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
}

// Cuts TEXT to WIDTH cells, marking the cut with an ellipsis; one line only.
QString fitted(const QString& text, int width)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    if (TextTable::displayWidth(line) <= width)
        return line;
    QString cut;
    int used = 0;
    for (uint codePoint : line.toUcs4()) {
        const int cell = isWide(codePoint) ? 2 : 1;
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

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (uint codePoint : text.toUcs4())
        width += isWide(codePoint) ? 2 : 1;
    return width;
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
