#pragma once

#include <optional>

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "core/records/PersonName.h"

namespace sd {

// A person who comes to seminars; one record reused across every seminar they attend.
struct Attendee
{
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
    qint64 version = 0; // counted up by every change (AttendeeStore); 0 before it is stored

    PersonName name() const;
    QString displayName() const { return name().display(); }
    // As it is stored, however it was typed: readings in full-width katakana, the e-mail address
    // without full-width letters, the country by its English name (see Reading, EmailAddress, Country).
    Attendee normalised() const;

    // The categories the office uses; the keys are stored, the names shown (see ValueNames).
    static QStringList categories();
    static QString categoryName(const QString& key);
    static QString categoryName(const QString& key, const QString& language);
    static std::optional<QString> categoryFromText(const QString& text);
};

} // namespace sd
