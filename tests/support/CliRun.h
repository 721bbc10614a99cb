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
    // Makes demo.sqlite in FOLDER with `seminar-desk demo` and gives its path.
    static QString createDemo(const QTemporaryDir& folder, int attendees);
    // Writes a web-form CSV of ROWS distinct people (family name, given name, e-mail) as NAME in
    // FOLDER and gives its path.
    static QString writeRegistrationsCsv(const QTemporaryDir& folder, const QString& name, int rows);
    // The JSON array printed on stdout (fails the test if it is not one).
    QJsonArray jsonArray() const;
};
