#include "support/ScratchDisk.h"

#include <catch2/catch.hpp>

#include <cerrno>
#include <cstring>

#include <QByteArray>
#include <QFile>

#include <sys/mount.h>

ScratchDisk::ScratchDisk(int kibibytes)
{
    REQUIRE(m_folder.isValid());
    const QByteArray options = "size=" + QByteArray::number(kibibytes) + "k,mode=0700";
    const int mounted
        = ::mount("tmpfs", QFile::encodeName(m_folder.path()).constData(), "tmpfs", 0, options.constData());
    INFO("mounting a tmpfs needs root (CI runs as root): " << std::strerror(errno));
    REQUIRE(mounted == 0);
    m_mounted = true;
}

ScratchDisk::~ScratchDisk()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_folder.path()).constData(), MNT_DETACH);
}

void ScratchDisk::fill()
{
    QFile filler(filePath(QStringLiteral("filler")));
    REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray block(4096, '\0');
    while (filler.write(block) > 0) { }
    // The last, partly written block leaves less than a block free: a byte more takes a block.
    while (filler.write(block.left(1)) > 0) { }
}

void ScratchDisk::makeReadOnly()
{
    const int remounted
        = ::mount("tmpfs", QFile::encodeName(m_folder.path()).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr);
    INFO(std::strerror(errno));
    REQUIRE(remounted == 0);
}
