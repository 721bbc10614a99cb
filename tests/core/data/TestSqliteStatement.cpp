#include <catch2/catch.hpp>

#include <limits>

#include "core/data/BulkStatement.h"
#include "core/data/SqlStatement.h"
#include "core/data/SqliteStatement.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

void run(Database& database, const QString& sql)
{
    SqlStatement statement(database, sql);
    REQUIRE(statement.exec().ok());
}

} // namespace

TEST_CASE("Inserts on SQLite's own handle store each kind of value as SqlStatement does", "[database][insert]")
{
    TestDatabaseFile file;
    run(file.database(), QStringLiteral("CREATE TEMP TABLE sample (id INTEGER PRIMARY KEY, a, b, c, d, e, f)"));
    BulkStatement& insert = file.database().insertStatement(
        QStringLiteral("INSERT INTO sample (a, b, c, d, e, f) VALUES (?, ?, ?, ?, ?, ?)"));
    CHECK(&insert
          == &file.database().insertStatement(
              QStringLiteral("INSERT INTO sample (a, b, c, d, e, f) VALUES (?, ?, ?, ?, ?, ?)")));

    const QString name = QStringLiteral("O'Brien “髙﨑” 😀");
    const QByteArray bytes("\0\x01\xff", 3);
    Result<qint64> first = insert.insert({QVariant(), QString(), name, bytes, 42, true});
    INFO(insert.errorText().toStdString());
    REQUIRE(first.ok());
    Result<qint64> second = insert.insert({1.5, QString(), QString(), QByteArray(), qint64(1) << 40, false});
    REQUIRE(second.ok());
    CHECK(*second == *first + 1);

    SqlStatement read(file.database(),
                      QStringLiteral("SELECT typeof(a), typeof(b), b, c, d, e, f FROM sample "
                                     "ORDER BY id"));
    REQUIRE(read.exec().ok());
    REQUIRE(read.next());
    CHECK(read.value(0).toString() == QStringLiteral("null"));
    CHECK(read.value(1).toString() == QStringLiteral("text")); // a null QString is empty text
    CHECK(read.value(2).toString().isEmpty());
    CHECK(read.value(3).toString() == name);
    CHECK(read.value(4).toByteArray() == bytes);
    CHECK(read.value(5).toInt() == 42);
    CHECK(read.value(6).toInt() == 1);
    REQUIRE(read.next());
    CHECK(read.value(0).toString() == QStringLiteral("real"));
    CHECK(read.value(5).toLongLong() == qint64(1) << 40);
    CHECK(read.value(6).toInt() == 0);
}

TEST_CASE("A failed insert says which constraint failed and the statement runs again", "[database][insert]")
{
    TestDatabaseFile file;
    run(file.database(), QStringLiteral("CREATE TEMP TABLE code (text TEXT NOT NULL UNIQUE)"));
    BulkStatement& insert = file.database().insertStatement(QStringLiteral("INSERT INTO code (text) VALUES (?)"));
    REQUIRE(insert.insert({QStringLiteral("SD-1")}).ok());
    Result<qint64> again = insert.insert({QStringLiteral("SD-1")});
    REQUIRE_FALSE(again.ok());
    CHECK(insert.failedOn(SqlDialect::Constraint::Unique, QStringLiteral("code"), {QStringLiteral("text")}));
    CHECK(again.error().contains(QStringLiteral("UNIQUE")));
    CHECK(insert.insert({QStringLiteral("SD-2")}).ok());
    CHECK_FALSE(insert.failedOn(SqlDialect::Constraint::Unique, QStringLiteral("code"), {QStringLiteral("text")}));

    BulkStatement& broken = file.database().insertStatement(QStringLiteral("INSERT INTO nowhere (x) VALUES (?)"));
    Result<qint64> refused = broken.insert({1});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("nowhere")));
}

TEST_CASE("Rows read on SQLite's own handle hold the values Qt's driver gives", "[database][select]")
{
    TestDatabaseFile file;
    run(file.database(), QStringLiteral("CREATE TEMP TABLE sample (id INTEGER PRIMARY KEY, a, b)"));
    const QString name = QStringLiteral("O'Brien “髙﨑” 😀");
    const QByteArray bytes("\0\x01\xff", 3);
    SqlStatement fill(file.database(), QStringLiteral("INSERT INTO sample (a, b) VALUES (?, ?), (?, ?), (?, ?)"));
    REQUIRE(fill.exec({name, bytes, qint64(1) << 40, 1.5, QVariant(), QString()}).ok());

    const QString query = QStringLiteral("SELECT id, a, b FROM sample WHERE id >= ? AND a IS NOT ? ORDER BY id");
    SqliteStatement ours(file.database(), query);
    // The bound text is gone before the rows are read.
    REQUIRE(ours.select({1, QString(QStringLiteral("nothing like it"))}).ok());
    SqlStatement qts(file.database(), query);
    REQUIRE(qts.exec({1, QStringLiteral("nothing like it")}).ok());
    int rows = 0;
    while (qts.next()) {
        REQUIRE(ours.next());
        ++rows;
        for (int column = 0; column < 3; ++column) {
            INFO("row " << rows << ", column " << column);
            CHECK(ours.value(column).isNull() == qts.value(column).isNull());
            CHECK(ours.value(column).toString() == qts.value(column).toString());
            CHECK(ours.value(column).toByteArray() == qts.value(column).toByteArray());
        }
    }
    CHECK(rows == 3);
    CHECK_FALSE(ours.next());
    CHECK(ours.errorText().isEmpty());

    // Read again from the start, with other values.
    REQUIRE(ours.select({3, QString()}).ok());
    REQUIRE(ours.next());
    CHECK(ours.value(0).toInt() == 3);
    CHECK(ours.value(1).isNull());
    CHECK(ours.value(2).toString().isEmpty());
    CHECK_FALSE(ours.next());
}

TEST_CASE("An error while reading rows ends them with its message", "[database][select]")
{
    TestDatabaseFile file;
    SqliteStatement overflow(file.database(), QStringLiteral("SELECT abs(?)"));
    REQUIRE(overflow.select({std::numeric_limits<qint64>::min()}).ok());
    CHECK_FALSE(overflow.next());
    CHECK(overflow.errorText().contains(QStringLiteral("overflow")));

    SqliteStatement nowhere(file.database(), QStringLiteral("SELECT x FROM nowhere"));
    const Status refused = nowhere.select();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("nowhere")));
    CHECK_FALSE(nowhere.next());
}
