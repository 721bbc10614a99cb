// The text encodings of CSV files: UTF-8 with or without a BOM, and Shift_JIS as Windows writes it (CP932).
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
    enum class Kind { Utf8Bom, Utf8, ShiftJis };

    static QString key(Kind kind); // "utf-8-bom", "utf-8", "shift_jis"
    static std::optional<Kind> fromKey(const QString& key);
    static QString displayName(Kind kind);
    static QList<Kind> kinds();

    // The encoding of a file that starts with HEAD: a UTF-8 BOM, else valid UTF-8 (a sequence cut
    // off at the end of HEAD is allowed), else CP932, which is what Excel on Japanese Windows writes.
    static Kind detect(const QByteArray& head);
    static bool isValidUtf8(const QByteArray& bytes, bool allowCutEnd);
    static QByteArray utf8Bom() { return QByteArrayLiteral("\xEF\xBB\xBF"); }

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
