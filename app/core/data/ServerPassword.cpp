#include "core/data/ServerPassword.h"

#include <libpq-fe.h>

#include <memory>
#include <vector>

#include <QByteArray>

#include "core/data/DatabaseUrl.h"

namespace sd {

bool ServerPassword::isMissing(const DatabaseUrl& url)
{
    // Each value is kept alive here while libpq reads the pointers to them.
    std::vector<std::pair<QByteArray, QByteArray>> settings {
        {"host", url.host().toUtf8()},
        {"dbname", url.databaseName().toUtf8()},
        {"user", url.userName().toUtf8()},
        {"connect_timeout",
         QByteArray::number(url.connectTimeoutSeconds() > 0 ? url.connectTimeoutSeconds() : checkTimeoutSeconds)},
    };
    if (url.port() > 0)
        settings.emplace_back("port", QByteArray::number(url.port()));
    if (!url.sslMode().isEmpty())
        settings.emplace_back("sslmode", url.sslMode().toUtf8());
    if (!url.sslRootCertificate().isEmpty())
        settings.emplace_back("sslrootcert", url.sslRootCertificate().toUtf8());
    std::vector<const char*> keywords;
    std::vector<const char*> values;
    for (const auto& [keyword, value] : settings) {
        keywords.push_back(keyword.constData());
        values.push_back(value.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    const std::unique_ptr<PGconn, decltype(&PQfinish)> connection(PQconnectdbParams(keywords.data(), values.data(), 0),
                                                                  &PQfinish);
    return connection && PQstatus(connection.get()) == CONNECTION_BAD
        && PQconnectionNeedsPassword(connection.get()) != 0;
}

QString ServerPassword::typeItMessage(const DatabaseUrl& url)
{
    return tr("The server asks for the password of %1 (none was typed, and ~/.pgpass has none for “%2”). Type it "
              "and open again.")
        .arg(url.userName(), url.toString());
}

QString ServerPassword::commandMessage(const DatabaseUrl& url)
{
    return tr("The server asks for the password of %1 for “%2”. Seminar Desk never takes a password on the "
              "command line: set the environment variable PGPASSWORD, or write a line "
              "HOST:PORT:DATABASE:USER:PASSWORD in ~/.pgpass (readable by you only: chmod 600 ~/.pgpass).")
        .arg(url.userName(), url.toString());
}

} // namespace sd
