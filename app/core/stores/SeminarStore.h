#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include "core/Result.h"
#include "core/records/Seminar.h"

namespace sd {

class Database;
class SqlStatement;

// Seminars. Deleting one deletes its registrations, programme, booths and contact links with it.
class SeminarStore
{
    Q_DECLARE_TR_FUNCTIONS(SeminarStore)

public:
    explicit SeminarStore(const Database& database);

    Result<qint64> insert(const Seminar& seminar);
    Status update(const Seminar& seminar);
    Status remove(qint64 id);
    // Puts a deleted seminar back with its id (undoing a deletion); its dependants are restored apart.
    Status restore(const Seminar& seminar);
    Result<Seminar> find(qint64 id) const;
    // Upcoming seminars first (soonest first), then past ones (latest first), as of NOW.
    Result<QList<Seminar>> all(const QDateTime& now = QDateTime::currentDateTime()) const;

    // What the user checks a seminar's fields against before saving; empty when it is fine.
    static QString validationError(const Seminar& seminar);
    // What SELECT reads for read(), for queries that join seminars to other tables.
    static QString columnList();
    static Seminar read(const SqlStatement& row, int firstColumn = 0);

private:
    const Database& m_database;
};

} // namespace sd
