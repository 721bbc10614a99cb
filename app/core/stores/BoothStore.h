#pragma once

#include <QCoreApplication>
#include <QList>

#include "core/Result.h"
#include "core/records/Booth.h"
#include "core/records/InterpreterShift.h"
#include "core/records/StaffedBooth.h"

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
    // Put a deleted booth or shift back with its id (undoing a deletion).
    Status restore(const Booth& booth);
    Status restoreShift(const InterpreterShift& shift);
    Result<Booth> find(qint64 id) const;
    Result<QList<Booth>> forSeminar(qint64 seminarId) const;
    // The seminar's booths in channel order with their shifts and interpreters, in one query.
    Result<QList<StaffedBooth>> staffedForSeminar(qint64 seminarId) const;

    Result<qint64> insertShift(const InterpreterShift& shift);
    Status updateShift(const InterpreterShift& shift);
    Status removeShift(qint64 id);
    Result<QList<InterpreterShift>> shifts(qint64 boothId) const;
    // The shifts an interpreter works in any booth.
    Result<QList<InterpreterShift>> shiftsOfInterpreter(qint64 contactId) const;
    // Replaces every shift of BOOTH_ID with SHIFTS in one transaction (what the booth editor saves).
    Status replaceShifts(qint64 boothId, const QList<InterpreterShift>& shifts);

    static QString validationError(const Booth& booth);
    // As above, and the receiver channel must differ from those of the seminar's other BOOTHS.
    static QString validationError(const Booth& booth, const QList<Booth>& booths);
    // Only the channel check of the above: what the booth form checks as the channel is typed.
    static QString channelError(const Booth& booth, const QList<Booth>& booths);
    static QString validationError(const InterpreterShift& shift);

private:
    QString describe(const class SqlStatement& statement, const Booth& booth, const QString& error) const;

    const Database& m_database;
};

} // namespace sd
