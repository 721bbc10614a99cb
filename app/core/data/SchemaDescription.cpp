#include "core/data/SchemaDescription.h"

#include <algorithm>
#include <map>

#include <QRegularExpression>
#include <QSqlRecord>

#include <sqlite3.h>

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"

namespace sd {

namespace {

// The rows of SQL with VALUES bound, each as a list of its columns.
Result<QList<QVariantList>> rows(const Database& database, const QString& sql, const QVariantList& values = {})
{
    return selectRows<QVariantList>(database, sql, values, [](SqlStatement& statement) {
        QVariantList row;
        for (int column = 0; column < statement.query().record().count(); ++column)
            row.append(statement.value(column));
        return row;
    });
}

// SQL text without its comments and quoted text, so that words in them are not taken for names.
QString withoutCommentsAndText(const QString& sql)
{
    static const QRegularExpression quotedOrComment(QStringLiteral("'(?:[^']|'')*'|--[^\\n]*"));
    return QString(sql).replace(quotedOrComment, QStringLiteral(" "));
}

// The columns of COLUMNS that EXPRESSION names, sorted. PostgreSQL's text of an expression adds
// casts ("''::text") and quotes names that are words of SQL ("position"); neither is a column.
QStringList columnsNamedIn(const QString& expression, const QList<SchemaDescription::Column>& columns)
{
    static const QRegularExpression cast(QStringLiteral("::\\w+"));
    static const QRegularExpression name(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
    const QString bare = withoutCommentsAndText(expression).remove(cast).remove(QLatin1Char('"'));
    QStringList named;
    for (auto match = name.globalMatch(bare); match.hasNext();) {
        const QString word = match.next().captured();
        const bool isColumn
            = std::any_of(columns.cbegin(), columns.cend(),
                          [&word](const SchemaDescription::Column& column) { return column.name == word; });
        if (isColumn && !named.contains(word))
            named.append(word);
    }
    named.sort();
    return named;
}

// The expression of each CHECK in an SQLite CREATE TABLE statement (the text in its parentheses).
QStringList sqliteChecks(const QString& createTable)
{
    static const QRegularExpression check(QStringLiteral("\\bCHECK\\s*\\("), QRegularExpression::CaseInsensitiveOption);
    const QString sql = withoutCommentsAndText(createTable);
    QStringList expressions;
    for (auto match = check.globalMatch(sql); match.hasNext();) {
        const qsizetype start = match.next().capturedEnd();
        int depth = 1;
        qsizetype end = start;
        for (; end < sql.size() && depth > 0; ++end)
            depth += sql.at(end) == QLatin1Char('(') ? 1 : sql.at(end) == QLatin1Char(')') ? -1 : 0;
        expressions.append(sql.mid(start, end - start - 1));
    }
    return expressions;
}

// SQLite's rules of type affinity (section 3.1 of its "Datatypes" page), in our words.
QString sqliteKind(const QString& declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT")))
        return QStringLiteral("integer");
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB"))
        || type.contains(QLatin1String("TEXT")))
        return QStringLiteral("text");
    if (type.isEmpty() || type.contains(QLatin1String("BLOB")))
        return QStringLiteral("blob");
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA"))
        || type.contains(QLatin1String("DOUB")))
        return QStringLiteral("real");
    return type.toLower();
}

QString postgresKind(const QString& type)
{
    static const std::map<QString, QString> kinds {{QStringLiteral("smallint"), QStringLiteral("integer")},
                                                   {QStringLiteral("integer"), QStringLiteral("integer")},
                                                   {QStringLiteral("bigint"), QStringLiteral("integer")},
                                                   {QStringLiteral("text"), QStringLiteral("text")},
                                                   {QStringLiteral("bytea"), QStringLiteral("blob")},
                                                   {QStringLiteral("real"), QStringLiteral("real")},
                                                   {QStringLiteral("double precision"), QStringLiteral("real")},
                                                   {QStringLiteral("boolean"), QStringLiteral("boolean")}};
    const QString base = type.section(QLatin1Char('('), 0, 0);
    if (base.startsWith(QLatin1String("character")))
        return QStringLiteral("text");
    const auto kind = kinds.find(base);
    return kind == kinds.end() ? type : kind->second;
}

QString postgresOnDelete(const QString& code)
{
    static const std::map<QString, QString> actions {{QStringLiteral("a"), QStringLiteral("no action")},
                                                     {QStringLiteral("r"), QStringLiteral("restrict")},
                                                     {QStringLiteral("c"), QStringLiteral("cascade")},
                                                     {QStringLiteral("n"), QStringLiteral("set null")},
                                                     {QStringLiteral("d"), QStringLiteral("set default")}};
    const auto action = actions.find(code);
    return action == actions.end() ? code : action->second;
}

QStringList split(const QVariant& commaList)
{
    return commaList.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

Result<SchemaDescription> SchemaDescription::read(const Database& database)
{
    SchemaDescription description;
    const Status read = database.dialect().engine() == SqlDialect::Engine::Sqlite ? description.readSqlite(database)
                                                                                  : description.readPostgres(database);
    if (!read)
        return fail(read.error());
    return description;
}

Status SchemaDescription::readSqlite(const Database& database)
{
    auto objects = rows(database,
                        QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                       "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    if (!objects)
        return fail(objects.error());
    for (const QVariantList& object : *objects) {
        if (object.value(0) == QLatin1String("view"))
            m_views.append(object.value(1).toString());
        if (object.value(0) != QLatin1String("table"))
            continue;
        Table table;
        table.name = object.value(1).toString();
        if (Status read = readSqliteColumns(database, table); !read)
            return read;
        if (Status read = readSqliteKeys(database, table); !read)
            return read;
        if (Status read = readSqliteIndexes(database, *objects, table); !read)
            return read;
        for (const QString& check : sqliteChecks(object.value(3).toString()))
            table.checks.append(columnsNamedIn(check, table.columns));
        for (const QVariantList& trigger : *objects) {
            if (trigger.value(0) == QLatin1String("trigger") && trigger.value(2) == table.name)
                table.triggers.append(trigger.value(1).toString());
        }
        m_tables.append(table);
    }
    return {};
}

Status SchemaDescription::readSqliteColumns(const Database& database, Table& table)
{
    auto columns
        = rows(database,
               QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid"),
               {table.name});
    if (!columns)
        return fail(columns.error());
    std::map<int, QString> primaryKey;
    for (const QVariantList& row : *columns) {
        Column column;
        column.name = row.value(0).toString();
        column.kind = sqliteKind(row.value(1).toString());
        // SQLite lets a key column other than an INTEGER one hold NULL, an old quirk of its own;
        // PostgreSQL never does, and Seminar Desk never writes one: compared as NOT NULL.
        column.notNull = row.value(2).toInt() != 0 || row.value(4).toInt() > 0;
        column.hasDefault = !row.value(3).isNull();
        if (column.kind == QLatin1String("text")) {
            const char* collation = nullptr;
            sqlite3_table_column_metadata(database.sqliteHandle(), "main", table.name.toUtf8().constData(),
                                          column.name.toUtf8().constData(), nullptr, &collation, nullptr, nullptr,
                                          nullptr);
            const QString name = QString::fromUtf8(collation).toLower();
            column.collation = name == QLatin1String("binary") ? QStringLiteral("bytewise") : name;
        }
        if (row.value(4).toInt() > 0)
            primaryKey[row.value(4).toInt()] = column.name;
        table.columns.append(column);
    }
    for (const auto& [position, name] : primaryKey)
        table.primaryKey.append(name);
    return {};
}

Status SchemaDescription::readSqliteKeys(const Database& database, Table& table)
{
    auto keys = rows(database,
                     QStringLiteral("SELECT id, \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(?) "
                                    "ORDER BY id, seq"),
                     {table.name});
    if (!keys)
        return fail(keys.error());
    int keyId = -1; // a key of several columns comes as several rows
    for (const QVariantList& row : *keys) {
        if (row.value(0).toInt() != keyId) {
            keyId = row.value(0).toInt();
            table.foreignKeys.append({{}, row.value(1).toString(), {}, row.value(4).toString().toLower()});
        }
        table.foreignKeys.last().columns.append(row.value(2).toString());
        table.foreignKeys.last().targetColumns.append(row.value(3).toString());
    }
    // An INTEGER PRIMARY KEY is the row's id, which SQLite gives a new row, unless it is another
    // table's id (receiver_inventory.seminar_id).
    const bool keyIsReference
        = std::any_of(table.foreignKeys.cbegin(), table.foreignKeys.cend(),
                      [&table](const ForeignKey& key) { return key.columns == table.primaryKey; });
    for (Column& column : table.columns) {
        column.identity = table.primaryKey == QStringList {column.name} && !keyIsReference
            && column.kind == QLatin1String("integer");
    }
    return {};
}

Status SchemaDescription::readSqliteIndexes(const Database& database, const QList<QVariantList>& objects, Table& table)
{
    auto indexes = rows(database,
                        QStringLiteral("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?) "
                                       "WHERE origin <> 'pk'"),
                        {table.name});
    if (!indexes)
        return fail(indexes.error());
    for (const QVariantList& row : *indexes) {
        const QString name = row.value(0).toString();
        Index index;
        index.name = row.value(2) == QLatin1String("u") ? QString() : name;
        index.unique = row.value(1).toInt() != 0;
        index.partial = row.value(3).toInt() != 0;
        auto columns = rows(database, QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"), {name});
        if (!columns)
            return fail(columns.error());
        for (const QVariantList& column : *columns)
            index.columns.append(column.value(0).toString());
        for (const QVariantList& object : objects) {
            const QString sql = object.value(3).toString();
            if (index.partial && object.value(1) == name) {
                index.predicateColumns = columnsNamedIn(
                    sql.mid(sql.lastIndexOf(QLatin1String(" WHERE "), -1, Qt::CaseInsensitive)), table.columns);
            }
        }
        table.indexes.append(index);
    }
    return {};
}

namespace {

// The oid of the table whose name is the bound value, in the schema the connection works in.
const QString postgresTable = QStringLiteral(
    "(SELECT oid FROM pg_catalog.pg_class WHERE relname = ? AND relnamespace = current_schema()::regnamespace)");

// The names of the columns whose numbers are in the array ATTNUMS of table RELID, in order, with
// commas between them.
QString postgresColumnNames(const QString& attnums, const QString& relid)
{
    return QStringLiteral("(SELECT string_agg(a.attname, ',' ORDER BY u.n) FROM unnest(%1) WITH ORDINALITY "
                          "AS u(attnum, n) JOIN pg_catalog.pg_attribute a ON a.attrelid = %2 AND a.attnum = u.attnum)")
        .arg(attnums, relid);
}

} // namespace

Status SchemaDescription::readPostgres(const Database& database)
{
    auto relations = rows(database,
                          QStringLiteral("SELECT relname, relkind FROM pg_catalog.pg_class WHERE "
                                         "relnamespace = current_schema()::regnamespace AND relkind IN "
                                         "('r', 'p', 'v', 'm') ORDER BY relname"));
    auto collation = rows(
        database, QStringLiteral("SELECT datcollate FROM pg_catalog.pg_database WHERE datname = current_database()"));
    if (!relations || !collation)
        return fail(!relations ? relations.error() : collation.error());
    const QString databaseCollation = collation->value(0).value(0).toString();
    for (const QVariantList& relation : *relations) {
        const QString kind = relation.value(1).toString();
        if (kind == QLatin1String("v") || kind == QLatin1String("m")) {
            m_views.append(relation.value(0).toString());
            continue;
        }
        Table table;
        table.name = relation.value(0).toString();
        if (Status read = readPostgresColumns(database, databaseCollation, table); !read)
            return read;
        if (Status read = readPostgresKeys(database, table); !read)
            return read;
        if (Status read = readPostgresIndexes(database, table); !read)
            return read;
        m_tables.append(table);
    }
    return {};
}

Status SchemaDescription::readPostgresColumns(const Database& database, const QString& databaseCollation, Table& table)
{
    auto columns
        = rows(database,
               QStringLiteral("SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
                              "a.atthasdef, a.attidentity <> '', co.collname FROM pg_catalog.pg_attribute a "
                              "LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation "
                              "WHERE a.attrelid = %1 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum")
                   .arg(postgresTable),
               {table.name});
    if (!columns)
        return fail(columns.error());
    for (const QVariantList& row : *columns) {
        Column column;
        column.name = row.value(0).toString();
        column.kind = postgresKind(row.value(1).toString());
        column.notNull = row.value(2).toBool();
        column.hasDefault = row.value(3).toBool();
        column.identity = row.value(4).toBool();
        if (column.kind == QLatin1String("text")) {
            const QString name
                = row.value(5).toString() == QLatin1String("default") ? databaseCollation : row.value(5).toString();
            const bool bytewise = name == QLatin1String("C") || name == QLatin1String("POSIX");
            column.collation = bytewise ? QStringLiteral("bytewise") : name;
        }
        table.columns.append(column);
    }
    return {};
}

Status SchemaDescription::readPostgresKeys(const Database& database, Table& table)
{
    auto constraints = rows(
        database,
        QStringLiteral("SELECT k.contype, %1, (SELECT relname FROM pg_catalog.pg_class WHERE oid = k.confrelid), %2, "
                       "k.confdeltype, pg_get_constraintdef(k.oid) FROM pg_catalog.pg_constraint k "
                       "WHERE k.conrelid = %3 AND k.contype IN ('p', 'f', 'c') ORDER BY k.conname")
            .arg(postgresColumnNames(QStringLiteral("k.conkey"), QStringLiteral("k.conrelid")),
                 postgresColumnNames(QStringLiteral("k.confkey"), QStringLiteral("k.confrelid")), postgresTable),
        {table.name});
    auto triggers
        = rows(database,
               QStringLiteral("SELECT tgname FROM pg_catalog.pg_trigger WHERE tgrelid = %1 AND NOT tgisinternal")
                   .arg(postgresTable),
               {table.name});
    if (!constraints || !triggers)
        return fail(!constraints ? constraints.error() : triggers.error());
    for (const QVariantList& row : *constraints) {
        const QString type = row.value(0).toString();
        if (type == QLatin1String("p"))
            table.primaryKey = split(row.value(1));
        else if (type == QLatin1String("f"))
            table.foreignKeys.append({split(row.value(1)), row.value(2).toString(), split(row.value(3)),
                                      postgresOnDelete(row.value(4).toString())});
        else
            table.checks.append(columnsNamedIn(row.value(5).toString(), table.columns));
    }
    for (const QVariantList& row : *triggers)
        table.triggers.append(row.value(0).toString());
    return {};
}

Status SchemaDescription::readPostgresIndexes(const Database& database, Table& table)
{
    auto indexes = rows(
        database,
        QStringLiteral("SELECT c.relname, i.indisunique, i.indpred IS NOT NULL, "
                       "coalesce(pg_get_expr(i.indpred, i.indrelid), ''), %1, EXISTS (SELECT 1 FROM "
                       "pg_catalog.pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype = 'u') "
                       "FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid "
                       "WHERE i.indrelid = %2 AND NOT i.indisprimary")
            .arg(postgresColumnNames(QStringLiteral("i.indkey::int2[]"), QStringLiteral("i.indrelid")), postgresTable),
        {table.name});
    if (!indexes)
        return fail(indexes.error());
    for (const QVariantList& row : *indexes) {
        Index index;
        index.name = row.value(5).toBool() ? QString() : row.value(0).toString();
        index.unique = row.value(1).toBool();
        index.partial = row.value(2).toBool();
        index.predicateColumns = index.partial ? columnsNamedIn(row.value(3).toString(), table.columns) : QStringList();
        index.columns = split(row.value(4));
        table.indexes.append(index);
    }
    return {};
}

QStringList SchemaDescription::lines() const
{
    const auto list = [](const QStringList& names) {
        return QStringLiteral("(%1)").arg(names.join(QStringLiteral(", ")));
    };
    QStringList lines;
    for (const QString& view : m_views)
        lines.append(QStringLiteral("view ") + view);
    for (const Table& table : m_tables) {
        const QString& t = table.name;
        lines.append(QStringLiteral("table ") + t);
        QStringList order;
        for (const Column& column : table.columns) {
            order.append(column.name);
            QStringList facts {column.collation.isEmpty() ? column.kind
                                                          : column.kind + QLatin1Char(' ') + column.collation};
            if (column.notNull)
                facts.append(QStringLiteral("not null"));
            if (column.hasDefault)
                facts.append(QStringLiteral("default"));
            if (column.identity)
                facts.append(QStringLiteral("identity"));
            lines.append(QStringLiteral("%1 column %2: %3").arg(t, column.name, facts.join(QStringLiteral(", "))));
        }
        // The order on a line of its own: a column more or less is one difference, not one a column.
        lines.append(QStringLiteral("%1 columns in order %2").arg(t, list(order)));
        if (!table.primaryKey.isEmpty())
            lines.append(QStringLiteral("%1 primary key %2").arg(t, list(table.primaryKey)));
        for (const ForeignKey& key : table.foreignKeys) {
            lines.append(QStringLiteral("%1 foreign key %2 references %3 %4 on delete %5")
                             .arg(t, list(key.columns), key.target, list(key.targetColumns), key.onDelete));
        }
        for (const Index& index : table.indexes) {
            QString line
                = QStringLiteral("%1 %2%3 %4")
                      .arg(t, index.unique ? QStringLiteral("unique ") : QString(),
                           index.name.isEmpty() ? QStringLiteral("constraint") : QStringLiteral("index ") + index.name,
                           list(index.columns));
            if (index.partial)
                line += QStringLiteral(" where ") + list(index.predicateColumns);
            lines.append(line);
        }
        for (const QStringList& check : table.checks)
            lines.append(QStringLiteral("%1 check on %2").arg(t, list(check)));
        for (const QString& trigger : table.triggers)
            lines.append(QStringLiteral("%1 trigger %2").arg(t, trigger));
    }
    lines.sort();
    return lines;
}

QStringList SchemaDescription::differencesFrom(const SchemaDescription& other) const
{
    // Sorted lists, compared as multisets: a table may have two checks on the same columns.
    const QStringList mine = lines();
    const QStringList theirs = other.lines();
    QStringList onlyMine;
    QStringList onlyTheirs;
    std::set_difference(mine.cbegin(), mine.cend(), theirs.cbegin(), theirs.cend(), std::back_inserter(onlyMine));
    std::set_difference(theirs.cbegin(), theirs.cend(), mine.cbegin(), mine.cend(), std::back_inserter(onlyTheirs));
    QStringList differences;
    for (const QString& line : onlyMine)
        differences.append(QStringLiteral("- ") + line);
    for (const QString& line : onlyTheirs)
        differences.append(QStringLiteral("+ ") + line);
    return differences;
}

} // namespace sd
