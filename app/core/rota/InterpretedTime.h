#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>

#include "core/records/Booth.h"
#include "core/records/ProgrammeItem.h"
#include "core/records/TimeRange.h"

namespace sd {

// The stretches of a seminar's day that one booth interprets, read from the programme: its
// sessions, except those spoken in the booth's target language (its listeners hear the floor);
// breaks and lines of text are nobody's turn, and an item without an end takes no time.
class InterpretedTime
{
public:
    InterpretedTime(const QDate& day, const Booth& booth, const QList<ProgrammeItem>& programme);

    // Interpreted stretches in order, those that touch joined into one.
    const QList<TimeRange>& stretches() const { return m_stretches; }
    // Where any item of the programme starts or ends, in order: where a turn best changes.
    const QList<QDateTime>& boundaries() const { return m_boundaries; }
    int minutes() const;

private:
    QList<TimeRange> m_stretches;
    QList<QDateTime> m_boundaries;
};

} // namespace sd
