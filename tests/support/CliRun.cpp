#include "support/CliRun.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

CliRun CliRun::run(const QStringList& arguments)
{
    return run(arguments, {});
}

CliRun CliRun::run(const QStringList& arguments, const QList<QByteArray>& input)
{
    QProcess process;
    start(process, arguments);
    for (const QByteArray& piece : input) {
        REQUIRE(process.write(piece) == piece.size());
        REQUIRE((piece.isEmpty() || process.waitForBytesWritten(30000)));
        QThread::msleep(200);
    }
    process.closeWriteChannel();
    return finish(process);
}

CliRun CliRun::runFromFile(const QStringList& arguments, const QString& inputFile)
{
    QProcess process;
    process.setStandardInputFile(inputFile);
    start(process, arguments);
    return finish(process);
}

CliRun CliRun::runWithEnvironment(const QStringList& arguments, const QStringList& variables)
{
    QProcess process;
    start(process, arguments, variables);
    process.closeWriteChannel();
    return finish(process);
}

void CliRun::start(QProcess& process, const QStringList& arguments, const QStringList& variables)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& variable : variables)
        environment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(SEMINAR_DESK_EXECUTABLE));
    process.setArguments(arguments);
    process.start();
    REQUIRE(process.waitForStarted(30000));
}

CliRun CliRun::finish(QProcess& process)
{
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
