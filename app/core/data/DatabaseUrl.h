// The address of a database on a PostgreSQL server, as libpq writes it:
// postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=...]. Never with a password: it is typed when the
// server asks, or libpq reads it from ~/.pgpass, and an address is shown, remembered and logged.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/Result.h"

class QSqlDatabase;

namespace sd {

class DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    // Whether TEXT is written as an address ("scheme://...") and not as a file's path: an address
    // is parsed (and refused if it is not a PostgreSQL one), a path is opened as an SQLite file.
    static bool isUrl(const QString& text);
    static Result<DatabaseUrl> parse(const QString& text);
    // The address of the fields of a form (Open Shared Database): HOST a name, an address or a
    // socket folder (/...), PORT, DATABASE_NAME, USER_NAME and SSL_MODE ("": libpq's default). Each
    // part is written as it was typed (percent-encoded where an address needs it) and then parsed,
    // so the form's address is refused for the same reasons as a typed one.
    static Result<DatabaseUrl> fromParts(const QString& host, int port, const QString& databaseName,
                                         const QString& userName, const QString& sslMode);

    // The server's host name or address, or the folder of its Unix socket ("" : libpq's default).
    const QString& host() const { return m_host; }
    int port() const { return m_port; } // -1: libpq's default (5432)
    const QString& databaseName() const { return m_databaseName; }
    const QString& userName() const { return m_userName; }
    const QString& sslMode() const { return m_sslMode; } // "" : libpq's default (prefer)
    const QString& sslRootCertificate() const { return m_sslRootCertificate; }
    int connectTimeoutSeconds() const { return m_connectTimeoutSeconds; } // 0: libpq's default
    // The address in its usual written form, for messages and window titles.
    QString toString() const;
    // The short name of the database for a window's title: USER@HOST/DATABASE.
    QString displayName() const;

    // Sets up DATABASE (a QPSQL connection) to connect to this address.
    void applyTo(QSqlDatabase& database) const;
    // The libpq options beyond host, port, database and user, as QPSQL takes them ("a=1;b=2").
    QString connectOptions() const;

private:
    DatabaseUrl() = default;
    Status takeQuery(const QString& text, const QString& query);
    Status takePort(const QString& text, const QString& port);

    QString m_host;
    bool m_hostIsSocketFolder = false;
    int m_port = -1;
    QString m_databaseName;
    QString m_userName;
    QString m_sslMode;
    QString m_sslRootCertificate;
    int m_connectTimeoutSeconds = 0;
};

} // namespace sd
