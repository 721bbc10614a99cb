// A shared database's security on the tests' PostgreSQL server: the README's server setup run as
// written (the owner's role migrates, the desks' role writes rows only), the refusal of a desk that
// would have to migrate, and TLS with the server's certificate verified.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include "core/data/Database.h"
#include "core/data/DatabaseUrl.h"
#include "core/data/SqlStatement.h"
#include "support/CatchQt.h"
#include "support/PostgresConnection.h"
#include "support/PostgresServer.h"
#include "support/SecondPostgresServer.h"

using namespace sd;

namespace {

// The password of the roles these tests create; a constant of the test, never typed by anyone.
const QString rolePassword = QStringLiteral("desk-Password-1");

// Names of letters, digits and _ only, made here: role and database names take no bound values.
QString uniqueName(const QString& prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

// Runs each of STATEMENTS on DATABASE as the superuser, over the server's socket.
void runAsSuperuser(const QString& database, const QStringList& statements)
{
    PostgresConnection superuser(database);
    REQUIRE(superuser.open());
    QSqlQuery query(superuser.database());
    for (const QString& statement : statements) {
        const bool ran = query.exec(statement);
        INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(ran);
    }
}

// The first column of each row SQL gives on DATABASE, read as the superuser.
QStringList readAsSuperuser(const QString& database, const QString& sql)
{
    PostgresConnection superuser(database);
    REQUIRE(superuser.open());
    QSqlQuery query(superuser.database());
    const bool ran = query.exec(sql);
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(ran);
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

// The address of DATABASE for ROLE over TCP to 127.0.0.1 (or HOST) with SSL_MODE, and
// ROOT_CERTIFICATE as sslrootcert when given.
DatabaseUrl tcpUrl(const QString& role, const QString& database, const QString& sslMode,
                   const QString& rootCertificate = QString(), const QString& host = QStringLiteral("127.0.0.1"))
{
    QString text = QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=%5")
                       .arg(role, host)
                       .arg(PostgresServer::port())
                       .arg(database, sslMode);
    if (!rootCertificate.isEmpty())
        text += QStringLiteral("&sslrootcert=") + rootCertificate;
    auto url = DatabaseUrl::parse(text);
    INFO(url.error().toStdString());
    REQUIRE(url.ok());
    return *url;
}

std::unique_ptr<Database> openedAs(const DatabaseUrl& url)
{
    auto database = Database::open(url, rolePassword);
    INFO(database.error().toStdString());
    REQUIRE(database.ok());
    return std::move(*database);
}

QVariant valueOf(const Database& database, const QString& sql)
{
    SqlStatement statement(database, sql);
    const Status ran = statement.exec();
    INFO(sql.toStdString() << ": " << ran.error().toStdString());
    REQUIRE(ran.ok());
    REQUIRE(statement.next());
    return statement.value(0);
}

// The code blocks of the README's "Setting up the server" that run the server's tools as the user
// postgres (creating the roles and the database, the grants, the backup and the restore), without
// their indentation.
// The README's subsection "Setting up the server".
QString serverSetupSection()
{
    QFile readme(QStringLiteral(SEMINAR_DESK_SOURCE_DIR "/README.md"));
    REQUIRE(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype start = text.indexOf(QStringLiteral("\n### Setting up the server\n"));
    REQUIRE(start >= 0);
    return text.mid(start, text.indexOf(QStringLiteral("\n## "), start) - start);
}

QStringList serverSetupBlocks()
{
    const QString section = serverSetupSection();
    static const QRegularExpression block(QStringLiteral("```sh\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression indent(QStringLiteral("^   "), QRegularExpression::MultilineOption);
    QStringList blocks;
    for (const auto& match : block.globalMatch(section)) {
        const QString code = match.captured(1).remove(indent);
        if (code.contains(QStringLiteral("sudo -u postgres")))
            blocks.append(code);
    }
    return blocks;
}

// The names the README's commands are run with in a test.
struct ServerSetupNames
{
    QString database = uniqueName(QStringLiteral("sd_test_"));
    QString owner = uniqueName(QStringLiteral("sd_owner_"));
    QString desk = uniqueName(QStringLiteral("sd_desk_"));
};

// Runs the README's CODE with the tests' server and NAMES, in FOLDER, as the README has it but for
// three things: apt-get is not run (the tests' server is there), `sudo -u postgres` becomes the
// tests' superuser on the server's socket (PGHOST, PGPORT, PGUSER), and createuser --pwprompt is
// given rolePassword, twice, where a person types it.
void runServerSetup(QString code, const ServerSetupNames& names, const QString& folder)
{
    code.remove(QRegularExpression(QStringLiteral("^sudo apt-get [^\\n]*\\n"), QRegularExpression::MultilineOption));
    code.replace(QRegularExpression(QStringLiteral("seminar-\\d{4}-\\d{2}-\\d{2}\\.dump")),
                 QStringLiteral("seminar-$(date +%F).dump"));
    code.replace(QRegularExpression(QStringLiteral("\\bseminar_owner\\b")), names.owner);
    code.replace(QRegularExpression(QStringLiteral("\\bseminar_desk\\b")), names.desk);
    code.replace(QRegularExpression(QStringLiteral("\\bseminar(?=\\b|_before_restore)")), names.database);
    const QString sudo
        = QStringLiteral("sudo() {\n"
                         "    [ \"$1\" = -u ] && shift 2\n"
                         "    case \"$1\" in\n"
                         "    createuser) printf '%s\\n%s\\n' \"$ROLE_PASSWORD\" \"$ROLE_PASSWORD\" | \"$@\" ;;\n"
                         "    *) \"$@\" ;;\n"
                         "    esac\n"
                         "}\n");
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"),
                       QStringLiteral("/usr/lib/postgresql/15/bin:") + environment.value(QStringLiteral("PATH")));
    environment.insert(QStringLiteral("PGHOST"), PostgresServer::folder());
    environment.insert(QStringLiteral("PGPORT"), QString::number(PostgresServer::port()));
    environment.insert(QStringLiteral("PGUSER"), QStringLiteral("postgres"));
    environment.insert(QStringLiteral("PSQLRC"), QStringLiteral("/dev/null"));
    environment.insert(QStringLiteral("ROLE_PASSWORD"), rolePassword);
    shell.setProcessEnvironment(environment);
    shell.setWorkingDirectory(folder);
    // Without a terminal of its own, createuser --pwprompt reads the password from its input
    // instead of from the terminal that runs the tests.
    shell.setChildProcessModifier([] { ::setsid(); });
    shell.start(QStringLiteral("sh"), {QStringLiteral("-e"), QStringLiteral("-c"), sudo + code});
    shell.closeWriteChannel();
    REQUIRE(shell.waitForFinished(120000));
    INFO(code.toStdString() << "\n" << shell.readAllStandardError().toStdString());
    REQUIRE(shell.exitStatus() == QProcess::NormalExit);
    REQUIRE(shell.exitCode() == 0);
}

// What the stores do, as the desks' role: rows inserted with identity ids, updated and deleted, in
// tables of the first migration and of later ones.
void writeRowsAsDesk(const Database& desk)
{
    auto venue = insertRow(desk, QStringLiteral("INSERT INTO venue (name) VALUES (?)"), {QStringLiteral("会館")});
    INFO(venue.error().toStdString());
    REQUIRE(venue.ok());
    auto seminar = insertRow(desk,
                             QStringLiteral("INSERT INTO seminar (title_en, starts_at, ends_at, venue_id) VALUES "
                                            "(?, ?, ?, ?)"),
                             {QStringLiteral("Team Kitakyushu"), QStringLiteral("2027-02-12T13:30:00"),
                              QStringLiteral("2027-02-12T17:00:00"), *venue});
    INFO(seminar.error().toStdString());
    REQUIRE(seminar.ok());
    auto item = insertRow(
        desk, QStringLiteral("INSERT INTO programme_item (seminar_id, position, title_en) VALUES (?, 1, ?)"),
        {*seminar, QStringLiteral("Opening remarks")});
    INFO(item.error().toStdString());
    REQUIRE(item.ok());
    auto second = insertRow(
        desk, QStringLiteral("INSERT INTO programme_item (seminar_id, position, title_en) VALUES (?, 2, ?)"),
        {*seminar, QStringLiteral("Break")});
    REQUIRE(second.ok());
    CHECK(*second == *item + 1);
    CHECK(changeOneRow(desk, QStringLiteral("UPDATE venue SET name = ? WHERE id = ?"), {QStringLiteral("Hall"), *venue},
                       QStringLiteral("no venue"))
              .ok());
    CHECK(changeOneRow(desk, QStringLiteral("DELETE FROM programme_item WHERE id = ?"), {*second},
                       QStringLiteral("no item"))
              .ok());
}

// What only the owner may do is refused to ROLE, with "insufficient privilege" (42501), and the
// schema stays as it was.
void checkSchemaRefusedTo(const QString& database, const QString& role)
{
    const QString tables = QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    const QStringList before = readAsSuperuser(database, tables);
    REQUIRE(before.size() > 10);
    PostgresConnection desk(database, role, rolePassword, QStringLiteral("require"));
    REQUIRE(desk.open());
    QSqlQuery query(desk.database());
    const QStringList ownersOnly {QStringLiteral("DROP TABLE attendee"),
                                  QStringLiteral("DROP TABLE database_property"),
                                  QStringLiteral("ALTER TABLE attendee ADD COLUMN nickname text"),
                                  QStringLiteral("ALTER TABLE registration DROP CONSTRAINT registration_pkey"),
                                  QStringLiteral("CREATE TABLE invoice (id integer PRIMARY KEY)"),
                                  QStringLiteral("TRUNCATE venue CASCADE")};
    for (const QString& statement : ownersOnly) {
        INFO(statement.toStdString());
        CHECK_FALSE(query.exec(statement));
        INFO(query.lastError().text().toStdString());
        CHECK(query.lastError().nativeErrorCode() == QStringLiteral("42501"));
    }
    CHECK(readAsSuperuser(database, tables) == before);
}

// Why ROLE with PASSWORD cannot connect to the database seminar on the server at PORT over TCP
// with SSL_MODE ("" : it can).
QString refusal(int port, const QString& role, const QString& password, const QString& sslMode)
{
    const QString name = QStringLiteral("refusal-") + QUuid::createUuid().toString(QUuid::Id128);
    QString reason;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        connection.setHostName(QStringLiteral("127.0.0.1"));
        connection.setPort(port);
        connection.setDatabaseName(QStringLiteral("seminar"));
        connection.setUserName(role);
        connection.setPassword(password);
        connection.setConnectOptions(QStringLiteral("connect_timeout=10;sslmode=") + sslMode);
        if (!connection.open())
            reason = connection.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return reason;
}

} // namespace

TEST_CASE("The README's pg_hba.conf line lets in only the two roles, only over TLS, only with their passwords")
{
    static const QRegularExpression echoedLine(QStringLiteral("echo '(hostssl [^']*)' \\| sudo tee -a pg_hba.conf"));
    const auto match = echoedLine.match(serverSetupSection());
    REQUIRE(match.hasMatch());
    QString line = match.captured(1);
    // The office's subnet is the test's own machine.
    REQUIRE(line.contains(QStringLiteral(" 192.168.10.0/24 ")));
    line.replace(QStringLiteral(" 192.168.10.0/24 "), QStringLiteral(" 127.0.0.1/32 "));

    SecondPostgresServer server(2);
    server.run({QStringLiteral("CREATE ROLE seminar_owner LOGIN PASSWORD '%1'").arg(rolePassword),
                QStringLiteral("CREATE ROLE seminar_desk LOGIN PASSWORD '%1'").arg(rolePassword),
                QStringLiteral("CREATE ROLE seminar_guest LOGIN PASSWORD '%1'").arg(rolePassword),
                QStringLiteral("CREATE DATABASE seminar OWNER seminar_owner")});
    server.halt();
    QFile hba(QDir(server.folder()).filePath(QStringLiteral("data/pg_hba.conf")));
    REQUIRE(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
    // The socket stays the tests' road in; over TCP, the README's line is the only one.
    hba.write(QStringLiteral("local all all trust\n%1\n").arg(line).toUtf8());
    hba.close();
    server.resume();

    const int port = server.port();
    CHECK(refusal(port, QStringLiteral("seminar_owner"), rolePassword, QStringLiteral("require")).isEmpty());
    CHECK(refusal(port, QStringLiteral("seminar_desk"), rolePassword,
                  QStringLiteral("verify-full") + QStringLiteral(";sslrootcert=")
                      + QDir(server.folder()).filePath(QStringLiteral("server.crt")))
              .isEmpty());
    CHECK(refusal(port, QStringLiteral("seminar_desk"), rolePassword, QStringLiteral("disable"))
              .contains(QStringLiteral("no pg_hba.conf entry")));
    CHECK(refusal(port, QStringLiteral("seminar_guest"), rolePassword, QStringLiteral("require"))
              .contains(QStringLiteral("no pg_hba.conf entry")));
    CHECK(refusal(port, QStringLiteral("seminar_desk"), QStringLiteral("not-the-password"), QStringLiteral("require"))
              .contains(QStringLiteral("password authentication failed")));
}

TEST_CASE("The README's server setup lets the owner's role migrate and the desks' role write rows only")
{
    const QStringList blocks = serverSetupBlocks();
    INFO("the README's blocks: the roles and the database, the grants, the backup, the restore");
    REQUIRE(blocks.size() == 4);
    const ServerSetupNames names;
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    runServerSetup(blocks.at(0), names, folder.path());
    runServerSetup(blocks.at(1), names, folder.path());
    CHECK(readAsSuperuser(names.database,
                          QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE "
                                         "datname = current_database()"))
          == QStringList {names.owner});

    const QString serverCertificate = QDir(PostgresServer::folder()).filePath(QStringLiteral("server.crt"));
    const auto url = [&](const QString& role) {
        return tcpUrl(role, names.database, QStringLiteral("verify-full"), serverCertificate);
    };
    openedAs(url(names.owner)).reset();
    // Every table the owner's migrations made is the desks' to read and write, not to empty at once,
    // and every identity's sequence theirs to draw ids from.
    const QString notGranted = QStringLiteral(
        "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND CASE relkind "
        "WHEN 'r' THEN NOT (has_table_privilege('%1', oid, 'SELECT') AND has_table_privilege('%1', oid, 'INSERT') "
        "AND has_table_privilege('%1', oid, 'UPDATE') AND has_table_privilege('%1', oid, 'DELETE') "
        "AND NOT has_table_privilege('%1', oid, 'TRUNCATE')) "
        "WHEN 'S' THEN NOT has_sequence_privilege('%1', oid, 'USAGE') ELSE false END");
    CHECK(readAsSuperuser(names.database, notGranted.arg(names.desk)).isEmpty());
    CHECK(readAsSuperuser(names.database,
                          QStringLiteral("SELECT count(*) FROM pg_class WHERE relnamespace = "
                                         "'public'::regnamespace AND relkind = 'S'"))
              .value(0)
              .toInt()
          > 10);
    {
        auto desk = openedAs(url(names.desk));
        CHECK(valueOf(*desk, QStringLiteral("SELECT current_user")).toString() == names.desk);
        CHECK(desk->schemaVersion() == Database::latestSchemaVersion());
        writeRowsAsDesk(*desk);
    }
    checkSchemaRefusedTo(names.database, names.desk);

    // Another role of the server may not connect to the database at all.
    const QString stranger = uniqueName(QStringLiteral("sd_other_"));
    runAsSuperuser(QStringLiteral("postgres"),
                   {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(stranger, rolePassword)});
    auto refused = Database::open(tcpUrl(stranger, names.database, QStringLiteral("require")), rolePassword);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("permission denied for database")));

    // The backup, and the restore under the database's own name: rows, owner and grants come back.
    runServerSetup(blocks.at(2), names, folder.path());
    runAsSuperuser(names.database, {QStringLiteral("DELETE FROM programme_item")});
    runServerSetup(blocks.at(3), names, folder.path());
    CHECK(readAsSuperuser(names.database, QStringLiteral("SELECT title_en FROM programme_item"))
          == QStringList {QStringLiteral("Opening remarks")});
    auto stillRefused = Database::open(tcpUrl(stranger, names.database, QStringLiteral("require")), rolePassword);
    REQUIRE_FALSE(stillRefused.ok());
    CHECK(stillRefused.error().contains(QStringLiteral("permission denied for database")));
    CHECK(readAsSuperuser(names.database + QStringLiteral("_before_restore"),
                          QStringLiteral("SELECT count(*) FROM programme_item"))
          == QStringList {QStringLiteral("0")});
    {
        auto desk = openedAs(url(names.desk));
        CHECK(valueOf(*desk, QStringLiteral("SELECT name FROM venue")).toString() == QStringLiteral("Hall"));
        writeRowsAsDesk(*desk);
    }
    checkSchemaRefusedTo(names.database, names.desk);
}

TEST_CASE("A desk whose role may not change the schema is refused a database that needs migrating")
{
    const ServerSetupNames names;
    runAsSuperuser(QStringLiteral("postgres"),
                   {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(names.owner, rolePassword),
                    QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(names.desk, rolePassword),
                    QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE template0").arg(names.database, names.owner)});
    runAsSuperuser(names.database,
                   {QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(names.desk),
                    QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA public GRANT SELECT, INSERT, "
                                   "UPDATE, DELETE ON TABLES TO %2")
                        .arg(names.owner, names.desk),
                    QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA public GRANT USAGE, SELECT ON "
                                   "SEQUENCES TO %2")
                        .arg(names.owner, names.desk)});
    const DatabaseUrl deskUrl = tcpUrl(names.desk, names.database, QStringLiteral("require"));
    const QString objects = QStringLiteral("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                                           "ORDER BY 1");

    SECTION("an empty database")
    {
        auto refused = Database::open(deskUrl, rolePassword);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error()
              == QStringLiteral("“%1” is not yet a Seminar Desk database, and the role “%2” may not create its "
                                "tables: it may only read and write rows. Nothing was changed. Open it once as the "
                                "database's owner role (README: “A shared database on PostgreSQL”, “Setting up the "
                                "server”); after that, the desks can open it.")
                     .arg(deskUrl.toString(), names.desk));
        CHECK(readAsSuperuser(names.database, objects).isEmpty());
    }

    SECTION("a database of an older data version")
    {
        openedAs(tcpUrl(names.owner, names.database, QStringLiteral("require"))).reset();
        const int older = Database::latestSchemaVersion() - 1;
        runAsSuperuser(names.database,
                       {QStringLiteral("UPDATE database_property SET value = '%1' WHERE name = "
                                       "'data_version'")
                            .arg(older)});
        const QStringList before = readAsSuperuser(names.database, objects);
        auto refused = Database::open(deskUrl, rolePassword);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error()
              == QStringLiteral("“%1” holds data version %2 and this Seminar Desk works with data version %3: it "
                                "must be upgraded first, and the role “%4” may not change its tables: it may only "
                                "read and write rows. Nothing was changed. Open it once as the database's owner role "
                                "with this Seminar Desk (README: “A shared database on PostgreSQL”, “Setting up the "
                                "server”); after that, the desks can open it.")
                     .arg(deskUrl.toString())
                     .arg(older)
                     .arg(Database::latestSchemaVersion())
                     .arg(names.desk));
        CHECK(readAsSuperuser(names.database, objects) == before);
        CHECK(readAsSuperuser(names.database,
                              QStringLiteral("SELECT value FROM database_property WHERE name = 'data_version'"))
              == QStringList {QString::number(older)});
    }

    SECTION("a database at the latest version opens")
    {
        openedAs(tcpUrl(names.owner, names.database, QStringLiteral("require"))).reset();
        auto desk = openedAs(deskUrl);
        CHECK(desk->schemaVersion() == Database::latestSchemaVersion());
        writeRowsAsDesk(*desk);
    }
}

TEST_CASE("A server database opened with sslmode=verify-full checks the server's certificate and its name")
{
    const QString name = PostgresServer::freshDatabase();
    const QString role = uniqueName(QStringLiteral("sd_desk_"));
    runAsSuperuser(name,
                   {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, rolePassword),
                    QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(name, role)});
    const QString serverCertificate = QDir(PostgresServer::folder()).filePath(QStringLiteral("server.crt"));

