#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace sd {

// An attendee's place at one seminar, with the code that checks them in at the door.
struct Registration
{
    Q_DECLARE_TR_FUNCTIONS(Registration)

public:
    enum class Status { Registered, Waitlisted, Cancelled, Attended };

    qint64 id = 0;
    qint64 seminarId = 0;
    qint64 attendeeId = 0;
    Status status = Status::Registered;
    QString checkInCode; // filled in by the store when empty
    QDateTime registeredAt; // now, when left invalid
    QDateTime checkedInAt;
    bool receiverNeeded = false;
    QDateTime badgePrintedAt;
    QString source = QStringLiteral("manual"); // manual, import:<file>, demo, web
    QDateTime updatedAt;
    qint64 version = 0; // counted up by every change (RegistrationStore); 0 before it is stored
    // The versions of this registration and of its attendee that the printed badge shows; 0 when
    // never printed (or, from before data version 7, changed after printing).
    qint64 badgePrintedVersion = 0;
    qint64 badgePrintedAttendeeVersion = 0;

    // The check-in time the status calls for: whoever attended was checked in (at NOW when no time
    // is known yet); no other status has one, so setting a registration back clears it.
    QDateTime checkInTimeAt(const QDateTime& now) const;

    static QList<Status> statuses();
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString& key);
    static QString statusName(Status status);
};

} // namespace sd
