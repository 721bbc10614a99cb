#include "core/csv/CsvEncoding.h"

#include <QHash>

namespace sd {

QString CsvEncoding::key(Kind kind)
{
    switch (kind) {
    case Kind::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case Kind::Utf8:
        return QStringLiteral("utf-8");
    case Kind::ShiftJis:
        return QStringLiteral("shift_jis");
    case Kind::Windows1252:
        return QStringLiteral("windows-1252");
    case Kind::Utf16Le:
        return QStringLiteral("utf-16le");
    case Kind::Utf16Be:
        return QStringLiteral("utf-16be");
    }
    return {};
}

std::optional<CsvEncoding::Kind> CsvEncoding::fromKey(const QString& key)
{
    const QString folded = key.trimmed().toLower();
    for (Kind kind : {Kind::Utf8Bom, Kind::Utf8, Kind::ShiftJis, Kind::Windows1252, Kind::Utf16Le, Kind::Utf16Be}) {
        if (CsvEncoding::key(kind) == folded)
            return kind;
    }
    static const QHash<QString, Kind> aliases {
        {QStringLiteral("utf8"), Kind::Utf8},           {QStringLiteral("cp932"), Kind::ShiftJis},
        {QStringLiteral("sjis"), Kind::ShiftJis},       {QStringLiteral("windows-31j"), Kind::ShiftJis},
        {QStringLiteral("cp1252"), Kind::Windows1252},  {QStringLiteral("latin1"), Kind::Windows1252},
        {QStringLiteral("latin-1"), Kind::Windows1252}, {QStringLiteral("iso-8859-1"), Kind::Windows1252},
        {QStringLiteral("utf-16-le"), Kind::Utf16Le},   {QStringLiteral("utf-16-be"), Kind::Utf16Be},
    };
    return aliases.contains(folded) ? std::optional<Kind>(aliases.value(folded)) : std::nullopt;
}

QString CsvEncoding::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Utf8Bom:
        return tr("UTF-8 with BOM (Excel)");
    case Kind::Utf8:
        return tr("UTF-8");
    case Kind::ShiftJis:
        return tr("Shift_JIS (CP932, Japanese Windows)");
    case Kind::Windows1252:
        return tr("Western European (Windows-1252, Latin-1)");
    case Kind::Utf16Le:
        return tr("UTF-16 little endian (Excel “Unicode text”)");
    case Kind::Utf16Be:
        return tr("UTF-16 big endian");
    }
    return {};
}

QList<CsvEncoding::Kind> CsvEncoding::kinds()
{
    return {Kind::Utf8Bom, Kind::Utf8, Kind::ShiftJis};
}

QList<CsvEncoding::Kind> CsvEncoding::readableKinds()
{
    return {Kind::Utf8, Kind::ShiftJis, Kind::Windows1252, Kind::Utf16Le, Kind::Utf16Be};
}

QByteArray CsvEncoding::bom(Kind kind)
{
    switch (kind) {
    case Kind::Utf8Bom:
    case Kind::Utf8:
        return utf8Bom();
    case Kind::Utf16Le:
        return QByteArrayLiteral("\xFF\xFE");
    case Kind::Utf16Be:
        return QByteArrayLiteral("\xFE\xFF");
    case Kind::ShiftJis:
    case Kind::Windows1252:
        break;
    }
    return {};
}

int CsvEncoding::unitBytes(Kind kind)
{
    return kind == Kind::Utf16Le || kind == Kind::Utf16Be ? 2 : 1;
}

qsizetype CsvEncoding::wholeCharacterBytes(Kind kind, QByteArrayView bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    switch (kind) {
    case Kind::Utf8Bom:
    case Kind::Utf8:
        // Back over continuation bytes to the lead byte: does its sequence end inside BYTES?
        for (qsizetype back = 1; back <= qMin<qsizetype>(3, size); ++back) {
            const unsigned char c = data[size - back];
            if ((c & 0xC0) == 0x80)
                continue;
            const int length = c >= 0xF8 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1; // F8..FF: invalid
            return length > back ? size - back : size;
        }
        return size;
    case Kind::ShiftJis: {
        // A trail byte can look like a lead byte: only a walk from a known boundary tells them apart.
        qsizetype i = 0;
        while (i < size)
            i += (data[i] >= 0x81 && data[i] <= 0x9F) || (data[i] >= 0xE0 && data[i] <= 0xFC) ? 2 : 1;
        return i > size ? size - 1 : size;
    }
    case Kind::Windows1252:
        return size;
    case Kind::Utf16Le:
    case Kind::Utf16Be: {
        qsizetype whole = size & ~qsizetype(1);
        if (whole >= 2) {
            const unsigned unit = kind == Kind::Utf16Le ? data[whole - 2] | data[whole - 1] << 8
                                                        : data[whole - 2] << 8 | data[whole - 1];
            if (unit >= 0xD800 && unit <= 0xDBFF) // a high surrogate: its low half comes next
                whole -= 2;
        }
        return whole;
    }
    }
    return size;
}