    // A certificate of the same name that is not the server's: what a stranger's server would show.
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString otherCertificate = folder.filePath(QStringLiteral("other.crt"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                   folder.filePath(QStringLiteral("other.key")), QStringLiteral("-out"), otherCertificate});
    INFO("openssl is missing: run packaging/install-deps.sh");
    REQUIRE(openssl.waitForFinished(60000));
    INFO(openssl.readAllStandardError().toStdString());
    REQUIRE(openssl.exitCode() == 0);

    const DatabaseUrl stranger = tcpUrl(role, name, QStringLiteral("verify-full"), otherCertificate);
    auto refused = Database::open(stranger, rolePassword);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().startsWith(
        QStringLiteral("Could not connect to “%1”: the server's certificate could not be verified with “%2” (")
            .arg(stranger.toString(), otherCertificate)));
    CHECK(refused.error().contains(QStringLiteral("certificate verify failed")));

    // The server's certificate names 127.0.0.1, not localhost.
    const DatabaseUrl otherName
        = tcpUrl(role, name, QStringLiteral("verify-full"), serverCertificate, QStringLiteral("localhost"));
    auto misnamed = Database::open(otherName, rolePassword);
    REQUIRE_FALSE(misnamed.ok());
    CHECK(misnamed.error().startsWith(
        QStringLiteral("Could not connect to “%1”: the server's certificate could not be verified")
            .arg(otherName.toString())));
    CHECK(misnamed.error().contains(QStringLiteral("does not match host name")));
    CHECK(readAsSuperuser(name,
                          QStringLiteral("SELECT relname FROM pg_class WHERE relnamespace = "
                                         "'public'::regnamespace"))
              .isEmpty());

    auto verified = openedAs(tcpUrl(role, name, QStringLiteral("verify-full"), serverCertificate));
    CHECK(valueOf(*verified, QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).toBool());
    CHECK(verified->schemaVersion() == Database::latestSchemaVersion());
}
