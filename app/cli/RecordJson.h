#pragma once

#include <QJsonObject>

#include "BoothStore.h"
#include "ContactStore.h"
#include "RegistrationStore.h"
#include "Seminar.h"
#include "Venue.h"

namespace sd {

// The JSON form of each record that `seminar-desk list --format json` prints. The field names are
// documented in the README and stay stable: scripts depend on them.
class RecordJson
{
public:
    static QJsonObject seminar(const Seminar& seminar, const QString& venueName);
    static QJsonObject attendee(const Attendee& attendee);
    static QJsonObject registration(const RegisteredAttendee& row);
    static QJsonObject booth(const Booth& booth, const QList<InterpreterShift>& shifts,
                             const QList<Contact>& interpreters);
    static QJsonObject contact(const Contact& contact);
    static QJsonObject seminarContact(const SeminarContact& link);
    static QJsonValue time(const QDateTime& time, bool instant);
};

} // namespace sd
