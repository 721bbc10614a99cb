#pragma once

#include <QCoreApplication>
#include <QList>

#include "core/Result.h"
#include "core/records/ProgrammeItem.h"

namespace sd {

class Database;

// A seminar's programme: its items in order, each with its speakers. The programme is read and
// written whole, as the seminar's form edits it.
class ProgrammeStore
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeStore)

public:
    // What is wrong with one item of a programme: the item's index in it and a message naming it.
    struct Problem
    {
        int item = 0;
        QString message;
    };

    explicit ProgrammeStore(const Database& database);

    Result<QList<ProgrammeItem>> forSeminar(qint64 seminarId) const;
    // Puts ITEMS in place of SEMINAR_ID's programme in one transaction, after checking them. Items
    // with an id keep it (an undo brings back the same rows).
    Status replace(qint64 seminarId, const QList<ProgrammeItem>& items);

    // Items that end before they start, and items whose times overlap (an item without an end
    // takes no time; two items never start together), in the order of the programme.
    static QList<Problem> problems(const QList<ProgrammeItem>& items);
    // The first problem's message; empty when the programme is fine.
    static QString validationError(const QList<ProgrammeItem>& items);

private:
    const Database& m_database;
};

} // namespace sd
