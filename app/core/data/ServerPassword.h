// Whether a PostgreSQL server wants a password the program was not given: the window then asks
// for it, and the commands say where libpq looks for one. Qt's driver forgets why a connection
// failed (its message is libpq's, in the user's language), so libpq is asked itself.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace sd {

class DatabaseUrl;

class ServerPassword
{
    Q_DECLARE_TR_FUNCTIONS(ServerPassword)

public:
    // Whether connecting to URL without a typed password fails only for want of one: the server
    // asks for a password and neither PGPASSWORD nor ~/.pgpass (or PGPASSFILE) gives one. A server
    // that cannot be reached is not asking: false. Waits at most URL's connect_timeout, or
    // checkTimeoutSeconds when it gives none.
    static bool isMissing(const DatabaseUrl& url);
    static constexpr int checkTimeoutSeconds = 10;

    // What the window says when the server asks for a password: type it.
    static QString typeItMessage(const DatabaseUrl& url);
    // What a command says: where libpq looks for it (never the command line).
    static QString commandMessage(const DatabaseUrl& url);
};

} // namespace sd
