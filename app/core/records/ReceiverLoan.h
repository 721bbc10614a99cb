#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sd {

// An interpretation receiver lent to a person at a seminar, against a deposit, until it comes back.
struct ReceiverLoan
{
    Q_DECLARE_TR_FUNCTIONS(ReceiverLoan)

public:
    // What the desk holds until the receiver is returned.
    enum class Deposit { None, IdCard, BusinessCard };

    qint64 id = 0;
    qint64 seminarId = 0;
    qint64 attendeeId = 0;
    QString serial; // empty: a receiver without a number
    Deposit deposit = Deposit::None;
    QDateTime issuedAt;
    QDateTime returnedAt; // invalid while it is out

    bool isOut() const { return !returnedAt.isValid(); }

    static QList<Deposit> deposits();
    static QString depositKey(Deposit deposit);
    static std::optional<Deposit> depositFromKey(const QString& key);
    static QString depositName(Deposit deposit);
    // The English name as the translations know it (for output in a language of its own).
    static const char* depositSourceName(Deposit deposit);
};

} // namespace sd
