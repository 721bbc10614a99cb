#pragma once

#include <optional>
#include <string>
#include <vector>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sd {

// Reads the XML of a workbook's large parts (its sheets and its shared texts) as it streams in.
// QXmlStreamReader (Qt 6.4) reads a 100,000-row sheet at about 12 MB/s, three times as long as
// the whole import of the same rows from CSV; this scanner finds the next '<' with memchr and
// decodes only the text its caller asks for. It reads what these parts hold: UTF-8, elements
// with attributes, text with character references, CDATA, comments and processing
// instructions; a document type declaration (which no workbook has, and which XML bombs use) is
// refused. Every element must end where it should, as in any well-formed XML. Names are given
// without their namespace prefix ("x:row" reads as "row"), as QXmlStreamReader's name() gives them.
class SheetXmlScanner
{
    Q_DECLARE_TR_FUNCTIONS(SheetXmlScanner)

public:
    enum class Token { StartElement, EndElement, Characters, NeedMoreData, EndDocument, Invalid };

    // Appends the next part of the document. The names, attributes and text of the last token
    // stay valid until then.
    void addData(QByteArrayView chunk);
    Token readNext();

    // The element's local name (StartElement, EndElement).
    QByteArrayView name() const { return m_name; }
    // The value of the start tag's attribute named NAME (local name), decoded; empty if absent.
    QByteArray attribute(QByteArrayView name) const;
    // The text of Characters, decoded.
    QString text() const;

    // After Invalid: what is wrong, and on which line of the document.
    QString errorString() const { return m_error; }
    qint64 lineNumber() const;

private:
    struct Attribute
    {
        QByteArrayView name; // local
        QByteArrayView value;
    };

    // Each reads one token at BEGIN; none when it was skipped (a comment, a processing
    // instruction, white space outside the document's element).
    std::optional<Token> readMarkup(const char* begin, const char* end);
    std::optional<Token> readStartTag(const char* begin, const char* end);
    std::optional<Token> readEndTag(const char* begin, const char* end);
    std::optional<Token> readText(const char* begin, const char* end);
    std::optional<Token> readCharacterData(const char* begin, const char* end);
    std::optional<Token> skipPast(const char* begin, const char* end, QByteArrayView terminator);
    Token refuse(const QString& message);
    Token refuseAt(const char* where, const QString& message);
    void consume(const char* upTo);

    QByteArray m_buffer;
    qsizetype m_position = 0;
    qint64 m_line = 1; // the line the buffer starts on
    std::vector<std::string> m_open; // the qualified names of the elements not yet ended (short: no allocation)
    bool m_started = false;
    bool m_endPending = false; // a self-closing tag's end comes next
    QByteArrayView m_name;
    std::vector<Attribute> m_attributes;
    QByteArrayView m_text;
    bool m_textIsRaw = false; // CDATA: no references to decode
    QString m_error;
};

} // namespace sd
