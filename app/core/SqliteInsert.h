// An INSERT prepared on SQLite's own handle of a database's connection, for the rows that come by
// the hundred thousand: imports and the demo. Binding through Qt's driver (by name, each value
// looked up and converted) cost about as much as SQLite's insert itself.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

#include "Result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sd {

class SqliteInsert
{
    Q_DECLARE_TR_FUNCTIONS(SqliteInsert)

public:
    // Prepares SQL on HANDLE; errorText() says why when it could not.
    SqliteInsert(sqlite3* handle, const QString& sql);
    ~SqliteInsert();
    Q_DISABLE_COPY_MOVE(SqliteInsert)

    // Binds VALUES to the ? placeholders in order, runs the statement and gives the new row's id.
    // As with SqlStatement: an invalid QVariant is NULL, a null QString is empty text.
    Result<qint64> exec(const QVariantList& values);
    QString errorText() const { return m_error; }
    // The raw constraint text of the last failure, as SqlStatement::failedOn.
    bool failedOn(const QString& constraintText) const { return m_error.contains(constraintText); }

private:
    int bind(int position, const QVariant& value);

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};

} // namespace sd
