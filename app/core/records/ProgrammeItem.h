#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTime>

#include "core/records/ProgrammeSpeaker.h"

namespace sd {

// One item of a seminar's programme: when (times of day on the seminar's date), what, who speaks
// and in which language. A break is nobody's turn to speak or interpret; a text item is a line
// of the programme that is neither, such as a note ("※ 内容は変更になる場合があります").
struct ProgrammeItem
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeItem)

public:
    enum class Kind { Session, Break, Text };

    qint64 id = 0;
    qint64 seminarId = 0;
    QTime startsAt; // invalid: not said
    QTime endsAt; // invalid: not said
    QString titleJa;
    QString titleEn;
    QString language; // the language spoken ("ja", "en" ...); empty: several or not said
    Kind kind = Kind::Session;
    QList<ProgrammeSpeaker> speakers;

    // The title in LANGUAGE ("ja" or "en"), falling back to the other one.
    QString title(const QString& language) const;
    // The title in the language the program speaks now.
    QString localTitle() const;
    // "13:30–14:00" (13:30～14:00 in Japanese), "13:30", or empty.
    QString timeText() const;

    static QList<Kind> kinds();
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString& key);
    static QString kindName(Kind kind);
};

} // namespace sd
