// File ▸ Open Shared Database on the tests' PostgreSQL server (fixture postgres-server).
#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>

#include "core/data/DatabaseCopy.h"
#include "core/data/ServerPassword.h"
#include "core/settings/AppSettings.h"
#include "core/stores/SortKeyRefresh.h"
#include "gui/MessageBox.h"
#include "gui/SharedDatabaseDialog.h"
#include "support/CatchQt.h"
#include "support/DeskFixture.h"
#include "support/GuiTestSupport.h"
#include "support/PostgresServer.h"

using namespace sd;

namespace {

// The password of the roles these tests create; a constant of the test, never typed by anyone.
const QString ownerPassword = QStringLiteral("owner-Password-1");

void fill(SharedDatabaseDialog& dialog, const DatabaseUrl& url, const QString& password)
{
    for (const char* name : {"hostEdit", "databaseEdit", "userEdit", "passwordEdit"})
        child<QLineEdit>(dialog, name)->clear();
    type(child<QLineEdit>(dialog, "hostEdit"), url.host());
    child<QSpinBox>(dialog, "portSpin")->setValue(url.port());
    type(child<QLineEdit>(dialog, "databaseEdit"), url.databaseName());
    type(child<QLineEdit>(dialog, "userEdit"), url.userName());
    type(child<QLineEdit>(dialog, "passwordEdit"), password);
}

// Closes every message box the window shows while it lives and keeps their texts: opening a shared
// database must show none, and a test that finds one fails rather than waits on it.
class MessageWatch
{
public:
    MessageWatch()
    {
        QObject::connect(&m_poll, &QTimer::timeout, [this] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                texts.append(box->text());
                box->done(QMessageBox::Ok);
            }
        });
        m_poll.start(50);
    }

    QStringList texts;

private:
    QTimer m_poll;
};

// Presses Open; gives the form's message when it stays open (and closes it, so no test waits on it).
QString open(SharedDatabaseDialog& dialog)
{
    dialog.accept();
    if (!dialog.isVisible())
        return {};
    const QString message = dialog.errorText();
    dialog.reject();
    return message.isEmpty() ? QStringLiteral("(stayed open without a message)") : message;
}

// The settings as the program wrote them to disk.
QByteArray settingsOnDisk()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("Open Shared Database shows the address its fields make", "[SharedDatabaseDialog]")
{
    SharedDatabaseDialog dialog({}, [](const DatabaseUrl&, const QString&) { return Status(); });
    auto* address = child<QLabel>(dialog, "addressLabel");
    CHECK(child<QSpinBox>(dialog, "portSpin")->value() == 5432);
    CHECK(address->text() == QStringLiteral("(not complete yet)"));
    CHECK(child<QLineEdit>(dialog, "passwordEdit")->echoMode() == QLineEdit::Password);
    CHECK_FALSE(child<QComboBox>(dialog, "recentCombo")->isVisibleTo(&dialog));
    type(child<QLineEdit>(dialog, "hostEdit"), QStringLiteral("db.example.org"));
    type(child<QLineEdit>(dialog, "databaseEdit"), QStringLiteral("seminars"));
    type(child<QLineEdit>(dialog, "userEdit"), QStringLiteral("desk"));
    CHECK(address->text() == QStringLiteral("postgresql://desk@db.example.org:5432/seminars"));
    auto* tls = child<QComboBox>(dialog, "sslCombo");
    tls->setCurrentIndex(tls->findData(QStringLiteral("verify-full")));
    child<QSpinBox>(dialog, "portSpin")->setValue(6543);
    CHECK(address->text() == QStringLiteral("postgresql://desk@db.example.org:6543/seminars?sslmode=verify-full"));
    // The password is never part of the address.
    type(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("typed-Secret-9"));
    CHECK(dialog.address()->toString() == address->text());
}

TEST_CASE("Open Shared Database offers the recent connections and fills the fields from one", "[SharedDatabaseDialog]")
{
    const QStringList recent {QStringLiteral("postgresql://desk@db.example.org:5433/seminars?sslmode=require"),
                              QStringLiteral("postgresql://staff@10.0.0.5:5432/archive")};
    SharedDatabaseDialog dialog(recent, [](const DatabaseUrl&, const QString&) { return Status(); });
    auto* recentCombo = child<QComboBox>(dialog, "recentCombo");
    CHECK(recentCombo->isVisibleTo(&dialog));
    CHECK(recentCombo->count() == 3); // a new connection, then the recent ones
    CHECK(child<QLineEdit>(dialog, "hostEdit")->text() == QStringLiteral("db.example.org"));
    CHECK(child<QSpinBox>(dialog, "portSpin")->value() == 5433);
    CHECK(child<QComboBox>(dialog, "sslCombo")->currentData().toString() == QStringLiteral("require"));
    recentCombo->setCurrentIndex(2);
    CHECK(child<QLineEdit>(dialog, "userEdit")->text() == QStringLiteral("staff"));
    CHECK(child<QLabel>(dialog, "addressLabel")->text() == recent.at(1));
}

