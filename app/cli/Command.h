#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace sd {

class Database;

// One headless command ("demo", "list", ...): parses its own options and calls core.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Whether the command paints (fonts, PDF) and so needs a QGuiApplication; the others start
    // faster on a QCoreApplication.
    virtual bool needsGui() const { return true; }
    // ARGUMENTS start with the command's name; what it prints goes to OUT, errors to ERR.
    // Gives the process's exit code.
    virtual int run(const QStringList& arguments, QTextStream& out, QTextStream& err) = 0;

protected:
    // Parses ARGUMENTS; answers --help itself. Returns false when the command must stop with EXIT_CODE.
    bool parse(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out, QTextStream& err,
               int& exitCode) const;
    static void addDatabaseOption(QCommandLineParser& parser);
    // The file or server address named by --db, or the default database in the user's data folder.
    static QString databasePath(const QCommandLineParser& parser);
    // The file or server database named by --db, or the default database in the user's data folder.
    // A named file must exist: a typing mistake must not leave a new empty database behind.
    static std::unique_ptr<Database> openDatabase(const QCommandLineParser& parser, QTextStream& err);
    // The database on a server at ADDRESS (postgresql://...), an empty one made a Seminar Desk
    // database; reports on ERR why it cannot be opened, a password the server wants included.
    static std::unique_ptr<Database> openSharedDatabase(const QString& address, QTextStream& err);
    // Reads option NAME as a positive id; reports on ERR what is wrong with it.
    static bool readId(const QCommandLineParser& parser, const QString& name, qint64& id, QTextStream& err);
};

} // namespace sd
