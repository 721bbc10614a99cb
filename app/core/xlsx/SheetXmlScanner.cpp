#include "core/xlsx/SheetXmlScanner.h"

#include <algorithm>
#include <cstring>

namespace sd {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

const char* skipSpace(const char* p, const char* end)
{
    while (p < end && isSpace(*p))
        ++p;
    return p;
}

QByteArrayView trimmed(QByteArrayView text)
{
    const char* begin = skipSpace(text.data(), text.data() + text.size());
    const char* end = text.data() + text.size();
    while (end > begin && isSpace(end[-1]))
        --end;
    return QByteArrayView(begin, end - begin);
}

// Names are short; the hot path of the scanner avoids QByteArrayView's general searches.
const char* findChar(const char* begin, const char* end, char c)
{
    return static_cast<const char*>(std::memchr(begin, c, end - begin));
}

QByteArrayView localName(QByteArrayView qualified)
{
    for (qsizetype i = qualified.size() - 1; i >= 0; --i) {
        if (qualified[i] == ':')
            return qualified.sliced(i + 1);
    }
    return qualified;
}

qint64 countLines(const char* begin, const char* end)
{
    qint64 lines = 0;
    for (const char* p = findChar(begin, end, '\n'); p; p = findChar(p + 1, end, '\n'))
        ++lines;
    return lines;
}

const char* find(const char* begin, const char* end, QByteArrayView what)
{
    const char* found = std::search(begin, end, what.begin(), what.end());
    return found == end ? nullptr : found;
}

// The code point of a character reference's body ("#20013", "#x4E2D", "amp"), or -1.
char32_t referencedCharacter(QByteArrayView body)
{
    if (body == "lt")
        return '<';
    if (body == "gt")
        return '>';
    if (body == "amp")
        return '&';
    if (body == "quot")
        return '"';
    if (body == "apos")
        return '\'';
    if (body.size() < 2 || body.front() != '#')
        return char32_t(-1);
    bool ok = false;
    const uint code = body.at(1) == 'x' ? body.sliced(2).toUInt(&ok, 16) : body.sliced(1).toUInt(&ok, 10);
    const bool character = ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF);
    return character ? char32_t(code) : char32_t(-1);
}

// The offset of the first '&' in TEXT that starts no reference to a character, or -1.
qsizetype badReference(QByteArrayView text)
{
    const char* end = text.data() + text.size();
    for (const char* amp = findChar(text.data(), end, '&'); amp; amp = findChar(amp + 1, end, '&')) {
        const char* semicolon = findChar(amp, end, ';');
        if (!semicolon || referencedCharacter(QByteArrayView(amp + 1, semicolon - amp - 1)) == char32_t(-1))
            return amp - text.data();
    }
    return -1;
}

// TEXT with its character references replaced by their characters, as UTF-8.
QByteArray decodeReferences(QByteArrayView text)
{
    QByteArray decoded;
    decoded.reserve(text.size());
    qsizetype last = 0;
    for (qsizetype amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', last)) {
        const qsizetype semicolon = text.indexOf(';', amp);
        decoded += text.sliced(last, amp - last);
        const char32_t code = referencedCharacter(text.sliced(amp + 1, semicolon - amp - 1));
        decoded += QString::fromUcs4(&code, 1).toUtf8();
        last = semicolon + 1;
    }
    decoded += text.sliced(last);
    return decoded;
}

// The offset of the first byte of TEXT that is not well-formed UTF-8 (a stray continuation
// byte, an overlong or surrogate form), or -1.
qsizetype badUtf8(QByteArrayView text)
{
    const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
    const auto* p = begin;
    const auto* end = p + text.size();
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        int more = 0;
        char32_t code = 0;
        if ((*p & 0xE0) == 0xC0) {
            more = 1;
            code = *p & 0x1F;
        } else if ((*p & 0xF0) == 0xE0) {
            more = 2;
            code = *p & 0x0F;
        } else if ((*p & 0xF8) == 0xF0) {
            more = 3;
            code = *p & 0x07;
        } else {
            return p - begin;
        }
        if (end - p <= more)
            return p - begin;
        for (int i = 1; i <= more; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return p - begin;
            code = (code << 6) | (p[i] & 0x3F);
        }
        static constexpr char32_t smallest[] = {0, 0x80, 0x800, 0x10000};
        if (code < smallest[more] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return p - begin;
        p += more + 1;
    }
    return -1;
}

} // namespace

