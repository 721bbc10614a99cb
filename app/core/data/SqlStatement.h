// One prepared SQL statement with bound values; driver errors become messages fit to show.
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include "core/Result.h"
#include "core/data/SqlDialect.h"

namespace sd {

class Database;

class SqlStatement
{
public:
    SqlStatement(const Database& database, const QString& sql);

    // Binds VALUES to the placeholders in order and runs the statement; prepared again first when
    // the database connected again since it was prepared.
    Status exec(const QVariantList& values = {});
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    // Why it failed: the file's problem when the cause lies there (see Database::fileProblem()),
    // else the driver's words.
    QString errorText() const;
    // Whether it failed for breaking CONSTRAINT (see SqlDialect::broke), for callers that turn a
    // particular constraint into their own message.
    bool failedOn(SqlDialect::Constraint constraint, const QString& table = {}, const QStringList& columns = {}) const;
    QSqlQuery& query() { return m_query; }

private:
    // Prepares the statement on the database's connection as it is now.
    void prepare();
    void noteFailure();

    const Database& m_database;
    QString m_sql; // with named placeholders
    QSqlQuery m_query;
    QString m_fileProblem;
    bool m_prepared = false;
    int m_placeholders = 0;
    int m_connectionNumber = 0; // the connection it was prepared on (see Database::connectionNumber())
};

} // namespace sd

namespace sd {

// "?, ?, ?" for COUNT values bound in order.
QString placeholderList(qsizetype count);
// Runs SQL that takes no values as it is, unprepared: PostgreSQL prepares no change of the schema
// (CREATE, ALTER, DROP) and no transaction or lock statement.
Status runStatement(const Database& database, const QString& sql);
// Runs an INSERT and gives the new row's id.
Result<qint64> insertRow(const Database& database, const QString& sql, const QVariantList& values);
// Runs an UPDATE or DELETE that must touch exactly one row; NOT_FOUND is the message when none was.
Status changeOneRow(const Database& database, const QString& sql, const QVariantList& values, const QString& notFound);

// Runs a SELECT and reads each row with READ(statement) into a list.
template <typename Record, typename Reader>
Result<QList<Record>> selectRows(const Database& database, const QString& sql, const QVariantList& values, Reader read)
{
    SqlStatement statement(database, sql);
    if (Status ran = statement.exec(values); !ran)
        return fail(ran.error());
    QList<Record> records;
    while (statement.next())
        records.append(read(statement));
    return records;
}

// Runs a SELECT that gives at most one row; NOT_FOUND is the message when it gives none.
template <typename Record, typename Reader>
Result<Record> selectOneRow(const Database& database, const QString& sql, const QVariantList& values, Reader read,
                            const QString& notFound)
{
    SqlStatement statement(database, sql);
    if (Status ran = statement.exec(values); !ran)
        return fail(ran.error());
    if (!statement.next())
        return fail(notFound);
    return read(statement);
}

} // namespace sd
