// Which registrations of a seminar get a badge: all, chosen ones, never printed, changed since printed.
#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include "core/Result.h"

namespace sd {

class Database;
struct RegisteredAttendee;

class BadgeSelection
{
    Q_DECLARE_TR_FUNCTIONS(BadgeSelection)

public:
    enum class Kind { All, Registrations, NeverPrinted, ChangedSincePrinted };

    BadgeSelection() = default; // all
    static BadgeSelection registrations(const QList<qint64>& ids);
    static BadgeSelection ofKind(Kind kind);
    // "all", "unprinted", "changed" as the command line says them.
    static std::optional<Kind> kindFromKey(const QString& key);
    static QString kindName(Kind kind);

    Kind kind() const { return m_kind; }
    // Registered and attended people only, unless chosen by id; cancelled ones never come.
    bool includes(const RegisteredAttendee& row) const;
    // Visits the chosen registrations of the seminar in gojuon order, one at a time.
    Status visit(const Database& database, qint64 seminarId,
                 const std::function<bool(const RegisteredAttendee&)>& visitor) const;
    Result<int> count(const Database& database, qint64 seminarId) const;

private:
    Kind m_kind = Kind::All;
    QSet<qint64> m_ids;
};

} // namespace sd