CsvEncoding::Utf8Sequences CsvEncoding::countUtf8Sequences(const QByteArray& bytes, bool allowCutEnd)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    Utf8Sequences counted;
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0; // overlong
            if (lead == 0xED)
                high = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            if (lead == 0xF4)
                high = 0x8F;
        }
        int k = 1;
        for (; k < length && i + k < size; ++k) {
            const unsigned char next = data[i + k];
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF))
                break;
        }
        if (length > 0 && k == length) {
            ++counted.valid;
            i += length;
        } else if (length > 0 && i + k == size) {
            counted.invalid += allowCutEnd ? 0 : 1;
            break;
        } else {
            ++counted.invalid;
            ++i;
        }
    }
    return counted;
}

bool CsvEncoding::isValidUtf8(const QByteArray& bytes, bool allowCutEnd)
{
    return countUtf8Sequences(bytes, allowCutEnd).invalid == 0;
}

CsvEncoding::Kind CsvEncoding::detect(const QByteArray& head)
{
    if (head.startsWith(utf8Bom()))
        return Kind::Utf8Bom;
    if (head.startsWith(bom(Kind::Utf16Le)))
        return Kind::Utf16Le;
    if (head.startsWith(bom(Kind::Utf16Be)))
        return Kind::Utf16Be;
    // A UTF-8 file with a few bad bytes is still UTF-8, so that the bad bytes are shown on their
    // lines; CP932 text holds a valid UTF-8 sequence only now and then.
    const Utf8Sequences sequences = countUtf8Sequences(head, true);
    return sequences.invalid == 0 || sequences.invalid * 10 <= sequences.valid ? Kind::Utf8 : Kind::ShiftJis;
}

QStringDecoder CsvEncoding::decoder(Kind kind)
{
    switch (kind) {
    case Kind::ShiftJis:
        return QStringDecoder(shiftJisName());
    case Kind::Windows1252:
        return QStringDecoder("windows-1252");
    case Kind::Utf16Le:
        return QStringDecoder(QStringConverter::Utf16LE);
    case Kind::Utf16Be:
        return QStringDecoder(QStringConverter::Utf16BE);
    case Kind::Utf8Bom:
    case Kind::Utf8:
        break;
    }
    return QStringDecoder(QStringConverter::Utf8);
}

namespace {

// What ICU's CP932 lacks and Windows writes instead (observed with Qt 6.4 on ICU 72: these encode
// with an error, their replacements round-trip). 0x815C decodes to U+2015 there, so EM DASH goes to it.
char16_t cp932Equivalent(char16_t c)
{
    switch (c) {
    case 0x301C: // WAVE DASH
        return 0xFF5E; // FULLWIDTH TILDE
    case 0x2212: // MINUS SIGN
        return 0xFF0D; // FULLWIDTH HYPHEN-MINUS
    case 0x2014: // EM DASH
        return 0x2015; // HORIZONTAL BAR
    case 0x2016: // DOUBLE VERTICAL LINE
        return 0x2225; // PARALLEL TO
    case 0x00A2: // CENT SIGN
        return 0xFFE0;
    case 0x00A3: // POUND SIGN
        return 0xFFE1;
    case 0x00AC: // NOT SIGN
        return 0xFFE2;
    case 0x00A5: // YEN SIGN
        return 0xFFE5;
    case 0x203E: // OVERLINE
        return 0xFFE3;
    case 0x00A6: // BROKEN BAR
        return 0xFFE4;
    case 0x00A0: // NO-BREAK SPACE
        return 0x0020;
    default:
        return c;
    }
}

} // namespace

QString CsvEncoding::cp932Equivalents(const QString& text)
{
    QString mapped = text;
    char16_t* data = nullptr;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80)
            continue;
        const char16_t equivalent = cp932Equivalent(c);
        if (equivalent != c) {
            if (!data)
                data = reinterpret_cast<char16_t*>(mapped.data());
            data[i] = equivalent;
        }
    }
    return mapped;
}

qsizetype CsvEncoding::firstUnencodable(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).unicode() < 0x80)
            continue;
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        QStringEncoder encoder(shiftJisName());
        const QByteArray encoded = encoder.encode(QStringView(text).mid(i, length)); // encodes when converted
        if (encoder.hasError() || encoded.isEmpty())
            return i;
        i += length - 1;
    }
    return -1;
}

CsvTextEncoder::CsvTextEncoder(CsvEncoding::Kind kind)
    : m_kind(kind)
    , m_shiftJis(CsvEncoding::shiftJisName())
{
}

bool CsvTextEncoder::append(const QString& text, QByteArray& out)
{
    if (m_kind != CsvEncoding::Kind::ShiftJis) {
        out.append(text.toUtf8());
        return true;
    }
    out.append(m_shiftJis.encode(CsvEncoding::cp932Equivalents(text)));
    return !m_shiftJis.hasError();
}

} // namespace sd
