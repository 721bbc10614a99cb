#include "core/records/ProgrammeSpeaker.h"

#include <QRegularExpression>

namespace sd {

QString ProgrammeSpeaker::listText(const QList<ProgrammeSpeaker>& speakers)
{
    QStringList parts;
    for (const ProgrammeSpeaker& speaker : speakers) {
        parts.append(speaker.affiliation.isEmpty() ? speaker.name
                                                   : QStringLiteral("%1 (%2)").arg(speaker.name, speaker.affiliation));
    }
    return parts.join(QStringLiteral("; "));
}

QList<ProgrammeSpeaker> ProgrammeSpeaker::listFromText(const QString& text)
{
    // The affiliation runs from the first bracket to the last: "Jane DOE (UNEP (Nairobi))".
    static const QRegularExpression withAffiliation(QStringLiteral("^(.*?)\\s*[(（](.*)[)）]$"));
    static const QRegularExpression separator(QStringLiteral("[;；]"));
    QList<ProgrammeSpeaker> speakers;
    for (const QString& part : text.split(separator, Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        ProgrammeSpeaker speaker;
        if (const QRegularExpressionMatch match = withAffiliation.match(trimmed); match.hasMatch()) {
            speaker.name = match.captured(1).trimmed();
            speaker.affiliation = match.captured(2).trimmed();
        } else {
            speaker.name = trimmed;
        }
        speakers.append(speaker);
    }
    return speakers;
}

} // namespace sd