void SheetXmlScanner::addData(QByteArrayView chunk)
{
    // What was read is dropped; an unfinished token at the end waits for the rest.
    m_line += countLines(m_buffer.constData(), m_buffer.constData() + m_position);
    m_buffer.remove(0, m_position);
    m_position = 0;
    m_buffer.append(chunk);
}

SheetXmlScanner::Token SheetXmlScanner::readNext()
{
    if (!m_error.isEmpty())
        return Token::Invalid;
    if (m_endPending) {
        m_endPending = false;
        return Token::EndElement;
    }
    if (m_started && m_open.empty())
        return Token::EndDocument;
    for (;;) {
        const char* begin = m_buffer.constData() + m_position;
        const char* end = m_buffer.constData() + m_buffer.size();
        if (begin == end)
            return Token::NeedMoreData;
        const std::optional<Token> token = *begin == '<' ? readMarkup(begin, end) : readText(begin, end);
        if (token)
            return *token;
    }
}

qint64 SheetXmlScanner::lineNumber() const
{
    return m_line + countLines(m_buffer.constData(), m_buffer.constData() + m_position);
}

QByteArray SheetXmlScanner::attribute(QByteArrayView name) const
{
    for (const Attribute& attribute : m_attributes) {
        if (attribute.name == name) {
            if (findChar(attribute.value.begin(), attribute.value.end(), '&'))
                return decodeReferences(attribute.value);
            return QByteArray::fromRawData(attribute.value.data(), attribute.value.size());
        }
    }
    return {};
}

QString SheetXmlScanner::text() const
{
    if (m_textIsRaw || !findChar(m_text.data(), m_text.data() + m_text.size(), '&'))
        return QString::fromUtf8(m_text);
    return QString::fromUtf8(decodeReferences(m_text));
}

std::optional<SheetXmlScanner::Token> SheetXmlScanner::readMarkup(const char* begin, const char* end)
{
    const QByteArrayView rest(begin, end - begin);
    if (rest.size() < 2)
        return Token::NeedMoreData;
    if (rest.at(1) == '?')
        return skipPast(begin, end, "?>");
    if (rest.at(1) == '!') {
        if (rest.size() < 9)
            return Token::NeedMoreData; // too little to tell a comment from CDATA
        if (rest.startsWith("<!--"))
            return skipPast(begin, end, "-->");
        if (rest.startsWith("<![CDATA["))
            return readCharacterData(begin, end);
        return refuse(tr("it declares a document type, which no workbook does"));
    }
    return rest.at(1) == '/' ? readEndTag(begin, end) : readStartTag(begin, end);
}

// Reads the tag in one pass, each attribute's value found by its closing quote (a '>' in a
// value does not end the tag); nothing changes until the whole tag has arrived.
std::optional<SheetXmlScanner::Token> SheetXmlScanner::readStartTag(const char* begin, const char* end)
{
    const char* nameEnd = begin + 1;
    while (nameEnd < end && !isSpace(*nameEnd) && *nameEnd != '>' && *nameEnd != '/')
        ++nameEnd;
    if (nameEnd == end)
        return Token::NeedMoreData;
    const QByteArrayView qualified(begin + 1, nameEnd - begin - 1);
    if (qualified.isEmpty() || findChar(qualified.begin(), qualified.end(), '<'))
        return refuse(tr("a “<” is not followed by the name of an element"));
    if (m_started && m_open.empty())
        return refuse(tr("<%1> follows the end of the document").arg(QString::fromUtf8(qualified)));
    const auto malformed = [this, qualified] {
        return refuse(tr("the attributes of <%1> are malformed").arg(QString::fromUtf8(qualified)));
    };
    m_attributes.clear();
    const char* p = skipSpace(nameEnd, end);
    while (p < end && *p != '>' && *p != '/') {
        if (p != nameEnd && !isSpace(p[-1]))
            return malformed(); // attributes are apart
        const char* attributeName = p;
        while (p < end && *p != '=' && !isSpace(*p) && *p != '>' && *p != '/')
            ++p;
        const QByteArrayView name(attributeName, p - attributeName);
        p = skipSpace(p, end);
        if (p >= end)
            return Token::NeedMoreData;
        if (*p != '=' || name.isEmpty())
            return malformed();
        p = skipSpace(p + 1, end);
        if (p >= end)
            return Token::NeedMoreData;
        if (*p != '"' && *p != '\'')
            return malformed();
        const char* closing = findChar(p + 1, end, *p);
        if (!closing)
            return Token::NeedMoreData;
        const QByteArrayView value(p + 1, closing - p - 1);
        if (badReference(value) >= 0)
            return malformed();
        m_attributes.push_back({localName(name), value});
        p = skipSpace(closing + 1, end);
    }
    if (p >= end || (*p == '/' && p + 1 == end))
        return Token::NeedMoreData;
    const bool selfClosing = *p == '/';
    if (selfClosing && p[1] != '>')
        return malformed();
    m_name = localName(qualified);
    m_started = true;
    if (selfClosing)
        m_endPending = true;
    else
        m_open.emplace_back(qualified.data(), qualified.size());
    consume(selfClosing ? p + 2 : p + 1);
    return Token::StartElement;
}

