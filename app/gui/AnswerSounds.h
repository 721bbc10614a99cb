#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QSoundEffect;

namespace sd {

// Plays the check-in answers' sounds (CheckInSounds chooses them). Each sound is loaded the first
// time it plays and kept, so that the next answer sounds at once; nothing touches the audio
// device while sounds are off.
class AnswerSounds final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerSounds)

public:
    explicit AnswerSounds(QObject* parent = nullptr);

    // Plays the resource FILE (":/sounds/checked-in.wav"); an empty FILE plays nothing.
    void play(const QString& file);
    // The file played last; empty when none was.
    QString lastPlayed() const { return m_lastPlayed; }

private:
    QHash<QString, QSoundEffect*> m_effects;
    QString m_lastPlayed;
};

} // namespace sd
