#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

class QProcess;
class QTemporaryDir;

// One run of the real seminar-desk executable, as a user's shell would run it.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    static CliRun run(const QStringList& arguments);
    // The same with INPUT written to its standard input piece by piece, a pause after each, as a
    // slow pipe gives it; then the input is closed.
    static CliRun run(const QStringList& arguments, const QList<QByteArray>& input);
    // The same with standard input read from the file INPUT_FILE, as `< FILE` in a shell gives it.
    static CliRun runFromFile(const QStringList& arguments, const QString& inputFile);
    // The same with VARIABLES ("LC_ALL=ja_JP.UTF-8") set in its environment, over the test's own.
    static CliRun runWithEnvironment(const QStringList& arguments, const QStringList& variables);
    // Makes demo.sqlite in FOLDER with `seminar-desk demo` and gives its path.
    static QString createDemo(const QTemporaryDir& folder, int attendees);
    // The JSON array printed on stdout (fails the test if it is not one).
    QJsonArray jsonArray() const;

private:
    static void start(QProcess& process, const QStringList& arguments, const QStringList& variables = {});
    static CliRun finish(QProcess& process);
};
