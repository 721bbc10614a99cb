// A PostgreSQL server of one test (tests/postgres/postgres-server.sh), beside the fixture's shared
// one, which a test must never stop: this one the test may stop, start again and set up as it
// likes. Test cases that run side by side each take a NUMBER of their own (1 to 9): the server's
// folder and port are the fixture's plus "-NUMBER" and 1000 × NUMBER (57000 to 57999 for 1), so
// that neither they nor the servers of two builds meet.
#pragma once

#include <QString>
#include <QStringList>

#include "core/data/DatabaseUrl.h"

class SecondPostgresServer
{
public:
    // Makes a fresh cluster and starts it (fails the test when it does not start).
    explicit SecondPostgresServer(int number);
    // Stops it and deletes its databases.
    ~SecondPostgresServer();
    SecondPostgresServer(const SecondPostgresServer&) = delete;
    SecondPostgresServer& operator=(const SecondPostgresServer&) = delete;

    const QString& folder() const { return m_folder; }
    int port() const { return m_port; }
    // Stops the server and keeps its databases; resume() starts it again (and reads its
    // configuration files again).
    void halt();
    void resume();
    // The address of its database NAME as the superuser, over its socket.
    sd::DatabaseUrl urlOf(const QString& name) const;
    // Runs each of STATEMENTS on its database postgres as the superuser, over its socket.
    void run(const QStringList& statements) const;

private:
    QString m_folder;
    int m_port;
};
