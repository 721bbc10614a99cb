#include "core/csv/CsvReader.h"

#include <algorithm>
#include <cstring>

#include <QIODevice>

namespace sd {

CsvReader::CsvReader(QIODevice& device, CsvEncoding::Kind encoding, QChar delimiter)
    : m_device(device)
    , m_encoding(encoding)
    , m_delimiter(delimiter)
    , m_decoder(CsvEncoding::decoder(encoding))
{
}

CsvReader::~CsvReader() = default;

Error CsvReader::errorAt(qint64 line, const QString& message)
{
    m_errorLine = line;
    return fail(tr("Line %1: %2").arg(line).arg(message));
}

qint64 CsvReader::lineOfByte(const QByteArray& bytes, qsizetype index) const
{
    return m_line + bytes.left(index).count('\n');
}

qint64 CsvReader::lineOfUndecodable(const QByteArray& bytes) const
{
    // Decode again line by line with a fresh decoder: the first line that fails is the one.
    qint64 line = m_line;
    qsizetype start = 0;
    QStringDecoder decoder = CsvEncoding::decoder(m_encoding);
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        end = end < 0 ? bytes.size() : end + 1;
        // DecodedData converts (and so finds errors) only when it becomes a QString.
        [[maybe_unused]] const QString text = decoder.decode(QByteArrayView(bytes.constData() + start, end - start));
        if (decoder.hasError())
            return line;
        ++line;
        start = end;
    }
    return m_line;
}

Result<bool> CsvReader::fill()
{
    if (m_atEnd)
        return false;
    QByteArray bytes = m_device.read(chunkBytes);
    if (!m_started) {
        m_started = true;
        if (m_encoding != CsvEncoding::Kind::ShiftJis && bytes.startsWith(CsvEncoding::utf8Bom()))
            bytes.remove(0, CsvEncoding::utf8Bom().size());
    }
    if (bytes.isEmpty() && m_device.atEnd()) {
        m_atEnd = true;
        // A character cut off at the very end of the file leaves the decoder waiting for more:
        // a newline either completes nothing or shows the error.
        if (!m_lastByte.isEmpty() && !m_lastByte.endsWith('\n'))
            bytes = QByteArrayLiteral("\n");
        else
            return false;
    }
    if (bytes.isEmpty() && !m_device.atEnd())
        return errorAt(m_line, tr("the file could not be read: %1").arg(m_device.errorString()));
    if (const void* nul = std::memchr(bytes.constData(), 0, size_t(bytes.size()))) {
        const qsizetype index = static_cast<const char*>(nul) - bytes.constData();
        return errorAt(lineOfByte(bytes, index),
                       tr("the file holds binary data (a NUL byte), not text: is it really a CSV file?"));
    }
    m_text = m_decoder.decode(bytes);
    if (m_decoder.hasError()) {
        return errorAt(lineOfUndecodable(bytes),
                       tr("the bytes are not valid %1 text; choose the file's encoding.")
                           .arg(CsvEncoding::displayName(m_encoding)));
    }
    m_lastByte = bytes.right(1);
    m_pos = 0;
    if (m_text.isEmpty())
        return fill();
    return true;
}

