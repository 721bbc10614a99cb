// A statement prepared once for rows that come by the hundred thousand: the inserts of imports and
// the demo, the reads of exports and imports. On SQLite it is prepared on SQLite's own handle (see
// SqliteStatement); on PostgreSQL through Qt's driver, which prepares it on the server (see
// DriverStatement), or, for the inserts of a bulk write, queued for COPY (see CopyStatement), or,
// for a large read, read by COPY (see CopyOutStatement). The stores use it without knowing which.
#pragma once

#include <memory>

#include <QString>
#include <QVariant>
#include <QVariantList>

#include "core/Result.h"
#include "core/data/SqlDialect.h"

namespace sd {

class Database;

class BulkStatement
{
public:
    // SQL is an INSERT whose new row's id insert() gives.
    static std::unique_ptr<BulkStatement> forInsert(const Database& database, const QString& sql);
    // SQL is a SELECT whose rows select() and next() step through.
    static std::unique_ptr<BulkStatement> forSelect(const Database& database, const QString& sql);
    // How the server plans a large read.
    enum class ReadPlan {
        Cheapest, // the least work in all, though a sort may hold back the first row until the last is read
        InIndexOrder, // the rows in an index's order as they are found, the first at once: for a read
                      // of most of a table in that order, handled by the reader while the server reads on
    };
    // SQL is a SELECT of many rows (a table, a seminar's registrations) whose ? values are integers:
    // on PostgreSQL its rows are read by COPY (see CopyOutStatement) as PLAN says. SQLite steps
    // through the rows as it finds them, in the order its own planner chooses.
    static std::unique_ptr<BulkStatement> forLargeSelect(const Database& database, const QString& sql,
                                                         ReadPlan plan = ReadPlan::Cheapest);

    virtual ~BulkStatement() = default;
    // Binds VALUES to the ? placeholders in order, runs the statement and gives the new row's id.
    // As with SqlStatement: an invalid QVariant is NULL, a null QString is empty text.
    virtual Result<qint64> insert(const QVariantList& values) = 0;
    // Binds VALUES for a query whose rows next() then steps through.
    virtual Status select(const QVariantList& values = {}) = 0;
    // Moves to the next row: false after the last, or on an error, which errorText() then gives.
    virtual bool next() = 0;
    // A column of the current row: integer, double, text, bytes or NULL.
    virtual QVariant value(int column) const = 0;
    // Why the last step failed ("" when it did not).
    virtual QString errorText() const = 0;
    // Whether the last step failed for breaking CONSTRAINT (see SqlDialect::broke).
    virtual bool failedOn(SqlDialect::Constraint constraint, const QString& table = {},
                          const QStringList& columns = {}) const = 0;
    // Whether insert() queues its row to be written with others before the next statement runs
    // (CopyStatement): a refusal then fails that statement, and a savepoint taken around one
    // insert() would write every row on its own.
    virtual bool queuesRows() const { return false; }

protected:
    BulkStatement() = default;
    Q_DISABLE_COPY_MOVE(BulkStatement)
};

} // namespace sd
