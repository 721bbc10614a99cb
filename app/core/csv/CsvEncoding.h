// The text encodings of CSV files: UTF-8 with or without a BOM, Shift_JIS as Windows writes it (CP932);
// for reading also Windows-1252 (Western European) and UTF-16 with a BOM (Excel's "Unicode text").
#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringConverter>

#include "core/Result.h"

namespace sd {

class CsvEncoding
{
    Q_DECLARE_TR_FUNCTIONS(CsvEncoding)

public:
    enum class Kind { Utf8Bom, Utf8, ShiftJis, Windows1252, Utf16Le, Utf16Be };

    // "utf-8-bom", "utf-8", "shift_jis", "windows-1252", "utf-16le", "utf-16be"
    static QString key(Kind kind);
    // Also the usual other names: cp932, sjis, cp1252, latin1, iso-8859-1 ...
    static std::optional<Kind> fromKey(const QString& key);
    static QString displayName(Kind kind);
    // What an export can write.
    static QList<Kind> kinds();
    // What an import can read (a UTF-8 BOM is read with or without choosing it).
    static QList<Kind> readableKinds();

    // The encoding of a file that starts with HEAD: a UTF-8 or UTF-16 BOM, else UTF-8 when its
    // non-ASCII bytes are (nine in ten or more) valid UTF-8 (a sequence cut off at the end of HEAD is
    // allowed), else CP932, which is what Excel on Japanese Windows writes.
    static Kind detect(const QByteArray& head);
    static bool isValidUtf8(const QByteArray& bytes, bool allowCutEnd);
    struct Utf8Sequences
    {
        qsizetype valid = 0; // multi-byte sequences
        qsizetype invalid = 0; // bytes that start none
    };
    static Utf8Sequences countUtf8Sequences(const QByteArray& bytes, bool allowCutEnd);
    static QByteArray utf8Bom() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
    // The byte order mark a file in KIND may start with (none for the 8-bit encodings but UTF-8).
    static QByteArray bom(Kind kind);
    // Bytes a character of KIND takes at least: 2 for UTF-16, else 1.
    static int unitBytes(Kind kind);
    // How many bytes at the start of BYTES are whole characters of KIND: what is left is the start
    // of a character that the next read completes. Invalid bytes count as whole (decoding finds them).
    static qsizetype wholeCharacterBytes(Kind kind, QByteArrayView bytes);

    // A decoder for the file's text (the BOM is skipped by the reader, not the decoder).
    static QStringDecoder decoder(Kind kind);
    // ICU's "Shift_JIS" is IBM-943, which round-trips CP932's NEC and IBM extensions (①, ㈱, 髙, 﨑).
    static const char* shiftJisName() { return "Shift_JIS"; }

    // TEXT with the characters CP932 lacks replaced by the ones Windows uses for them
    // (WAVE DASH U+301C -> FULLWIDTH TILDE U+FF5E, MINUS SIGN U+2212 -> FULLWIDTH HYPHEN-MINUS U+FF0D, ...).
    static QString cp932Equivalents(const QString& text);
    // The first character of TEXT (after cp932Equivalents) that CP932 cannot encode, or -1.
    static qsizetype firstUnencodable(const QString& text);
};

// Encodes text to the bytes of one encoding, refusing what the encoding cannot hold: no '?'.
class CsvTextEncoder
{
public:
    explicit CsvTextEncoder(CsvEncoding::Kind kind);
    // Appends TEXT to OUT; false when TEXT holds a character the encoding lacks (OUT is then undefined).
    bool append(const QString& text, QByteArray& out);
    CsvEncoding::Kind kind() const { return m_kind; }

private:
    CsvEncoding::Kind m_kind;
    QStringEncoder m_shiftJis;
};

} // namespace sd