Result<bool> CsvReader::next(QStringList& fields)
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    fields.clear();
    QString field;
    State state = State::FieldStart;
    bool recordStarted = false;
    qsizetype recordCharacters = 0;
    const qsizetype limit = qMax<qint64>(m_recordLimit, m_records > 0 ? 100 * (m_recordCharacters / m_records) : 0);

    // Most fields are one stretch of the decoded chunk: made in one allocation of their size.
    const auto appendText = [&](const QChar* text, qsizetype length) {
        if (field.isNull())
            field = length > 0 ? QString(text, length) : QString();
        else
            field.append(text, length);
    };
    const auto finishField = [&]() {
        fields.append(std::move(field));
        field = QString();
    };
    const auto finishRecord = [&]() {
        finishField();
        ++m_records;
        m_recordCharacters += recordCharacters;
    };
    const auto countLine = [&](QChar c) {
        if (c == QLatin1Char('\n')) {
            if (!m_lastWasCr)
                ++m_line;
            m_lastWasCr = false;
        } else if (c == QLatin1Char('\r')) {
            ++m_line;
            m_lastWasCr = true;
        } else {
            m_lastWasCr = false;
        }
    };
    const QChar quote(QLatin1Char('"'));
    const QChar cr(QLatin1Char('\r'));
    const QChar lf(QLatin1Char('\n'));

    for (;;) {
        if (m_pos >= m_text.size()) {
            Result<bool> more = fill();
            if (!more)
                return fail(more.error());
            if (!*more) {
                if (state == State::Quoted)
                    return errorAt(m_recordLine, tr("a quoted field is never closed (its closing \" is missing)."));
                if (!recordStarted)
                    return false;
                finishRecord();
                return true;
            }
        }
        const QChar* data = m_text.constData();
        const qsizetype size = m_text.size();
        if (recordCharacters > limit) {
            return errorAt(m_recordLine,
                           tr("the row is far longer than the others (more than %1 characters): "
                              "a quote left open, or not a CSV file.")
                               .arg(limit));
        }
        switch (state) {
        case State::FieldStart: {
            const QChar c = data[m_pos];
            if (!recordStarted) {
                if (c == cr || c == lf) {
                    // A blank line, or the LF of the CRLF that ended the previous record.
                    countLine(c);
                    ++m_pos;
                    continue;
                }
                recordStarted = true;
                m_recordLine = m_line;
                m_lastWasCr = false;
            }
            if (c == quote) {
                state = State::Quoted;
                ++m_pos;
                ++recordCharacters;
            } else {
                state = State::Unquoted;
            }
            break;
        }
        case State::Unquoted: {
            const qsizetype start = m_pos;
            while (m_pos < size && data[m_pos] != m_delimiter && data[m_pos] != cr && data[m_pos] != lf)
                ++m_pos;
            appendText(data + start, m_pos - start);
            recordCharacters += m_pos - start;
            if (m_pos == size)
                break;
            const QChar c = data[m_pos++];
            ++recordCharacters;
            if (c == m_delimiter || m_pos - 1 > start)
                m_lastWasCr = false;
            if (c == m_delimiter) {
                finishField();
                state = State::FieldStart;
                break;
            }
            countLine(c);
            finishRecord();
            return true;
        }
        case State::Quoted: {
            const qsizetype start = m_pos;
            while (m_pos < size && data[m_pos] != quote) {
                countLine(data[m_pos]);
                ++m_pos;
            }
            appendText(data + start, m_pos - start);
            recordCharacters += m_pos - start;
            if (m_pos < size) {
                ++m_pos;
                ++recordCharacters;
                m_lastWasCr = false;
                state = State::QuoteInQuoted;
            }
            break;
        }
        case State::QuoteInQuoted: {
            const QChar c = data[m_pos];
            if (c == quote) {
                field.append(quote);
                ++m_pos;
                ++recordCharacters;
                state = State::Quoted;
            } else if (c == m_delimiter) {
                ++m_pos;
                finishField();
                state = State::FieldStart;
            } else if (c == cr || c == lf) {
                ++m_pos;
                countLine(c);
                finishRecord();
                return true;
            } else {
                // Text after a closing quote ("a"b): spreadsheets keep it, and so do we.
                state = State::Unquoted;
            }
            break;
        }
        }
    }
}

QChar CsvReader::detectDelimiter(const QString& sample)
{
    const QList<QChar> candidates {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    QList<QList<int>> counts(candidates.size());
    QList<int> current(candidates.size(), 0);
    bool inQuotes = false;
    int lines = 0;
    for (const QChar c : sample) {
        if (c == QLatin1Char('"')) {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (current != QList<int>(candidates.size(), 0)) {
                for (qsizetype i = 0; i < candidates.size(); ++i)
                    counts[i].append(current[i]);
                current.fill(0);
                if (++lines >= 50)
                    break;
            }
        } else if (!inQuotes) {
            const qsizetype index = candidates.indexOf(c);
            if (index >= 0)
                ++current[index];
        }
    }
    if (current != QList<int>(candidates.size(), 0)) {
        for (qsizetype i = 0; i < candidates.size(); ++i)
            counts[i].append(current[i]);
    }
    // The best delimiter appears on the first line and as often on most other lines.
    qsizetype best = 0;
    int bestScore = -1;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (counts[i].isEmpty() || counts[i].first() == 0)
            continue;
        const int expected = counts[i].first();
        const int score = int(std::count(counts[i].cbegin(), counts[i].cend(), expected)) * 1000 + expected;
        if (score > bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return candidates.at(best);
}

QString CsvReader::delimiterKey(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case ';':
        return QStringLiteral("semicolon");
    case '\t':
        return QStringLiteral("tab");
    default:
        return QStringLiteral("comma");
    }
}

std::optional<QChar> CsvReader::delimiterFromKey(const QString& key)
{
    const QString folded = key.trimmed().toLower();
    if (folded == QLatin1String("comma") || folded == QLatin1String(","))
        return QLatin1Char(',');
    if (folded == QLatin1String("semicolon") || folded == QLatin1String(";"))
        return QLatin1Char(';');
    if (folded == QLatin1String("tab") || folded == QLatin1String("\t"))
        return QLatin1Char('\t');
    return std::nullopt;
}

} // namespace sd
