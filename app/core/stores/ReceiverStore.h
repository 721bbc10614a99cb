#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>

#include "core/Result.h"
#include "core/records/Receiver.h"

namespace sd {

class Database;

// The numbered receivers of each seminar, with their channels.
class ReceiverStore
{
    Q_DECLARE_TR_FUNCTIONS(ReceiverStore)

public:
    explicit ReceiverStore(const Database& database);

    // In the order of their serial numbers.
    Result<QList<Receiver>> forSeminar(qint64 seminarId) const;
    Result<std::optional<Receiver>> find(qint64 seminarId, const QString& serial) const;
    // Makes RECEIVERS the seminar's numbered receivers, in one transaction.
    Status replaceAll(qint64 seminarId, const QList<Receiver>& receivers);

private:
    const Database& m_database;
};

} // namespace sd
