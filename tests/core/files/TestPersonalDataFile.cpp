#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "core/files/PersonalDataFile.h"
#include "support/CatchQt.h"
#include "support/ScratchDisk.h"

using namespace sd;

namespace {

constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

QByteArray contents(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeOld(const QString& path)
{
    QFile old(path);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("old list\n");
    old.close();
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
}

} // namespace

TEST_CASE("A file of personal data is readable by its owner only, new or replacing another", "[files]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("list.csv"));
    const bool replacing = GENERATE(false, true);
    if (replacing)
        writeOld(path);
    PersonalDataFile file(path);
    REQUIRE(file.open().ok());
    REQUIRE(file.write("山田 太郎,yamada@example.jp\n").ok());
    REQUIRE(file.commit().ok());
    CHECK(contents(path) == "山田 太郎,yamada@example.jp\n");
    CHECK(QFile::permissions(path) == ownerOnly);
}

TEST_CASE("A file of personal data not committed leaves the old file as it was", "[files]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("list.csv"));
    writeOld(path);
    {
        PersonalDataFile file(path);
        REQUIRE(file.open().ok());
        REQUIRE(file.write("half a list").ok());
    }
    CHECK(contents(path) == "old list\n");
    CHECK(QDir(folder.path()).entryList(QDir::Files) == QStringList {QStringLiteral("list.csv")});
}

TEST_CASE("A full disk is named as full, with the file", "[files][disk]")
{
    ScratchDisk disk(256);
    const QString path = disk.filePath(QStringLiteral("badges.pdf"));
    writeOld(path);
    disk.fill();
    PersonalDataFile file(path);
    Status written = file.open();
    if (written)
        written = file.write(QByteArray(64 * 1024, 'x'));
    if (written)
        written = file.commit();
    REQUIRE_FALSE(written.ok());
    INFO(written.error().toStdString());
    CHECK(written.error().contains(QStringLiteral("The disk is full")));
    CHECK(written.error().contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(written.error().contains(QStringLiteral("Unknown error")));
    CHECK(contents(path) == "old list\n");
}

TEST_CASE("A read-only folder is named as read-only, with the folder", "[files][disk]")
{
    ScratchDisk disk(256);
    const QString path = disk.filePath(QStringLiteral("flyer.pdf"));
    disk.makeReadOnly();
    PersonalDataFile file(path);
    const Status opened = file.open();
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("is read-only")));
    CHECK(opened.error().contains(QDir::toNativeSeparators(disk.path())));
}
