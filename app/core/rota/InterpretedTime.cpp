#include "core/rota/InterpretedTime.h"

#include <algorithm>

namespace sd {

namespace {

bool takesTime(const ProgrammeItem& item)
{
    return item.startsAt.isValid() && item.endsAt.isValid() && item.startsAt < item.endsAt;
}

bool isInterpreted(const ProgrammeItem& item, const Booth& booth)
{
    return item.kind == ProgrammeItem::Kind::Session && item.language != booth.targetLanguage();
}

} // namespace

InterpretedTime::InterpretedTime(const QDate& day, const Booth& booth, const QList<ProgrammeItem>& programme)
{
    QList<TimeRange> sessions;
    for (const ProgrammeItem& item : programme) {
        if (!takesTime(item))
            continue;
        const TimeRange range {QDateTime(day, item.startsAt), QDateTime(day, item.endsAt)};
        m_boundaries.append(range.start);
        m_boundaries.append(range.end);
        if (isInterpreted(item, booth))
            sessions.append(range);
    }
    std::sort(m_boundaries.begin(), m_boundaries.end());
    m_boundaries.erase(std::unique(m_boundaries.begin(), m_boundaries.end()), m_boundaries.end());
    std::sort(sessions.begin(), sessions.end(),
              [](const TimeRange& a, const TimeRange& b) { return a.start < b.start; });
    for (const TimeRange& session : sessions) {
        if (!m_stretches.isEmpty() && session.start <= m_stretches.last().end)
            m_stretches.last().end = std::max(m_stretches.last().end, session.end);
        else
            m_stretches.append(session);
    }
}

int InterpretedTime::minutes() const
{
    qint64 seconds = 0;
    for (const TimeRange& stretch : m_stretches)
        seconds += stretch.start.secsTo(stretch.end);
    return int(seconds / 60);
}

} // namespace sd
