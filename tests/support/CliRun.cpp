#include "support/CliRun.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

CliRun CliRun::run(const QStringList& arguments)
{
    return run(arguments, {});
}

CliRun CliRun::run(const QStringList& arguments, const QStringList& variables)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& variable : variables)
        environment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(SEMINAR_DESK_EXECUTABLE));
    process.setArguments(arguments);
    process.start();
    REQUIRE(process.waitForFinished(120000));
    CliRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonArray CliRun::jsonArray() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isArray());
    return document.array();
}

QString CliRun::createDemo(const QTemporaryDir& folder, int attendees)
{
    const QString path = folder.filePath(QStringLiteral("demo.sqlite"));
    const CliRun demo = run({QStringLiteral("demo"), path, QStringLiteral("--attendees"), QString::number(attendees)});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    return path;
}
