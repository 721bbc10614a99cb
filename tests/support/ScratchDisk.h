#pragma once

#include <QString>
#include <QTemporaryDir>

// A small disk of its own (a tmpfs mounted in a temporary folder) that a test can fill to the last
// byte or make read-only: what a full disk or a read-only folder really does, not an imitation.
// Mounting needs root, as CI runs; without it the test fails and says so.
class ScratchDisk
{
public:
    explicit ScratchDisk(int kibibytes);
    ~ScratchDisk();
    ScratchDisk(const ScratchDisk&) = delete;
    ScratchDisk& operator=(const ScratchDisk&) = delete;

    QString path() const { return m_folder.path(); }
    QString filePath(const QString& name) const { return m_folder.filePath(name); }
    // Writes a filler file until the disk refuses another byte.
    void fill();
    // Remounts the disk read-only: nothing on it can be changed, not even by root.
    void makeReadOnly();

private:
    QTemporaryDir m_folder;
    bool m_mounted = false;
};