TEST_CASE("A shared database opens from the dialog: the title names it, the address is remembered, the password "
          "never",
          "[SharedDatabaseDialog]")
{
    DeskFixture desk;
    MessageWatch messages;
    const DatabaseUrl url = PostgresServer::urlOf(PostgresServer::freshDatabase());
    const QString password = QStringLiteral("typed-Secret-9"); // the socket trusts: the server asks none
    QString refusal;
    whenDialogOpens<SharedDatabaseDialog>([&](SharedDatabaseDialog& dialog) {
        fill(dialog, url, password);
        refusal = open(dialog);
    });
    desk.trigger("openSharedAction");
    CHECK(refusal.isEmpty());
    REQUIRE(desk.window.desk());
    CHECK(desk.window.desk()->database().path() == url.toString());
    CHECK(desk.window.windowTitle() == QStringLiteral("postgres@%1/%2").arg(url.host(), url.databaseName()));
    CHECK(AppSettings().recentFiles().value(0) == url.toString());
    const QByteArray written = settingsOnDisk();
    CHECK(written.contains(url.databaseName().toUtf8()));
    CHECK_FALSE(written.contains(password.toUtf8()));

    // Save a Backup Copy As writes an SQLite file of the shared database, named after it.
    auto* backup = child<QAction>(desk.window, "backupAction");
    REQUIRE(backup->isEnabled());
    const QString copy = desk.folder.filePath(QStringLiteral("shared copy.sqlite"));
    QString suggested;
    whenDialogOpens<QFileDialog>([&](QFileDialog& dialog) {
        suggested = dialog.selectedFiles().value(0);
        dialog.selectFile(copy);
        QMetaObject::invokeMethod(&dialog, "accept");
    });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    backup->trigger();
    CHECK(QFileInfo(suggested).fileName().startsWith(url.databaseName() + QStringLiteral(" backup ")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("shared copy.sqlite")));
    REQUIRE(QFileInfo::exists(copy));
    {
        auto opened = openForWork(copy, Database::IfMissing::Refuse);
        REQUIRE(opened.ok());
        CHECK(DatabaseCopy::check(desk.window.desk()->database(), **opened).ok());
    }

    // Open Recent lists the address beside the files, and opens it again.
    REQUIRE(desk.window.openDatabase(desk.folder.filePath(QStringLiteral("desk.sqlite"))));
    CHECK(backup->isEnabled());
    auto* recentMenu = child<QMenu>(desk.window, "recentMenu");
    Q_EMIT recentMenu->aboutToShow();
    QAction* shared = nullptr;
    for (QAction* action : recentMenu->actions()) {
        if (action->text().endsWith(QString(url.toString()).replace(QLatin1Char('&'), QStringLiteral("&&"))))
            shared = action;
    }
    REQUIRE(shared);
    shared->trigger();
    CHECK(desk.window.desk()->database().path() == url.toString());
    CHECK(messages.texts == QStringList());
}

TEST_CASE("The dialog asks for the password the server wants, and shows the server's reason for a wrong one",
          "[SharedDatabaseDialog]")
{
    DeskFixture desk;
    MessageWatch messages;
    qunsetenv("PGPASSWORD");
    const QString database = PostgresServer::freshDatabase();
    const QString role = PostgresServer::createOwner(database, ownerPassword);
    const DatabaseUrl url = PostgresServer::tcpUrlOf(database, role);

    // Named without a password (a recent connection, --db): the dialog comes, filled, and asks.
    QString asked;
    QString host;
    QString refusal;
    whenDialogOpens<SharedDatabaseDialog>([&](SharedDatabaseDialog& dialog) {
        asked = dialog.errorText();
        host = child<QLineEdit>(dialog, "hostEdit")->text();
        type(child<QLineEdit>(dialog, "passwordEdit"), ownerPassword);
        refusal = open(dialog);
    });
    CHECK(desk.window.openSharedAddress(url.toString()));
    CHECK(refusal.isEmpty());
    CHECK(asked == ServerPassword::typeItMessage(url));
    CHECK(host == QStringLiteral("127.0.0.1"));
    CHECK(desk.window.windowTitle() == QStringLiteral("%1@127.0.0.1/%2").arg(role, database));

    // A wrong password: the server's reason shows, and every field stays as typed.
    QString reason;
    QString userKept;
    whenDialogOpens<SharedDatabaseDialog>([&](SharedDatabaseDialog& dialog) {
        fill(dialog, url, QStringLiteral("wrong-Password"));
        child<QComboBox>(dialog, "sslCombo")
            ->setCurrentIndex(child<QComboBox>(dialog, "sslCombo")->findData(QStringLiteral("disable")));
        userKept = child<QLineEdit>(dialog, "userEdit")->text();
        reason = open(dialog);
    });
    CHECK_FALSE(desk.window.openSharedDatabase());
    CHECK(reason.contains(QStringLiteral("password authentication failed")));
    CHECK(userKept == role);
    CHECK(messages.texts == QStringList());
}
