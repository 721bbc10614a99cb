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

    // The kinds of constraint whose breaking the stores turn into messages of their own.
    enum class Constraint { Unique, ForeignKey, Check };

    Engine engine() const { return m_engine; }
    // The resource folder of the migrations in this dialect (same numbers in both).
    QString migrationFolder() const;

    // What begins a transaction that will write, and takes the database's write lock at once: the
    // stores read and then write in one transaction (is this person checked in yet? then check them
    // in), which is right only if no other desk writes in between. SQLite's BEGIN IMMEDIATE does
    // it; on PostgreSQL an advisory lock of our own, held until the transaction ends, does it alike
    // for every program on the database (reading never waits for it).
    QStringList beginWrite() const;

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
    // migration's transaction ("": the engine's write lock does it already). On PostgreSQL it is
    // the write lock of beginWrite(), taken again (it counts) by the reading that precedes them.
    QString migrationLock() const;
    // What a write transaction runs last, before COMMIT, to tell the other desks that the data changed
    // ("": the engine tells them itself). PostgreSQL's NOTIFY on changeChannel() is delivered when the
    // transaction commits, and never when it rolls back; several in one transaction come as one.
    // SQLite's data version moves with every commit of another connection (see DatabaseWatch).
    QString announceChange() const;
    // The channel the desks LISTEN on (PostgreSQL): one for the whole database.
    static QString changeChannel();

    // INSERT with what gives the new row's id as its one result row, where the driver's
    // lastInsertId() cannot (QPSQL gives an OID, which our tables do not have); "" : ask
    // lastInsertId().
    QString returningId() const;

    // Whether a statement failed because it broke CONSTRAINT, from the driver's ERROR_TEXT and
    // (PostgreSQL) its SQLSTATE CODE; a UNIQUE key on COLUMNS of TABLE when they are named, all of
    // them in the key's order. SQLite names the table and columns in its text; PostgreSQL names
    // the columns in the error's detail ("Key (a, b)=...") and the table by the statement's own.
    bool broke(Constraint constraint, const QString& code, const QString& errorText, const QString& table = {},
               const QStringList& columns = {}) const;

    // Whether a refused statement (a broken constraint) ends the transaction it runs in: on
    // PostgreSQL every later statement is refused until it is rolled back.
    bool refusalEndsTransaction() const { return m_engine == Engine::PostgreSql; }
    // Whether a query's rows may be read as they come, one at a time (Qt's forward-only query).
    // Qt's PostgreSQL driver then reads them in libpq's single-row mode, and the next statement run
    // on the connection before the last row was read ends the query early, silently: the stores
    // write while they read (a row read, another written), so on PostgreSQL a result comes whole.
    bool streamsRows() const { return m_engine == Engine::Sqlite; }
    // The join that walks the table before it first: SQLite's planner takes CROSS JOIN as that order
    // (PostgreSQL's plans for itself, and reads CROSS JOIN as one without a condition).
    QString joinInThisOrder() const;
    // The condition that the bytes column COLUMN contains the bytes of the one bound value.
    QString containsBytes(const QString& column) const;

private:
    Engine m_engine;
};

} // namespace sd
