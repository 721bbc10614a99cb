// A statement prepared on SQLite's own handle of a database's connection, for rows that come by
// the hundred thousand: the inserts of imports and the demo, the reads of exports and imports.
// Through Qt's driver, binding each value by name, or reading each row into cached QVariants,
// cost about as much as SQLite's own work.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

#include "core/Result.h"
#include "core/data/BulkStatement.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sd {

class Database;

class SqliteStatement final : public BulkStatement
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)

public:
    // Prepares SQL on the connection of DATABASE; errorText() says why when it could not.
    SqliteStatement(const Database& database, const QString& sql);
    ~SqliteStatement() override;

    Result<qint64> insert(const QVariantList& values) override;
    Status select(const QVariantList& values = {}) override;
    bool next() override;
    // A column of the current row as Qt's driver gives it: integer, double, text, bytes or NULL.
    QVariant value(int column) const override;
    QString errorText() const override { return m_error; }
    bool failedOn(SqlDialect::Constraint constraint, const QString& table = {},
                  const QStringList& columns = {}) const override;

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
