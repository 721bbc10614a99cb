#include "core/csv/CsvReader.h"

#include <algorithm>
#include <cstring>
#include <utility>

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

namespace {

char16_t codeOf(char c)
{
    return static_cast<unsigned char>(c);
}

char16_t codeOf(QChar c)
{
    return c.unicode();
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

} // namespace

template <typename Char> qint64 CsvReader::lineAt(const Char* chunk, qsizetype index) const
{
    // CR, LF and CRLF each end one line, as next() counts them.
    qint64 line = m_line;
    bool afterCr = m_lastWasCr;
    for (qsizetype i = 0; i < index; ++i) {
        const char16_t c = codeOf(chunk[i]);
        if (c == u'\n' && !afterCr)
            ++line;
        else if (c == u'\r')
            ++line;
        afterCr = c == u'\r';
    }
    return line;
}

qint64 CsvReader::lineOfUndecodable(const QByteArray& bytes) const
{
    // Decode again line by line with a fresh decoder: the first line that fails is the one. The
    // chunk starts at a character boundary, and CR and LF are never part of another character.
    const int unit = CsvEncoding::unitBytes(m_encoding);
    const int low = m_encoding == CsvEncoding::Kind::Utf16Be ? 1 : 0;
    const auto lineEndAt = [&](qsizetype i) -> char16_t {
        const char16_t c = codeOf(bytes.at(i + low));
        const bool wholeUnit = unit == 1 || bytes.at(i + 1 - low) == 0;
        return wholeUnit && (c == u'\r' || c == u'\n') ? c : 0;
    };
    const auto decodes = [&](qsizetype start, qsizetype end) {
        QStringDecoder decoder = CsvEncoding::decoder(m_encoding);
        // DecodedData converts (and so finds errors) only when it becomes a QString.
        [[maybe_unused]] const QString text = decoder.decode(QByteArrayView(bytes.constData() + start, end - start));
        return !decoder.hasError();
    };
    qint64 line = m_line;
    bool afterCr = m_lastWasCr;
    qsizetype start = 0;
    for (qsizetype i = 0; i + unit <= bytes.size(); i += unit) {
        const char16_t end = lineEndAt(i);
        if (!end)
            continue;
        // The line end goes with its line: a character it cuts short is an error on that line.
        if (!decodes(start, i + unit))
            return line;
        if (i > start)
            afterCr = false;
        if (end == u'\r' || !afterCr)
            ++line;
        afterCr = end == u'\r';
        start = i + unit;
    }
    return line;
}

qsizetype CsvReader::firstUnlikelyInJapanese(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x3000)
            continue;
        if (u >= 0xE000 && u <= 0xF8FF) // private use: CP932's user-defined area
            return i;
        // A kanji or half-width katakana alone between Latin letters: "N伹ero" is "Número".
        const bool ideograph = (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
        const bool halfWidthKana = u >= 0xFF61 && u <= 0xFF9F;
        if ((ideograph || halfWidthKana) && i > 0 && i + 1 < text.size() && isAsciiLetter(text.at(i - 1))
            && isAsciiLetter(text.at(i + 1)))
            return i;
    }
    return -1;
}

Result<bool> CsvReader::readInto(QByteArray& bytes)
{
    const qsizetype start = bytes.size();
    bytes.resize(start + chunkBytes);
    qint64 read = m_device.read(bytes.data() + start, chunkBytes);
    // A pipe or socket may have nothing yet without being at its end (a file's read waits itself).
    while (read == 0 && m_device.waitForReadyRead(-1))
        read = m_device.read(bytes.data() + start, chunkBytes);
    bytes.truncate(start + qMax<qint64>(read, 0));
    if (read < 0)
        return errorAt(m_line, tr("the file could not be read: %1").arg(m_device.errorString()));
    return read > 0;
}

