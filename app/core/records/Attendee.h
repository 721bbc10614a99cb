#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include "core/records/PersonName.h"

namespace sd {

// A person who comes to seminars; one record reused across every seminar they attend.
struct Attendee
{
    Q_DECLARE_TR_FUNCTIONS(Attendee)

public:
    qint64 id = 0;
    QString familyName;
    QString givenName;
    QString familyReading;
    QString givenReading;
    QString latinName; // "Taro YAMADA" for a Japanese name
    QString badgeName; // printed on the badge instead of the name when set ("Bob", "たろう")
    QString organisation;
    QString position;
    QString country;
    QString email;
    QString phone;
    QString preferredLanguage = QStringLiteral("ja");
    QString category = QStringLiteral("participant");
    QString notes;
    QDateTime updatedAt;

    PersonName name() const;
    QString displayName() const { return name().display(); }

    // The categories the office uses; the keys are stored, the names shown.
    static QStringList categories();
    static QString categoryName(const QString& key);
};

} // namespace sd
