// The sound of each check-in answer at the door, when the desk has sounds on (Settings): each
// answer its own, so that the staff hear what happened while they look at the person in front of
// them. The window plays them; this decides which, so that a test can check it without a speaker.
#pragma once

#include <QList>
#include <QString>

#include "core/checkin/CheckInAnswer.h"

namespace sd {

class CheckInSounds
{
public:
    explicit CheckInSounds(bool on);

    bool isOn() const { return m_on; }
    // The sound the desk plays for OUTCOME: a WAV file of the program's resources
    // (":/sounds/checked-in.wav"); empty when sounds are off, and for an outcome without one (an
    // undo, which the desk asked for itself).
    QString soundFor(CheckInAnswer::Outcome outcome) const;

    // The sound of OUTCOME whether sounds are on or not; empty for an undo.
    static QString soundOf(CheckInAnswer::Outcome outcome);
    // Every answer that has a sound.
    static QList<CheckInAnswer::Outcome> soundingOutcomes();

private:
    bool m_on;
};

} // namespace sd
