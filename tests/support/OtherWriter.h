#pragma once

#include <thread>

#include <QSemaphore>
#include <QString>

// Another program writing to a database from its own connection: it takes the write lock, adds a
// venue, and commits after HOLD_MS. Constructed once it holds the lock.
class OtherWriter
{
public:
    OtherWriter(const QString& path, int holdMs);
    ~OtherWriter();
    OtherWriter(const OtherWriter&) = delete;
    OtherWriter& operator=(const OtherWriter&) = delete;

    bool locked() const { return m_locked; }

private:
    std::thread m_thread;
    QSemaphore m_ready;
    bool m_locked = false;
};
