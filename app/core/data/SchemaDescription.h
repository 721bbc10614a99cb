// A database's schema in words both engines share, read from the engine's own catalogue
// (sqlite_master and its pragmas on SQLite, pg_catalog on PostgreSQL): what a test compares to
// know that the two forms of the migrations made the same tables.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include "core/Result.h"

namespace sd {

class Database;

class SchemaDescription
{
public:
    struct Column
    {
        QString name;
        QString kind; // integer, text, real, blob, boolean, or the engine's own type name
        QString collation; // text only: "bytewise", or the collation's own name
        bool notNull = false;
        bool hasDefault = false;
        bool identity = false; // the engine gives a new row its value
    };
    struct ForeignKey
    {
        QStringList columns;
        QString target;
        QStringList targetColumns;
        QString onDelete; // no action, restrict, cascade, set null, set default
    };
    struct Index
    {
        QString name; // "" for the index a UNIQUE constraint has (named by each engine its own way)
        QStringList columns;
        bool unique = false;
        bool partial = false;
        QStringList predicateColumns; // the columns its WHERE names
    };
    struct Table
    {
        QString name;
        QList<Column> columns; // in their order
        QStringList primaryKey;
        QList<ForeignKey> foreignKeys;
        QList<Index> indexes; // the primary key's own index left out
        QList<QStringList> checks; // each CHECK constraint as the columns it names
        QStringList triggers;
    };

    static Result<SchemaDescription> read(const Database& database);

    const QList<Table>& tables() const { return m_tables; }
    const QStringList& views() const { return m_views; }
    // One line per fact, sorted ("seminar column short_title: text bytewise, not null, default").
    QStringList lines() const;
    // The lines only this description has ("- ...") and those only OTHER has ("+ ...").
    QStringList differencesFrom(const SchemaDescription& other) const;

private:
    Status readSqlite(const Database& database);
    static Status readSqliteColumns(const Database& database, Table& table);
    static Status readSqliteKeys(const Database& database, Table& table);
    static Status readSqliteIndexes(const Database& database, const QList<QVariantList>& objects, Table& table);
    Status readPostgres(const Database& database);
    static Status readPostgresColumns(const Database& database, const QString& databaseCollation, Table& table);
    static Status readPostgresKeys(const Database& database, Table& table);
    static Status readPostgresIndexes(const Database& database, Table& table);

    QList<Table> m_tables;
    QStringList m_views;
};

} // namespace sd
