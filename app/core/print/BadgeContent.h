// What one badge says, taken from a registration, its attendee and the seminar.
#pragma once

#include <QString>

namespace sd {

struct RegisteredAttendee;
struct Seminar;

struct BadgeContent
{
    qint64 registrationId = 0;
    QString firstName; // the name written first: family for Japanese names, given otherwise
    QString secondName;
    bool familyFirst = false; // East Asian order: one line, family name first (a badge name: one line)
    QString latinName; // under a name in Japanese (or another East Asian) script
    QString organisation;
    QString country;
    QString category;
    QString seminarTitle;
    QString checkInCode;

    static BadgeContent from(const RegisteredAttendee& row, const Seminar& seminar);
    // The family name, which the badge shows large.
    const QString& familyName() const { return familyFirst ? firstName : secondName; }
    const QString& givenName() const { return familyFirst ? secondName : firstName; }
    // The name as lists write it ("山田 太郎", "Maria Santos"), for messages about this badge.
    QString fullName() const { return QStringLiteral("%1 %2").arg(firstName, secondName).trimmed(); }
};

} // namespace sd
