#include "core/csv/CsvEncoding.h"

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
    }
    return {};
}

std::optional<CsvEncoding::Kind> CsvEncoding::fromKey(const QString& key)
{
    const QString folded = key.trimmed().toLower();
    for (Kind kind : kinds()) {
        if (CsvEncoding::key(kind) == folded)
            return kind;
    }
    if (folded == QLatin1String("cp932") || folded == QLatin1String("sjis") || folded == QLatin1String("windows-31j"))
        return Kind::ShiftJis;
    return std::nullopt;
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
    }
    return {};
}

QList<CsvEncoding::Kind> CsvEncoding::kinds()
{
    return {Kind::Utf8Bom, Kind::Utf8, Kind::ShiftJis};
}

bool CsvEncoding::isValidUtf8(const QByteArray& bytes, bool allowCutEnd)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
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
        } else {
            return false;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size)
                return allowCutEnd;
            const unsigned char next = data[i + k];
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF))
                return false;
        }
        i += length;
    }
    return true;
}

CsvEncoding::Kind CsvEncoding::detect(const QByteArray& head)
{
    if (head.startsWith(utf8Bom()))
        return Kind::Utf8Bom;
    return isValidUtf8(head, true) ? Kind::Utf8 : Kind::ShiftJis;
}

QStringDecoder CsvEncoding::decoder(Kind kind)
{
    if (kind == Kind::ShiftJis)
        return QStringDecoder(shiftJisName());
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
