// Asks a PostgreSQL server whether it accepts connections again, off the calling thread: libpq
// waits for the network, and a dead network must never freeze a window.
#pragma once

#include <chrono>
#include <utility>
#include <vector>

#include <QByteArray>
#include <QObject>

struct pg_conn;

namespace sd {

class ServerProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerProbe)

public:
    // How long one question waits for the server (libpq's connect_timeout; it takes no less than 2).
    static constexpr std::chrono::seconds patience {3};

    // Asks the server of SERVER (a connection standing or lost) with its parameters, the password
    // left out: a server answers whether it accepts connections before it asks for one.
    explicit ServerProbe(pg_conn* server, QObject* parent = nullptr);

    // Asks on a thread of its own, unless a question is under way; answered() tells.
    void ask();
    bool asking() const { return m_asking; }

Q_SIGNALS:
    // The server accepts connections (ACCEPTING), or did not answer so.
    void answered(bool accepting);

private:
    std::vector<std::pair<QByteArray, QByteArray>> m_parameters; // libpq's keywords and values
    bool m_asking = false;
};

} // namespace sd
