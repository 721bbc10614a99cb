// Where SQLite and PostgreSQL differ, in the one place: everything else a statement says is
// written once, in SQL that both engines read alike.
#pragma once

#include <QString>
#include <QStringList>

namespace sd {

class SqlDialect
{
public:
    enum class Engine { Sqlite, PostgreSql };

    explicit SqlDialect(Engine engine)
        : m_engine(engine)
    {
    }

    Engine engine() const { return m_engine; }
    // The resource folder of the migrations in this dialect (same numbers in both).
    QString migrationFolder() const;

    // What begins a transaction that will write. SQLite takes the write lock at once (see
    // Transaction); PostgreSQL locks row by row and needs nothing more.
    QString beginWrite() const;

    // What the data version is read with (one row, one column; no row: version 0) and the
    // statements that write VERSION. SQLite keeps it in its file header, with the application id
    // that tells a Seminar Desk file; PostgreSQL in the table database_property.
    QString readVersion() const;
    QStringList writeVersion(int version) const;
    // What tells whether the table named by the one bound value exists (one row: its count, 0 or 1),
    // and how many tables and other objects the database holds (one row, one count).
    QString tableExists() const;
    QString countTables() const;
    // What makes migrations of several programs on one database take turns, run in each
    // migration's transaction ("": the engine's write lock does it already).
    QString migrationLock() const;

    // INSERT with what gives the new row's id as its one result row, where the driver's
    // lastInsertId() cannot (QPSQL gives an OID, which our tables do not have); "" : ask
    // lastInsertId().
    QString returningId() const;

private:
    Engine m_engine;
};

} // namespace sd
