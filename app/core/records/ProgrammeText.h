#pragma once

#include <QList>
#include <QString>

#include "core/records/ProgrammeItem.h"

namespace sd {

// A programme written as text, one item a line, as seminars kept it before data version 10:
// "13:30 開会挨拶 / Opening remarks", "13:30–14:00 基調講演 / Keynote".
class ProgrammeText
{
public:
    // The items of TEXT in its order: a line with a time (and an end) is a session, or a break when
    // its title says so (休憩, Break, Lunch); any other line is kept whole as a text item, its times
    // not set. Blank lines are left out.
    static QList<ProgrammeItem> items(const QString& text);
};

} // namespace sd
