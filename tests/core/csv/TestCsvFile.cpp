#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "core/csv/CsvFile.h"
#include "support/CatchQt.h"

using namespace sd;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("A CSV text is saved in UTF-8 with a BOM, readable by its owner only", "[csv][files]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("receivers.csv"));
    REQUIRE(CsvFile::write(path, QStringLiteral("氏名,レシーバー\r\n山田 太郎,R-001\r\n")).ok());
    CHECK(contents(path)
          == QByteArray("\xEF\xBB\xBF") + QStringLiteral("氏名,レシーバー\r\n山田 太郎,R-001\r\n").toUtf8());
    CHECK(QFile::permissions(path) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}

TEST_CASE("A CSV text that cannot be saved says where, and leaves no file", "[csv][files]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("missing/attendance.csv"));
    Status written = CsvFile::write(path, QStringLiteral("Name\r\n"));
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFile::exists(path));
}
