#include "cli/TerminalProgress.h"

#include <cstdio>

#include <unistd.h>

#include <QTextStream>

#include "core/records/DisplayWidth.h"

namespace sd {

namespace {

constexpr qint64 redrawMs = 100;

} // namespace

TerminalProgress::TerminalProgress(QTextStream& err)
    : m_err(err)
    , m_terminal(isatty(fileno(stderr)) == 1)
{
    m_clock.start();
}

TerminalProgress::~TerminalProgress()
{
    clear();
}

void TerminalProgress::clear()
{
    if (m_width > 0)
        m_err << '\r' << QString(m_width, QLatin1Char(' ')) << '\r' << Qt::flush;
    m_width = 0;
}

bool TerminalProgress::report(const QString& text, qint64 done, qint64 total)
{
    if (!m_terminal)
        return true;
    const qint64 now = m_clock.elapsed();
    if (now < showAfterMs || (m_drawnAtMs >= 0 && now - m_drawnAtMs < redrawMs && done != total))
        return true;
    m_drawnAtMs = now;
    draw(total > 0 ? QStringLiteral("%1 (%2%)").arg(text).arg(done * 100 / total) : text);
    return true;
}

void TerminalProgress::draw(const QString& line)
{
    const int width = displayWidth(line);
    m_err << '\r' << line;
    if (width < m_width) // what is left of a longer line before
        m_err << QString(m_width - width, QLatin1Char(' '));
    m_err << Qt::flush;
    m_width = qMax(m_width, width);
}

} // namespace sd
