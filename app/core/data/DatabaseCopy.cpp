#include "core/data/DatabaseCopy.h"

#include <algorithm>
#include <cstdio>

#include <QFile>
#include <QTemporaryFile>

#include "core/data/Database.h"
#include "core/data/SchemaDescription.h"
#include "core/data/SqlDialect.h"
#include "core/data/SqlStatement.h"
#include "core/data/Transaction.h"
#include "core/files/FileProblem.h"

namespace sd {

namespace {

const QString propertyTable = QStringLiteral("database_property");

// The rows of TABLE that are the database's and not the engine's: PostgreSQL keeps its data
// version as a row of database_property (SQLite in its file header, see SqlDialect::readVersion),
// and each database keeps its own.
QString ownRows(const QString& table)
{
    return table == propertyTable ? QStringLiteral(" WHERE name <> 'data_version'") : QString();
}

// The tables in an order in which every row's parents are copied before it.
QList<SchemaDescription::Table> parentsFirst(QList<SchemaDescription::Table> remaining)
{
    QList<SchemaDescription::Table> ordered;
    QStringList placed;
    while (!remaining.isEmpty()) {
        const auto ready = std::find_if(remaining.begin(), remaining.end(), [&](const SchemaDescription::Table& table) {
            return std::all_of(table.foreignKeys.begin(), table.foreignKeys.end(),
                               [&](const SchemaDescription::ForeignKey& key) {
                                   return key.target == table.name || placed.contains(key.target);
                               });
        });
        // A cycle of keys (none in our schema) is copied in the catalogue's order.
        const auto next = ready == remaining.end() ? remaining.begin() : ready;
        placed.append(next->name);
        ordered.append(*next);
        remaining.erase(next);
    }
    return ordered;
}

QStringList columnNames(const SchemaDescription::Table& table)
{
    QStringList names;
    for (const SchemaDescription::Column& column : table.columns)
        names.append(column.name);
    return names;
}

// Column COLUMN of the current row, NULL as an invalid QVariant: QSQLITE gives NULL as a null
// QString, which a statement binds as empty text (see SqlStatement).
QVariant valueOf(SqlStatement& rows, int column)
{
    return rows.query().isNull(column) ? QVariant() : rows.value(column);
}

// A value as both engines give it alike: QPSQL and QSQLITE give the same number or text in
// different QVariant types.
QString comparable(const QVariant& value)
{
    if (!value.isValid())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QByteArray)
        return QStringLiteral("x") + QString::fromLatin1(value.toByteArray().toHex());
    return QStringLiteral("'") + value.toString();
}

// Every row of TABLE, each as one line of its comparable values, sorted (each engine orders text
// keys by its own collation).
Result<QStringList> rowLines(const Database& database, const QString& table, const QStringList& columns)
{
    SqlStatement rows(
        database, QStringLiteral("SELECT %1 FROM %2%3").arg(columns.join(QStringLiteral(", ")), table, ownRows(table)));
    if (Status ran = rows.exec(); !ran)
        return fail(ran.error());
    QStringList lines;
    while (rows.next()) {
        QStringList values;
        for (int column = 0; column < columns.size(); ++column)
            values.append(comparable(valueOf(rows, column)));
        lines.append(values.join(QChar(0x1f)));
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

} // namespace

Status DatabaseCopy::copy(const Database& source, const Database& target, const Progress& progress)
{
    if (source.schemaVersion() != target.schemaVersion()) {
        return fail(tr("“%1” is of data version %2 and “%3” of version %4; a copy goes between databases of one "
                       "version.")
                        .arg(source.path())
                        .arg(source.schemaVersion())
                        .arg(target.path())
                        .arg(target.schemaVersion()));
    }
    auto schema = SchemaDescription::read(source);
    if (!schema)
        return fail(schema.error());
    Transaction reading(source, Transaction::Intent::Read);
    if (!reading.begun())
        return fail(reading.errorText());
    // Desks may write to a shared database while it is copied: the copy is of one moment.
    if (source.dialect().engine() == SqlDialect::Engine::PostgreSql) {
        if (Status snapshot = runStatement(source, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
            !snapshot)
            return snapshot;
    }
    Transaction writing(target);
    if (!writing.begun())
        return fail(writing.errorText());
    if (Status empty = refuseUnlessEmpty(target); !empty)
        return empty;
    // What opening the target wrote of its own (the sort keys' version) gives way to the source's:
    // its keys are the ones copied.
    if (Status cleared
        = runStatement(target, QStringLiteral("DELETE FROM %1%2").arg(propertyTable, ownRows(propertyTable)));
        !cleared)
        return cleared;
    for (const SchemaDescription::Table& table : parentsFirst(schema->tables())) {
        if (Status copied = copyTable(source, target, table.name, columnNames(table), progress); !copied)
            return copied;
    }
    if (Status moved = moveIdentityCountersPastRows(target); !moved)
        return moved;
    if (Status checked = check(source, target); !checked)
        return checked;
    return writing.commit();
}

Status DatabaseCopy::copyToFile(const Database& source, const QString& path, const Progress& progress)
{
    return Database::create(path, [&](const Database& target) { return copy(source, target, progress); });
}

Status DatabaseCopy::backUp(const Database& source, const QString& path, const Progress& progress)
{
    if (source.dialect().engine() == SqlDialect::Engine::Sqlite)
        return source.saveCopyAs(path);
    // copyToFile makes only new files: it builds under a name of its own, which then replaces PATH.
    QTemporaryFile reserved(path + QStringLiteral(".XXXXXX"));
    if (!reserved.open())
        return fail(FileProblem::ofWrite(reserved, path));
    const QString building = reserved.fileName() + QStringLiteral(".sqlite");
    if (Status copied = copyToFile(source, building, progress); !copied)
        return copied;
    // rename(2) replaces the older copy in one step, so a reader never sees half a file.
    if (std::rename(QFile::encodeName(building).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(building);
        return fail(FileProblem::ofWrite(reserved, path));
    }
    return {};
}

Status DatabaseCopy::check(const Database& source, const Database& target)
{
    auto schema = SchemaDescription::read(source);
    if (!schema)
        return fail(schema.error());
    for (const SchemaDescription::Table& table : schema->tables()) {
        const QStringList columns = columnNames(table);
        auto original = rowLines(source, table.name, columns);
        if (!original)
            return fail(original.error());
        auto copied = rowLines(target, table.name, columns);
        if (!copied)
            return fail(copied.error());
        if (original->size() != copied->size()) {
            return fail(tr("The copy is not whole: the table %1 holds %2 rows in “%3” and %4 in “%5”.")
                            .arg(table.name)
                            .arg(original->size())
                            .arg(source.path())
                            .arg(copied->size())
                            .arg(target.path()));
        }
        if (*original != *copied) {
            return fail(tr("The copy differs from its original: the table %1 of “%2” holds other values than in "
                           "“%3”.")
                            .arg(table.name, target.path(), source.path()));
        }
    }
    return {};
}

Status DatabaseCopy::refuseUnlessEmpty(const Database& target)
{
    auto schema = SchemaDescription::read(target);
    if (!schema)
        return fail(schema.error());
    for (const SchemaDescription::Table& table : schema->tables()) {
        if (table.name == propertyTable)
            continue;
        SqlStatement rows(target, QStringLiteral("SELECT count(*) FROM %1").arg(table.name));
        if (Status ran = rows.exec(); !ran)
            return fail(ran.error());
        if (rows.next() && rows.value(0).toLongLong() > 0) {
            return fail(tr("“%1” is not empty (its table %2 holds rows); a database is only copied into an empty "
                           "one, and this one was left as it was.")
                            .arg(target.path(), table.name));
        }
    }
    return {};
}

Status DatabaseCopy::copyTable(const Database& source, const Database& target, const QString& table,
                               const QStringList& columns, const Progress& progress)
{
    const QString columnList = columns.join(QStringLiteral(", "));
    SqlStatement rows(source, QStringLiteral("SELECT %1 FROM %2%3").arg(columnList, table, ownRows(table)));
    if (Status ran = rows.exec(); !ran)
        return fail(ran.error());
    SqlStatement insert(
        target,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columnList, placeholderList(columns.size())));
    qint64 count = 0;
    QVariantList values;
    while (rows.next()) {
        values.clear();
        for (int column = 0; column < columns.size(); ++column)
            values.append(valueOf(rows, column));
        if (Status inserted = insert.exec(values); !inserted)
            return fail(tr("Copying the table %1 into “%2” failed: %3").arg(table, target.path(), inserted.error()));
        ++count;
    }
    if (progress)
        progress(table, count);
    return {};
}

// The ids were copied as they were: the server's counters, which give new rows their ids, are
// set past the highest, or the next new row would take an id already used.
Status DatabaseCopy::moveIdentityCountersPastRows(const Database& target)
{
    if (target.dialect().engine() != SqlDialect::Engine::PostgreSql)
        return {};
    auto schema = SchemaDescription::read(target);
    if (!schema)
        return fail(schema.error());
    for (const SchemaDescription::Table& table : schema->tables()) {
        for (const SchemaDescription::Column& column : table.columns) {
            if (!column.identity)
                continue;
            SqlStatement counter(target,
                                 QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                                "coalesce(max(%2), 0) + 1, false) FROM %1")
                                     .arg(table.name, column.name));
            if (Status set = counter.exec(); !set)
                return set;
        }
    }
    return {};
}

} // namespace sd
