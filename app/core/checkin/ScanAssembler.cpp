#include "core/checkin/ScanAssembler.h"

#include <chrono>

#include "core/checkin/CodeReader.h"

namespace sd {

ScanAssembler::ScanAssembler(Clock clock)
    : m_clock(std::move(clock))
{
}

ScanAssembler::Clock ScanAssembler::steadyClock()
{
    return [] {
        using namespace std::chrono;
        return qint64(duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count());
    };
}

void ScanAssembler::textEdited(const QString& text)
{
    const qint64 now = m_clock();
    if (text.startsWith(m_text)) {
        for (qsizetype i = m_text.size(); i < text.size(); ++i)
            m_arrivals.append(now);
    } else {
        // A deletion or an edit in the middle: someone is at the keyboard.
        m_edited = !text.isEmpty();
        m_arrivals = QList<qint64>(text.size(), now);
    }
    m_text = text;
}

bool ScanAssembler::cameFromScanner() const
{
    if (m_edited || m_arrivals.isEmpty())
        return false;
    for (qsizetype i = 1; i < m_arrivals.size(); ++i) {
        if (m_arrivals.at(i) - m_arrivals.at(i - 1) > scannerGapMs)
            return false;
    }
    const std::optional<CodeReader::Reading> reading = CodeReader::read(m_text);
    return reading && reading->prefixed;
}

std::optional<qint64> ScanAssembler::msUntilDue() const
{
    if (!cameFromScanner())
        return std::nullopt;
    return qMax<qint64>(0, m_arrivals.constLast() + settleMs - m_clock());
}

std::optional<Scan> ScanAssembler::takeIfDue()
{
    const std::optional<qint64> due = msUntilDue();
    if (!due || *due > 0)
        return std::nullopt;
    return take(m_text);
}

Scan ScanAssembler::enter(const QString& text)
{
    return take(text);
}

Scan ScanAssembler::take(QString text)
{
    const qint64 now = m_clock();
    m_text.clear();
    m_arrivals.clear();
    m_edited = false;
    Scan scan;
    scan.text = std::move(text);
    if (scan.text.trimmed().isEmpty()) {
        scan.kind = Scan::Kind::Nothing;
        return scan;
    }
    const std::optional<CodeReader::Reading> reading = CodeReader::read(scan.text);
    if (!reading)
        return scan;
    scan.code = reading->code;
    scan.codePrefixed = reading->prefixed;
    const bool repeated = reading->code == m_lastCode && now - m_lastCodeAt <= repeatMs;
    scan.kind = repeated ? Scan::Kind::Repeat : Scan::Kind::Code;
    m_lastCode = reading->code;
    m_lastCodeAt = now;
    return scan;
}

} // namespace sd
