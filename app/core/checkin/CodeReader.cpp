#include "core/checkin/CodeReader.h"

#include <QRegularExpression>

#include "core/records/CheckInCode.h"

namespace sd {

namespace {

constexpr int bodyLength = 10;

// Spaces, hyphens and the long-vowel mark a Japanese input method types for "-".
bool isSeparator(QChar character)
{
    return character.isSpace() || character == QLatin1Char('-') || character == QChar(0x30FC)
        || character == QChar(0x2010) || character == QChar(0x2212);
}

// Upper-case ASCII, with full-width forms made half width and separators dropped.
QString cleaned(const QString& typed)
{
    const QString normalized = typed.normalized(QString::NormalizationForm_KC).toUpper();
    QString text;
    text.reserve(normalized.size());
    for (QChar character : normalized) {
        if (!isSeparator(character))
            text.append(character);
    }
    return text;
}

// The body as stored: what a person reading the badge may have typed for 1 and 0.
QString canonicalBody(QString body)
{
    for (QChar& character : body) {
        if (character == QLatin1Char('O'))
            character = QLatin1Char('0');
        else if (character == QLatin1Char('I') || character == QLatin1Char('L'))
            character = QLatin1Char('1');
    }
    return body;
}

std::optional<QString> codeOf(const QString& body)
{
    const QString code = QStringLiteral("SD-") + canonicalBody(body);
    return CheckInCode::isWellFormed(code) ? std::optional<QString>(code) : std::nullopt;
}

} // namespace

std::optional<CodeReader::Reading> CodeReader::read(const QString& typed)
{
    const QString text = cleaned(typed);
    // Crockford's alphabet with the look-alikes it reads as digits (I, L, O); never U.
    static const QRegularExpression prefixed(QStringLiteral("SD([0-9A-TV-Z]{%1})").arg(bodyLength));
    std::optional<QString> found;
    for (auto match = prefixed.globalMatch(text); match.hasNext();) {
        const std::optional<QString> code = codeOf(match.next().captured(1));
        if (!code)
            continue;
        if (found && *found != *code)
            return std::nullopt; // two different codes: which one was meant is not ours to guess
        found = code;
    }
    if (found)
        return Reading {*found, true};
    if (text.size() == bodyLength) {
        if (const std::optional<QString> code = codeOf(text))
            return Reading {*code, false};
    }
    return std::nullopt;
}

} // namespace sd