std::optional<SheetXmlScanner::Token> SheetXmlScanner::readEndTag(const char* begin, const char* end)
{
    const char* close = findChar(begin + 2, end, '>');
    if (!close)
        return Token::NeedMoreData;
    const QByteArrayView qualified = trimmed(QByteArrayView(begin + 2, close - begin - 2));
    if (m_open.empty())
        return refuse(tr("</%1> ends an element that was never started").arg(QString::fromUtf8(qualified)));
    if (QByteArrayView(m_open.back().data(), m_open.back().size()) != qualified)
        return refuse(
            tr("</%1> ends <%2> too early").arg(QString::fromUtf8(qualified), QString::fromStdString(m_open.back())));
    m_name = localName(qualified);
    m_open.pop_back();
    consume(close + 1);
    return Token::EndElement;
}

std::optional<SheetXmlScanner::Token> SheetXmlScanner::readText(const char* begin, const char* end)
{
    const char* lessThan = findChar(begin, end, '<');
    if (!lessThan)
        return Token::NeedMoreData; // the text goes on in the next chunk
    const QByteArrayView text(begin, lessThan - begin);
    if (m_open.empty()) {
        if (!trimmed(text).isEmpty())
            return refuse(tr("text stands outside the document's element"));
        consume(lessThan);
        return std::nullopt;
    }
    if (const qsizetype bad = badUtf8(text); bad >= 0)
        return refuseAt(begin + bad, tr("its text is not in UTF-8"));
    if (const qsizetype bad = badReference(text); bad >= 0)
        return refuseAt(begin + bad, tr("an “&” starts no known character reference"));
    m_text = text;
    m_textIsRaw = false;
    consume(lessThan);
    return Token::Characters;
}

std::optional<SheetXmlScanner::Token> SheetXmlScanner::readCharacterData(const char* begin, const char* end)
{
    const char* contents = begin + 9; // after "<![CDATA["
    const char* close = find(contents, end, "]]>");
    if (!close)
        return Token::NeedMoreData;
    const QByteArrayView text(contents, close - contents);
    if (m_open.empty())
        return refuse(tr("text stands outside the document's element"));
    if (const qsizetype bad = badUtf8(text); bad >= 0)
        return refuseAt(contents + bad, tr("its text is not in UTF-8"));
    m_text = text;
    m_textIsRaw = true;
    consume(close + 3);
    return Token::Characters;
}

std::optional<SheetXmlScanner::Token> SheetXmlScanner::skipPast(const char* begin, const char* end,
                                                                QByteArrayView terminator)
{
    const char* found = find(begin + 2, end, terminator);
    if (!found)
        return Token::NeedMoreData;
    consume(found + terminator.size());
    return std::nullopt;
}

SheetXmlScanner::Token SheetXmlScanner::refuse(const QString& message)
{
    m_error = message;
    return Token::Invalid;
}

SheetXmlScanner::Token SheetXmlScanner::refuseAt(const char* where, const QString& message)
{
    consume(where); // the line is the bad byte's, not the line its text starts on
    return refuse(message);
}

void SheetXmlScanner::consume(const char* upTo)
{
    m_position = upTo - m_buffer.constData();
}

} // namespace sd
