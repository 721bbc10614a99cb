#include <catch2/catch.hpp>

#include "SqlStatement.h"
#include "SqliteInsert.h"
#include "TestDatabaseFile.h"

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
    SqliteInsert& insert
        = file.database().insertStatement(QStringLiteral("INSERT INTO sample (a, b, c, d, e, f) VALUES (?, ?, ?, ?, ?, ?)"));
    CHECK(&insert
          == &file.database().insertStatement(
              QStringLiteral("INSERT INTO sample (a, b, c, d, e, f) VALUES (?, ?, ?, ?, ?, ?)")));

    const QString name = QStringLiteral("O'Brien “髙﨑” 😀");
    const QByteArray bytes("\0\x01\xff", 3);
    Result<qint64> first = insert.exec({QVariant(), QString(), name, bytes, 42, true});
    INFO(insert.errorText().toStdString());
    REQUIRE(first.ok());
    Result<qint64> second = insert.exec({1.5, QString(), QString(), QByteArray(), qint64(1) << 40, false});
    REQUIRE(second.ok());
    CHECK(*second == *first + 1);

    SqlStatement read(file.database(), QStringLiteral("SELECT typeof(a), typeof(b), b, c, d, e, f FROM sample "
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
    SqliteInsert& insert = file.database().insertStatement(QStringLiteral("INSERT INTO code (text) VALUES (?)"));
    REQUIRE(insert.exec({QStringLiteral("SD-1")}).ok());
    Result<qint64> again = insert.exec({QStringLiteral("SD-1")});
    REQUIRE_FALSE(again.ok());
    CHECK(insert.failedOn(QStringLiteral("code.text")));
    CHECK(again.error().contains(QStringLiteral("UNIQUE")));
    CHECK(insert.exec({QStringLiteral("SD-2")}).ok());
    CHECK_FALSE(insert.failedOn(QStringLiteral("code.text")));

    SqliteInsert& broken = file.database().insertStatement(QStringLiteral("INSERT INTO nowhere (x) VALUES (?)"));
    Result<qint64> refused = broken.exec({1});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("nowhere")));
}
