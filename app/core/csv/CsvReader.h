// Reads CSV records from a file or a pipe one at a time (RFC 4180, and what spreadsheets really
// write): quoted fields may hold the delimiter, quotes, CR, LF and CRLF; a BOM and a missing final
// newline are fine. Malformed input (a stray quote, bytes invalid in the encoding, binary data) is
// refused with the line it is on, however the reads of the device happen to cut the text.
#pragma once

#include <optional>

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringConverter>
#include <QStringList>

#include "core/Result.h"
#include "core/csv/CsvEncoding.h"

class QIODevice;

namespace sd {

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Reads DEVICE (open for reading, positioned at its start) in ENCODING with DELIMITER.
    CsvReader(QIODevice& device, CsvEncoding::Kind encoding, QChar delimiter);
    // The encoding was detected, not chosen: refuse text that shows the guess was wrong (Western
    // European text taken for CP932 comes out as private-use characters and kanji between Latin
    // letters).
    void setEncodingGuessed(bool guessed) { m_encodingGuessed = guessed; }
    ~CsvReader();
    Q_DISABLE_COPY_MOVE(CsvReader)

    // Reads the next record into FIELDS: true when there was one, false at the end of the file.
    // Blank lines are skipped. An error names the line.
    Result<bool> next(QStringList& fields);
    // The line (from 1) on which the record last read starts.
    qint64 recordLine() const { return m_recordLine; }
    // The line the last error was found on.
    qint64 errorLine() const { return m_errorLine; }
    // After an error: the encoding the file is probably in, when it seems to be in another one.
    std::optional<CsvEncoding::Kind> suggestedEncoding() const { return m_suggestedEncoding; }

    // A record longer than this many characters, and much longer than the records before it, is
    // refused: it is an unterminated quote or not a CSV file at all.
    void setRecordLimit(qsizetype characters) { m_recordLimit = characters; }
    static constexpr qsizetype defaultRecordLimit = 1 << 20;
    static constexpr qsizetype chunkBytes = 1 << 18;

    // The delimiter (comma, semicolon or tab) that splits the lines of SAMPLE most consistently.
    static QChar detectDelimiter(const QString& sample);
    // The name of DELIMITER for the user (“comma”, ...), and back from the command-line words.
    static QString delimiterKey(QChar delimiter);
    static std::optional<QChar> delimiterFromKey(const QString& key);

private:
    // Decodes the next chunk of the file into m_text; false at the end of the file.
    Result<bool> fill();
    // Appends what one read of the device gives to BYTES; false at the end of the device.
    Result<bool> readInto(QByteArray& bytes);
    // Decodes BYTES (whole characters) into m_text, refusing binary data and undecodable bytes.
    Status decode(const QByteArray& bytes);
    Error errorAt(qint64 line, const QString& message);
    // The line of the character at INDEX of the chunk that starts at m_line.
    template <typename Char> qint64 lineAt(const Char* chunk, qsizetype index) const;
    qint64 lineOfUndecodable(const QByteArray& bytes) const;
    // Where TEXT shows that a guessed CP932 is wrong, or -1.
    static qsizetype firstUnlikelyInJapanese(QStringView text);

    QIODevice& m_device;
    CsvEncoding::Kind m_encoding;
    QChar m_delimiter;
    QStringDecoder m_decoder;
    QString m_text; // the decoded chunk being parsed
    qsizetype m_pos = 0;
    QByteArray m_carry; // the start of a character that the last read cut off
    bool m_atEnd = false;
    bool m_started = false;
    bool m_encodingGuessed = false;
    std::optional<CsvEncoding::Kind> m_suggestedEncoding;
    qint64 m_line = 1; // the line of m_text[m_pos]
    bool m_lastWasCr = false; // a CR just ended a line: an LF after it ends no other
    qint64 m_recordLine = 0;
    qint64 m_errorLine = 0;
    qsizetype m_recordLimit = defaultRecordLimit;
    qint64 m_records = 0;
    qint64 m_recordCharacters = 0;
};

} // namespace sd
