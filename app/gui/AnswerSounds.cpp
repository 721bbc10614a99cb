#include "gui/AnswerSounds.h"

#include <QSoundEffect>
#include <QUrl>

namespace sd {

AnswerSounds::AnswerSounds(QObject* parent)
    : QObject(parent)
{
}

void AnswerSounds::play(const QString& file)
{
    if (file.isEmpty())
        return;
    QSoundEffect*& effect = m_effects[file];
    if (!effect) {
        effect = new QSoundEffect(this);
        effect->setSource(QUrl(QStringLiteral("qrc") + file));
    }
    // A new answer cuts the last one short: the sound always says what the desk shows now.
    for (QSoundEffect* other : std::as_const(m_effects)) {
        if (other != effect)
            other->stop();
    }
    effect->play();
    m_lastPlayed = file;
}

} // namespace sd