Status CsvReader::decode(const QByteArray& bytes)
{
    const bool wide = CsvEncoding::unitBytes(m_encoding) == 2;
    const QString binary = tr("the file holds binary data (a NUL byte), not text: is it really a CSV file?");
    if (!wide) {
        if (const void* nul = std::memchr(bytes.constData(), 0, size_t(bytes.size())))
            return errorAt(lineAt(bytes.constData(), static_cast<const char*>(nul) - bytes.constData()), binary);
    }
    m_text = m_decoder.decode(bytes);
    const bool guessedShiftJis = m_encodingGuessed && m_encoding == CsvEncoding::Kind::ShiftJis;
    if (m_decoder.hasError()) {
        const QString encoding = CsvEncoding::displayName(m_encoding);
        if (!guessedShiftJis)
            return errorAt(lineOfUndecodable(bytes),
                           tr("the bytes are not valid %1 text; choose the file's encoding.").arg(encoding));
        m_suggestedEncoding = CsvEncoding::Kind::Windows1252;
        return errorAt(lineOfUndecodable(bytes),
                       tr("the bytes are not valid %1 text. Is the file Western European "
                          "(windows-1252)? Choose the file's encoding.")
                           .arg(encoding));
    }
    if (wide) {
        if (const qsizetype nul = m_text.indexOf(QChar(0)); nul >= 0)
            return errorAt(lineAt(m_text.constData(), nul), binary);
    }
    if (guessedShiftJis) {
        if (const qsizetype at = firstUnlikelyInJapanese(m_text); at >= 0) {
            // Show the word it is in, as the user will find it in the file.
            qsizetype from = at;
            qsizetype to = at + 1;
            const auto inWord = [this](QChar c) {
                return !c.isSpace() && c != m_delimiter && c != QLatin1Char('"');
            };
            while (from > 0 && at - from < 20 && inWord(m_text.at(from - 1)))
                --from;
            while (to < m_text.size() && to - at < 20 && inWord(m_text.at(to)))
                ++to;
            m_suggestedEncoding = CsvEncoding::Kind::Windows1252;
            return errorAt(lineAt(m_text.constData(), at),
                           tr("“%1” is not Japanese text: the file seems to be Western European (windows-1252), "
                              "not Shift_JIS. Choose the encoding windows-1252, or shift_jis if the file really is "
                              "Japanese.")
                               .arg(m_text.mid(from, to - from)));
        }
    }
    return {};
}

Result<bool> CsvReader::fill()
{
    for (;;) {
        if (m_atEnd)
            return false;
        QByteArray bytes = std::exchange(m_carry, QByteArray());
        Result<bool> more = readInto(bytes);
        if (!m_started && more) {
            // A pipe's first read may end inside the byte order mark: read on until it is whole.
            const QByteArray bom = CsvEncoding::bom(m_encoding);
            while (more && *more && bytes.size() < bom.size() && bom.startsWith(bytes))
                more = readInto(bytes);
            m_started = true;
            if (m_encoding != CsvEncoding::Kind::ShiftJis && !bom.isEmpty() && bytes.startsWith(bom))
                bytes.remove(0, bom.size());
        }
        if (!more)
            return fail(more.error());
        m_atEnd = !*more;
        const qsizetype whole = CsvEncoding::wholeCharacterBytes(m_encoding, bytes);
        m_carry = bytes.mid(whole);
        bytes.truncate(whole);
        if (!bytes.isEmpty()) {
            if (Status decoded = decode(bytes); !decoded)
                return fail(decoded.error());
        }
        if (m_atEnd && !m_carry.isEmpty()) {
            return errorAt(bytes.isEmpty() ? m_line : lineAt(m_text.constData(), m_text.size()),
                           tr("the file ends in the middle of a character: the bytes are not valid %1 text; "
                              "choose the file's encoding.")
                               .arg(CsvEncoding::displayName(m_encoding)));
        }
        if (!bytes.isEmpty() && !m_text.isEmpty()) {
            m_pos = 0;
            return true;
        }
    }
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
                // "a"b: a quote neither doubled nor closing the field. Taking it as text would lose
                // it or take the rest of the line into the field: the file needs correcting.
                return errorAt(m_line,
                               tr("a quote inside a quoted field must be doubled (\"\") or end the "
                                  "field; here it is followed by “%1”.")
                                   .arg(c));
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
