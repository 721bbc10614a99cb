// The tests' own PostgreSQL 15 server (tests/postgres/postgres-server.sh, started by the ctest
// fixture postgres-server; SEMINAR_DESK_POSTGRES_SERVER names its folder): where it is, and fresh
// databases on it. Connections to them: support/PostgresConnection.
#pragma once

#include <QString>

#include "core/data/DatabaseUrl.h"

namespace PostgresServer {

// The server's folder: its unix socket, its log (server.log) and its data. Fails the test when
// ctest did not start the server for it (the test lacks FIXTURES_REQUIRED postgres-server).
QString folder();
// The port it listens on, at 127.0.0.1 and in the name of its socket.
int port();
// Creates a new, empty database (UTF8, locale C.UTF-8) under a name no other test uses and gives
// the name. It is deleted with the server's data when the fixture stops the server.
QString freshDatabase();
// The address of the database NAME on the server, as the superuser over its socket.
sd::DatabaseUrl urlOf(const QString& name);
// Creates a role that logs in with PASSWORD and owns the database NAME (so it may make Seminar
// Desk's tables there), and gives the role's name.
QString createOwner(const QString& name, const QString& password);
// The address of the database NAME as ROLE over TCP to 127.0.0.1, where the server asks for the
// role's password.
sd::DatabaseUrl tcpUrlOf(const QString& name, const QString& role);

} // namespace PostgresServer
