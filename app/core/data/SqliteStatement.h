// A statement prepared on SQLite's own handle of a database's connection, for rows that come by
// the hundred thousand: the inserts of imports and the demo, the reads of exports and imports.
// Through Qt's driver, binding each value by name, or reading each row into cached QVariants,
// cost about as much as SQLite's own work.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

#include "core/Result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sd {

class Database;

class SqliteStatement
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)

public:
    // Prepares SQL on the connection of DATABASE; errorText() says why when it could not.
    SqliteStatement(const Database& database, const QString& sql);
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    // Binds VALUES to the ? placeholders in order, runs the statement and gives the new row's id.
    // As with SqlStatement: an invalid QVariant is NULL, a null QString is empty text.
    Result<qint64> insert(const QVariantList& values);
    // Binds VALUES for a query whose rows next() then steps through.
    Status select(const QVariantList& values = {});
    // Moves to the next row: false after the last, or on an error, which errorText() then gives.
    bool next();
    // A column of the current row as Qt's driver gives it: integer, double, text, bytes or NULL.
    QVariant value(int column) const;
    QString errorText() const { return m_error; }
    // The raw constraint text of the last failure, as SqlStatement::failedOn.
    bool failedOn(const QString& constraintText) const { return m_error.contains(constraintText); }

private:
    SqliteStatement(const Database& database, sqlite3* handle, const QString& sql);
    // Why SQLite failed just now: the file's problem when the cause lies there, else SQLite's words.
    QString failureText() const;

    enum class Binding { Borrowed, Copied }; // whether SQLite may keep pointers into the values
    int bindAll(const QVariantList& values, Binding binding);
    int bind(int position, const QVariant& value, Binding binding);

    const Database& m_database;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};

} // namespace sd
