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

    // The check-in time the status calls for: whoever attended was checked in (at NOW when no time
    // is known yet); no other status has one, so setting a registration back clears it.
    QDateTime checkInTimeAt(const QDateTime& now) const;

    static QList<Status> statuses();
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString& key);
    static QString statusName(Status status);
};

} // namespace sd
