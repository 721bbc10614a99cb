#pragma once

#include <QSqlDatabase>
#include <QString>

// A connection through Qt's QPSQL driver to a database of the tests' own PostgreSQL server
// (support/PostgresServer), under a connection name of its own: closed and removed from Qt's list
// when the object goes, so the queries and QSqlDatabase copies made from it must go first.
class PostgresConnection
{
public:
    // As the superuser postgres over the server's unix socket, which trusts it without a password.
    explicit PostgresConnection(const QString& database);
    // As ROLE with PASSWORD over TCP to 127.0.0.1, the road a desk on another machine takes; the
    // server asks for the password (scram-sha-256). SSL_MODE is libpq's sslmode: "require" for
    // TLS, "disable" for none.
    PostgresConnection(const QString& database, const QString& role, const QString& password, const QString& sslMode);
    ~PostgresConnection();
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    // Connects; false when the server refuses (errorText says why).
    bool open();
    QString errorText() const;
    QSqlDatabase database() const;

private:
    QString m_name;
};
