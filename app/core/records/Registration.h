#pragma once

#include <optional>

#include <QDateTime>
#include <QString>

namespace sd {

// An attendee's place at one seminar, with the code that checks them in at the door.
struct Registration
{
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
    QString source = QStringLiteral("manual"); // manual, import:<file>, demo, web, walk-in
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
    // The status TEXT names: its key, or its name in English or Japanese (キャンセル済み).
    static std::optional<Status> statusFromText(const QString& text);
    static QString statusName(Status status);
    static QString statusName(Status status, const QString& language);
    // Needed / Not needed (要 / 不要).
    static QString receiverNeededName(bool needed);
    static QString receiverNeededName(bool needed, const QString& language);
    // Whether TEXT says a receiver is needed: yes / no, the names above, and what registration
    // forms write (はい, 希望, ○, いいえ ...); nothing when it says neither.
    static std::optional<bool> receiverNeededFromText(const QString& text);
    // Where the registration came from, for a reader: 手入力, CSVインポート（list.csv）...
    static QString sourceName(const QString& source);
    static QString sourceName(const QString& source, const QString& language);
    // The source of a registration made at the door, for someone who had not registered.
    static QString walkInSource() { return QStringLiteral("walk-in"); }
};

} // namespace sd
