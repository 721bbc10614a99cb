#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

// One run of the real seminar-desk executable, as a user's shell would run it.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    static CliRun run(const QStringList& arguments);
    // The JSON array printed on stdout (fails the test if it is not one).
    QJsonArray jsonArray() const;
};
