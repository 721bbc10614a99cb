// A BulkStatement that reads the rows of a large SELECT on PostgreSQL with COPY (SELECT …) TO STDOUT
// through libpq on the connection's own handle. The server then sends the rows in its copy format,
// without a query result's message, row description and conversions for each row: reading a seminar's
// 100,000 registrations that way takes half the time. COPY binds no values, so the values are
// integers only (ids, a seminar, a limit), written into the SQL as numbers: nothing a user typed.
// The rows are handled as they come, while the server sends the next ones. The connection can run
// nothing else meanwhile: any other statement first has the rest read into memory (see
// Database::prepareToRun()), and so does the statement's end when its reader stopped early.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include "core/data/BulkStatement.h"

namespace sd {

class CopyOutStatement final : public BulkStatement
{
    Q_DECLARE_TR_FUNCTIONS(CopyOutStatement)

public:
    // SQL is ours: a SELECT whose ? stand for integers, planned as PLAN says.
    CopyOutStatement(const Database& database, const QString& sql, ReadPlan plan = ReadPlan::Cheapest);
    ~CopyOutStatement() override;

    // Not for writing: select() and next() are all it does.
    Result<qint64> insert(const QVariantList& values) override;
    // Fails for a value that is not an integer.
    Status select(const QVariantList& values) override;
    bool next() override;
    // Integers come as their text, which QVariant converts; NULL as an invalid QVariant.
    QVariant value(int column) const override;
    QString errorText() const override { return m_error; }
    bool failedOn(SqlDialect::Constraint, const QString&, const QStringList&) const override { return false; }

    // Reads the rows the server has still to send into memory, for next() to step through, and
    // frees the connection.
    void readRest();

    // The text of one field as COPY TO writes it, its backslash escapes (\\ \b \f \n \r \t \v) undone.
    static QByteArray unescaped(QByteArrayView field);

private:
    // The COPY statement with VALUES written in for the ?.
    Result<QByteArray> copySql(const QVariantList& values) const;
    Status startCopy(const QByteArray& copySql);
    // Runs SQL, settings for the session, on the connection.
    Status setPlanner(const char* sql);
    // Undoes the settings of a read in index order.
    Status resetPlanner();
    // The next row from the server, into m_fields; false at the end or on a failure.
    bool receiveRow();
    // The end of the COPY: its result, and the connection free again.
    void finishCopy(bool failed);
    void failWith(const QString& failure);
    void readRow(const char* start, const char* end);

    const Database& m_database;
    QString m_sql;
    ReadPlan m_plan;
    bool m_receiving = false; // the server is sending rows
    QByteArray m_rows; // rows read ahead by readRest(), a line each
    qsizetype m_nextRow = 0; // where the next row starts in m_rows
    // The current row: its fields' text, and which are NULL (kept apart from QVariants, whose making
    // and unmaking for 3 million fields was a quarter of an export's time).
    QStringList m_fields;
    QList<bool> m_nulls;
    qsizetype m_columns = 0; // of the current row
    QString m_error;
};

} // namespace sd
