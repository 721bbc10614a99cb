#pragma once

#include <QList>
#include <QString>

namespace sd {

// An interpretation booth of a seminar; its receiver channel is unique within the seminar.
struct Booth
{
    // The channel a new booth of a seminar with BOOTHS gets: the one after the highest in use.
    static int nextFreeChannel(const QList<Booth>& booths);

    // The language pair read as from-into: "ja-en" interprets Japanese into English.
    QString sourceLanguage() const;
    // The language the booth interprets into: the second of its pair ("ja-en": en).
    QString targetLanguage() const;

    qint64 id = 0;
    qint64 seminarId = 0;
    QString name;
    QString languagePair = QStringLiteral("ja-en");
    int channel = 1;
    QString notes;
    qint64 version = 0; // counted up by every change (see VersionedUpdate); 0 before it is stored
};

} // namespace sd
