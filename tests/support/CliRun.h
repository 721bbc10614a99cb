#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

class QTemporaryDir;

// One run of the real seminar-desk executable, as a user's shell would run it.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    static CliRun run(const QStringList& arguments);
    // The same with VARIABLES ("LC_ALL=ja_JP.UTF-8") set in its environment, over the test's own.
    static CliRun run(const QStringList& arguments, const QStringList& variables);
    // Makes demo.sqlite in FOLDER with `seminar-desk demo` and gives its path.
    static QString createDemo(const QTemporaryDir& folder, int attendees);
    // The JSON array printed on stdout (fails the test if it is not one).
    QJsonArray jsonArray() const;
};
