#include "core/records/ReceiverLoan.h"

namespace sd {

QList<ReceiverLoan::Deposit> ReceiverLoan::deposits()
{
    return {Deposit::IdCard, Deposit::BusinessCard, Deposit::None};
}

QString ReceiverLoan::depositKey(Deposit deposit)
{
    switch (deposit) {
    case Deposit::None:
        return QStringLiteral("none");
    case Deposit::IdCard:
        return QStringLiteral("id_card");
    case Deposit::BusinessCard:
        return QStringLiteral("business_card");
    }
    Q_UNREACHABLE();
}

std::optional<ReceiverLoan::Deposit> ReceiverLoan::depositFromKey(const QString& key)
{
    for (Deposit deposit : deposits()) {
        if (depositKey(deposit) == key)
            return deposit;
    }
    return std::nullopt;
}

QString ReceiverLoan::depositName(Deposit deposit)
{
    return tr(depositSourceName(deposit));
}

const char* ReceiverLoan::depositSourceName(Deposit deposit)
{
    switch (deposit) {
    case Deposit::None:
        return QT_TRANSLATE_NOOP("ReceiverLoan", "Nothing");
    case Deposit::IdCard:
        return QT_TRANSLATE_NOOP("ReceiverLoan", "ID card");
    case Deposit::BusinessCard:
        return QT_TRANSLATE_NOOP("ReceiverLoan", "Business card");
    }
    Q_UNREACHABLE();
}

} // namespace sd
