#pragma once

#include <QCoreApplication>
#include <QList>

#include "Booth.h"
#include "InterpreterShift.h"
#include "Result.h"

namespace sd {

class Database;

// Interpretation booths of seminars and the interpreters' shifts in them.
class BoothStore
{
    Q_DECLARE_TR_FUNCTIONS(BoothStore)

public:
    explicit BoothStore(const Database& database);

    Result<qint64> insert(const Booth& booth);
    Status update(const Booth& booth);
    // Deletes the booth with its shifts.
    Status remove(qint64 id);
    Result<Booth> find(qint64 id) const;
    Result<QList<Booth>> forSeminar(qint64 seminarId) const;

    Result<qint64> insertShift(const InterpreterShift& shift);
    Status updateShift(const InterpreterShift& shift);
    Status removeShift(qint64 id);
    Result<QList<InterpreterShift>> shifts(qint64 boothId) const;
    // Replaces every shift of BOOTH_ID with SHIFTS in one transaction (what the booth editor saves).
    Status replaceShifts(qint64 boothId, const QList<InterpreterShift>& shifts);

    static QString validationError(const Booth& booth);
    static QString validationError(const InterpreterShift& shift);

private:
    QString describe(const class SqlStatement& statement, const Booth& booth, const QString& error) const;

    const Database& m_database;
};

} // namespace sd
