#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace sd {

// One line of a seminar's check-in log: what happened at the door, when, at which desk, by whom.
struct CheckInLogEntry
{
    Q_DECLARE_TR_FUNCTIONS(CheckInLogEntry)

public:
    enum class Action { CheckIn, WalkIn, Undo, ReceiverIssued, ReceiverReturned };
    // What a person was before they were checked in; undoing the check-in puts that back.
    enum class Prior {
        None, // not a check-in
        Registered,
        Waitlisted,
        Cancelled,
        NotRegistered, // in the database, not registered for the seminar: registered at the door
        NewPerson, // not in the database: a walk-in added at the door
    };

    qint64 id = 0;
    qint64 seminarId = 0;
    qint64 attendeeId = 0; // 0: the person has since been erased
    Action action = Action::CheckIn;
    QDateTime at;
    QString desk;
    QString user; // the computer's user who was at the desk
    Prior prior = Prior::None;
    std::optional<Action> undoes; // for an undo
    QString serial; // for a receiver: its serial number, if it has one
    QString deposit; // for a receiver issued: ReceiverLoan::depositKey()

    static QString actionKey(Action action);
    static std::optional<Action> actionFromKey(const QString& key);
    static QString actionName(Action action);
    static QString priorKey(Prior prior);
    static Prior priorFromKey(const QString& key);
};

} // namespace sd
